# --8<-- [start:tf1_export]
import numpy as np
import tensorflow as tf

v1 = tf.compat.v1

# a TF1 SavedModel, two tag sets
with tf.Graph().as_default(), v1.Session() as sess:
    x = v1.placeholder(tf.float32, [None], name="x")
    w = v1.Variable(3.0, name="w")
    hidden = tf.multiply(x, w, name="hidden")
    y = tf.add(hidden, 1.0, name="y")
    sess.run(v1.global_variables_initializer())
    builder = v1.saved_model.Builder("tf1_model")
    builder.add_meta_graph_and_variables(sess, ["serve"], signature_def_map={
        "serving_default":
            v1.saved_model.predict_signature_def({"x": x}, {"y": y})})
    builder.add_meta_graph(["train"], signature_def_map={
        "hidden": v1.saved_model.predict_signature_def(
            {"x": x}, {"hidden": hidden})})
    builder.save()
# --8<-- [end:tf1_export]

# --8<-- [start:tags]
try:
    tf.saved_model.load("tf1_model")
except ValueError as error:
    print(str(error).split(" if ")[0])
    print(str(error).split("`tags=None`, ")[1].split(". ")[0])
#> Importing a SavedModel with `tf.saved_model.load` requires a `tags=` argument
#> but there are 2 MetaGraphs in the SavedModel with tag sets: [['serve'], ['train']]
loaded = tf.saved_model.load("tf1_model", tags=["serve"])
print(type(loaded).__name__, sorted(loaded.signatures.keys()))
#> AutoTrackable ['serving_default']
train = tf.saved_model.load("tf1_model", tags=["train"])
print(sorted(train.signatures.keys()))
#> ['hidden']
# --8<-- [end:tags]

# --8<-- [start:call]
serve = loaded.signatures["serving_default"]
print(serve.structured_input_signature)
#> ((), {'x': TensorSpec(shape=(None,), dtype=tf.float32, name='x')})
np.testing.assert_allclose(serve(x=tf.constant([1.0, 2.0]))["y"], [4.0, 7.0])
hidden_fn = loaded.prune("x:0", "hidden:0")  # (1)!
np.testing.assert_allclose(hidden_fn(tf.constant([1.0, 2.0])), [3.0, 6.0])
print([v.name for v in loaded.variables])
#> ['w:0']
# --8<-- [end:call]
