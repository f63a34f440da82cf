# --8<-- [start:problem]
import tensorflow as tf


@tf.function(input_signature=[tf.TensorSpec([2], tf.float32)])
def double(x):
    return tf.multiply(x, 2.0, name="out")


graph_def = double.get_concrete_function().graph.as_graph_def()
with tf.io.gfile.GFile("frozen.pb", "wb") as f:
    f.write(graph_def.SerializeToString())  # a binary protobuf

try:
    with tf.io.gfile.GFile("frozen.pb", "r") as f:  # "r": text mode
        tf.compat.v1.GraphDef().ParseFromString(f.read())
except UnicodeDecodeError as error:
    # the byte and position depend on the file; the rest is always so
    print(type(error).__name__, str(error).split(" byte")[0], error.reason)
#> UnicodeDecodeError 'utf-8' codec can't decode invalid start byte
# --8<-- [end:problem]

# --8<-- [start:fix]
with tf.io.gfile.GFile("frozen.pb", "rb") as f:  # "rb": bytes, as written
    loaded = tf.compat.v1.GraphDef()
    loaded.ParseFromString(f.read())
assert loaded == graph_def  # every node, byte for byte
with tf.Graph().as_default() as g:  # and it runs: same result
    y, = tf.compat.v1.import_graph_def(
        loaded, input_map={"x": tf.constant([1.0, 2.0])},
        return_elements=["out:0"])
    with tf.compat.v1.Session(graph=g) as sess:
        out = sess.run(y)
assert out.tolist() == [2.0, 4.0]  # what double() computes
print(out)
#> [2. 4.]
# --8<-- [end:fix]
