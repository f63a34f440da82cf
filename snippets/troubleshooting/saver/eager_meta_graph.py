# --8<-- [start:problem]
import os

import numpy as np
import tensorflow as tf

w1 = tf.Variable([1.0, 2.0], name="w1")  # TF2: eager mode, no graph
saver = tf.compat.v1.train.Saver([w1])
# no error, and no .meta either
saver.save(None, "model", write_meta_graph=True)
print(sorted(os.listdir(".")))
#> ['checkpoint', 'model.data-00000-of-00001', 'model.index']
try:
    tf.compat.v1.train.export_meta_graph("model.meta")
except RuntimeError as error:
    print(error)
#> Exporting/importing meta graphs is not supported when eager execution is enabled. No graph exists when eager execution is enabled.
# --8<-- [end:problem]

# --8<-- [start:fix]
graph = tf.Graph()
# a graph, just for this block: no global switch needed
with graph.as_default():
    g_w1 = tf.compat.v1.Variable([0.0, 0.0], name="w1")
    g_saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        g_saver.restore(sess, "model")  # the eager save's values
        g_saver.save(sess, "graph_model")  # graph mode: writes .meta
print(sorted(f for f in os.listdir(".") if f.endswith(".meta")))
#> ['graph_model.meta']
# every value of the eager save made it into the graph's checkpoint
assert (tf.train.list_variables("graph_model")
        == tf.train.list_variables("model"))
with tf.Graph().as_default():
    # works in a graph
    loader = tf.compat.v1.train.import_meta_graph("graph_model.meta")
    with tf.compat.v1.Session() as sess:
        loader.restore(sess, "graph_model")
        # not "w1:0": see the w1:0 trap
        (restored,) = tf.compat.v1.global_variables()
        np.testing.assert_allclose(sess.run(restored), [1.0, 2.0])
# --8<-- [end:fix]
