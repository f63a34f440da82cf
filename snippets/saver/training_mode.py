# --8<-- [start:build]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
tf.set_random_seed(0)
x = tf.placeholder(tf.float32, [None, 1000], name="x")
# A Python number is built into the graph: this dropout is always on
tf.identity(tf.nn.dropout(x, rate=0.5), name="fixed")
# A placeholder with a default is an input: off unless fed
rate = tf.placeholder_with_default(0.0, [], name="rate")
tf.identity(tf.nn.dropout(x, rate=rate), name="switchable")
tf.train.export_meta_graph("modes.meta")  # the .meta a Saver writes
# --8<-- [end:build]

# --8<-- [start:imported]
tf.reset_default_graph()
tf.train.import_meta_graph("modes.meta")
graph = tf.get_default_graph()
inputs = sorted(op.name for op in graph.get_operations()
                if op.type in ("Placeholder", "PlaceholderWithDefault"))
print(inputs)  # what the file lets you feed
#> ['rate', 'x']
ones = {"x:0": np.ones((1, 1000), np.float32)}
with tf.Session() as sess:
    fixed = sess.run("fixed:0", ones)
    switchable = sess.run("switchable:0", ones)
    training = sess.run("switchable:0", {**ones, "rate:0": 0.5})
print((fixed == 0).any(), (switchable == 1).all(), (training == 0).any())
#> True True True
# --8<-- [end:imported]

# --8<-- [start:fixed]
# For an export or a frozen graph, fix the mode while importing: the
# input is replaced by a constant, and no feed can switch it any more
tf.reset_default_graph()
tf.train.import_meta_graph("modes.meta",
                           input_map={"rate:0": tf.constant(0.0)})
with tf.Session() as sess:
    fed = sess.run("switchable:0", {**ones, "rate:0": 0.5})
print((fed == 1).all())  # dropout stays off
#> True
# --8<-- [end:fixed]
