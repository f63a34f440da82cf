# --8<-- [start:tf1_checkpoint]
import glob
import os
import warnings

import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
feeds = [(4.0, 8.0), (13.0, 17.0), (-1.5, 0.25)]  # (w1, w2) pairs

with tf.Graph().as_default():  # the post's model, saved the TF1 way
    w1 = v1.placeholder(tf.float32, name="w1")
    w2 = v1.placeholder(tf.float32, name="w2")
    # a reference variable (VariableV2), the kind TF1's tf.Variable made
    b1 = v1.Variable(2.0, name="bias", use_resource=False)
    w4 = tf.multiply(tf.add(w1, w2), b1, name="op_to_restore")
    with v1.Session() as sess:
        sess.run(v1.global_variables_initializer())
        v1.train.Saver().save(sess, "./my_test_model", global_step=1000)
        # what the original model answers, to compare the exports with
        expected = [float(sess.run(w4, {w1: a, w2: b})) for a, b in feeds]
print(expected)
#> [24.0, 60.0, -2.5]
# --8<-- [end:tf1_checkpoint]

# --8<-- [start:builder]
with tf.Graph().as_default() as graph, v1.Session() as sess:
    saver = v1.train.import_meta_graph("my_test_model-1000.meta")
    saver.restore(sess, tf.train.latest_checkpoint("."))
    signature = v1.saved_model.predict_signature_def(  # (1)!
        inputs={"w1": graph.get_tensor_by_name("w1:0"),
                "w2": graph.get_tensor_by_name("w2:0")},
        outputs={"y": graph.get_tensor_by_name("op_to_restore:0")})
    builder = v1.saved_model.Builder("models/post_model/1")
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING],  # the tag set "serve"
        signature_def_map={"serving_default": signature})
    builder.save()
# --8<-- [end:builder]

# --8<-- [start:simple_save]
with tf.Graph().as_default() as graph, v1.Session() as sess:
    saver = v1.train.import_meta_graph("my_test_model-1000.meta")
    saver.restore(sess, tf.train.latest_checkpoint("."))
    v1.saved_model.simple_save(  # (1)!
        sess, "models/post_model/2",
        inputs={"w1": graph.get_tensor_by_name("w1:0"),
                "w2": graph.get_tensor_by_name("w2:0")},
        outputs={"y": graph.get_tensor_by_name("op_to_restore:0")})
# --8<-- [end:simple_save]

# --8<-- [start:load_tf2]
for path in glob.glob("my_test_model*") + ["checkpoint"]:
    os.remove(path)  # the exports must not need the checkpoint any more
for version in ["1", "2"]:
    # in TF2, eager
    loaded = tf.saved_model.load(f"models/post_model/{version}")
    serve = loaded.signatures["serving_default"]
    got = [float(serve(w1=tf.constant(a), w2=tf.constant(b))["y"])
           for a, b in feeds]
    np.testing.assert_array_equal(got, expected)  # exactly the same
    print(version, sorted(loaded.signatures.keys()), got)
#> 1 ['serving_default'] [24.0, 60.0, -2.5]
#> 2 ['serving_default'] [24.0, 60.0, -2.5]
# TF1's reference variables stay inside the loaded graph: not listed,
# not trainable from TF2; their values are in the variables/ checkpoint
assert not loaded.variables  # nothing to train from TF2
print(loaded.variables)
#> ListWrapper([])
saved = tf.train.load_checkpoint("models/post_model/2/variables/variables")
print(saved.get_tensor("bias"))
#> 2.0
# --8<-- [end:load_tf2]

# --8<-- [start:tflite]
# The same SavedModel converts for TFLite, and answers the same
converter = tf.lite.TFLiteConverter.from_saved_model("models/post_model/1")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # tf.lite.Interpreter is deprecated
    interpreter = tf.lite.Interpreter(model_content=converter.convert())
run = interpreter.get_signature_runner("serving_default")
got = [float(run(w1=np.array(a, np.float32), w2=np.array(b, np.float32))["y"])
       for a, b in feeds]
np.testing.assert_allclose(got, expected, rtol=1e-6)
print(got)
#> [24.0, 60.0, -2.5]
# --8<-- [end:tflite]
