"""Writes real model files with the real libraries, and what Python reports about each, for
tests/test_inspector.py. Run as `python tests/inspector_files.py keras3|tf_keras FOLDER`: each
half in its own process, so that Keras 3 and tf_keras never share one."""
import json
import os
import shutil
import sys
from pathlib import Path


def spec(tensor_info):
    from tensorflow.core.framework import types_pb2
    dims = None if tensor_info.tensor_shape.unknown_rank else [
        d.size for d in tensor_info.tensor_shape.dim]
    return {"name": tensor_info.name, "dtype": types_pb2.DataType.Name(tensor_info.dtype),
            "shape": dims}


def signatures(folder):
    """What `saved_model_cli show --all` prints, from the function it uses."""
    from tensorflow.python.tools import saved_model_utils
    out = {}
    for tags in saved_model_utils.get_saved_model_tag_sets(str(folder)):
        meta = saved_model_utils.get_meta_graph_def(str(folder), ",".join(tags))
        out[",".join(sorted(tags))] = {
            key: {"inputs": {k: spec(v) for k, v in sig.inputs.items()},
                  "outputs": {k: spec(v) for k, v in sig.outputs.items()},
                  "method": sig.method_name}
            for key, sig in meta.signature_def.items()}
    return out


def variables(prefix):
    import tensorflow as tf
    from tensorflow.core.framework import types_pb2
    reader = tf.train.load_checkpoint(str(prefix))
    dtypes = reader.get_variable_to_dtype_map()
    return sorted([name, list(shape), types_pb2.DataType.Name(dtypes[name].as_datatype_enum)]
                  for name, shape in tf.train.list_variables(str(prefix)))


def keras3(out):
    import keras
    import numpy as np
    import tensorflow as tf
    facts = {}
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, name="hidden"),
                              keras.layers.Dense(1, name="head")], name="small")
    model.compile(optimizer="adam", loss="mse")
    model.fit(np.ones((8, 4)), np.ones((8, 1)), verbose=0)
    model.save(out / "small.keras")
    model.save_weights(out / "small.weights.h5")
    facts["small.keras"] = {"keras_version": keras.__version__,
                            "layers": [[layer.name, type(layer).__name__] for layer in model.layers],
                            "weights": sorted([w.path, list(w.shape), w.dtype]
                                              for w in model.weights)}
    facts["small.weights.h5"] = facts["small.keras"]
    @keras.saving.register_keras_serializable(package="demo")
    class Twice(keras.layers.Layer):
        def call(self, x):
            return 2 * x

    custom = keras.Sequential([keras.Input((4,)), Twice(name="twice"),
                               keras.layers.Lambda(lambda t: t + 1, name="plus_one"),
                               keras.layers.Dense(1, name="head")])
    custom.save(out / "custom.keras")
    facts["custom.keras"] = {"layers": [[layer.name, type(layer).__name__]
                                        for layer in custom.layers]}
    # A zip named .h5 (an impostor) and an HDF5 named .keras come from these files.
    shutil.copy(out / "small.keras", out / "zip-named.h5")

    model.export(out / "exported", verbose=False)
    facts["exported"] = {"signatures": signatures(out / "exported"),
                         "variables": variables(out / "exported" / "variables" / "variables"),
                         "tensorflow_version": tf.__version__}

    class Scale(tf.Module):
        def __init__(self):
            self.w = tf.Variable([[1.0, 2.0]], name="w")

        @tf.function(input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
        def __call__(self, x):
            return {"y": x * self.w}

    scale = Scale()
    tf.saved_model.save(scale, str(out / "module"), signatures=scale.__call__)
    facts["module"] = {"signatures": signatures(out / "module"),
                       "variables": variables(out / "module" / "variables" / "variables"),
                       "tensorflow_version": tf.__version__}

    # A TF2 checkpoint in two .data shards; one of them is then deleted.
    ckpt = tf.train.Checkpoint(model=model, step=tf.Variable(7, dtype=tf.int64))
    policy = tf.train.experimental.MaxShardSizePolicy(max_shard_size=64)
    options = tf.train.CheckpointOptions(experimental_sharding_callback=policy)
    prefix = ckpt.save(str(out / "tf2" / "ckpt"), options=options)
    shards = sorted(p.name for p in (out / "tf2").glob("ckpt-1.data-*"))
    facts["tf2"] = {"variables": variables(prefix), "shards": shards,
                    "deleted": shards[-1]}
    (out / "tf2" / shards[-1]).unlink()

    # TF1: tf.compat.v1.train.Saver, with its .meta.
    with tf.Graph().as_default():
        w1 = tf.compat.v1.get_variable("w1", shape=[2, 3], dtype=tf.float32)
        b = tf.compat.v1.get_variable("bias", shape=[3], dtype=tf.float64)
        step = tf.compat.v1.train.get_or_create_global_step()
        del w1, b, step
        saver = tf.compat.v1.train.Saver()
        with tf.compat.v1.Session() as sess:
            sess.run(tf.compat.v1.global_variables_initializer())
            tf1_prefix = saver.save(sess, str(out / "tf1" / "model"), global_step=3)
    facts["tf1"] = {"variables": variables(tf1_prefix), "tensorflow_version": tf.__version__}

    # A frozen GraphDef from a TF2 function.
    from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2
    frozen = convert_variables_to_constants_v2(scale.__call__.get_concrete_function())
    graph_def = frozen.graph.as_graph_def()
    (out / "frozen.pb").write_bytes(graph_def.SerializeToString())
    facts["frozen.pb"] = {
        "nodes": len(graph_def.node),
        "ops": sorted({n.op for n in graph_def.node}),
        "placeholders": sorted(n.name for n in graph_def.node if n.op == "Placeholder"),
        "producer": graph_def.versions.producer}

    # A TFLite model from the Keras model.
    tflite = tf.lite.TFLiteConverter.from_keras_model(model).convert()
    (out / "small.tflite").write_bytes(tflite)
    interpreter = tf.lite.Interpreter(model_content=tflite)
    facts["small.tflite"] = {
        "inputs": [[d["name"], d["shape"].tolist(), d["dtype"].__name__]
                   for d in interpreter.get_input_details()],
        "outputs": [[d["name"], d["shape"].tolist(), d["dtype"].__name__]
                    for d in interpreter.get_output_details()],
        "signatures": sorted(interpreter.get_signature_list()),
        "tensorflow_version": tf.__version__}
    return facts


def tf_keras(out):
    os.environ["TF_USE_LEGACY_KERAS"] = "1"
    import h5py
    import tf_keras

    class Doubler(tf_keras.layers.Layer):
        def call(self, x):
            return 2 * x

    inputs = tf_keras.Input((4,), name="features")
    x = tf_keras.layers.Dense(3, name="hidden")(inputs)
    x = Doubler(name="doubler")(x)
    x = tf_keras.layers.Lambda(lambda t: t + 1, name="plus_one")(x)
    model = tf_keras.Model(inputs, tf_keras.layers.Dense(1, name="head")(x))
    model.save(out / "legacy.h5")
    with h5py.File(out / "legacy.h5") as f:
        attrs = {k: (v.decode() if isinstance(v, bytes) else str(v))
                 for k, v in f.attrs.items() if k in ("keras_version", "backend")}
    facts = {"legacy.h5": {
        **attrs,
        "layers": [[layer.name, type(layer).__name__] for layer in model.layers],
        "weights": sorted([w.name, list(w.shape), w.dtype.name] for w in model.weights)}}
    model.save(out / "keras2_savedmodel", save_format="tf")
    facts["keras2_savedmodel"] = {
        "signatures": signatures(out / "keras2_savedmodel"),
        "variables": variables(out / "keras2_savedmodel" / "variables" / "variables")}
    data = (out / "legacy.h5").read_bytes()
    (out / "truncated.h5").write_bytes(data[:len(data) // 2])
    shutil.copy(out / "legacy.h5", out / "hdf5-named.keras")
    (out / "lfs.h5").write_text(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n"
        "size 12345678\n")
    (out / "page.h5").write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>model.h5 · GitHub</title></head>"
        "<body><p>This file is stored with Git LFS.</p></body></html>\n")
    return facts


if __name__ == "__main__":
    which, folder = sys.argv[1], Path(sys.argv[2])
    folder.mkdir(parents=True, exist_ok=True)
    facts = keras3(folder) if which == "keras3" else tf_keras(folder)
    (folder / f"facts-{which}.json").write_text(json.dumps(facts, indent=1, default=str))
