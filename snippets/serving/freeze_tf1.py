# --8<-- [start:tf1_checkpoint]
import glob
import os

import numpy as np
import tensorflow as tf

v1 = tf.compat.v1
feeds = [(4.0, 8.0), (13.0, 17.0), (-1.5, 0.25)]  # (w1, w2) pairs

with tf.Graph().as_default():  # the post's model, saved the TF1 way
    w1 = v1.placeholder(tf.float32, name="w1")
    w2 = v1.placeholder(tf.float32, name="w2")
    b1 = v1.Variable(2.0, name="bias", use_resource=False)  # TF1's kind
    w4 = tf.multiply(tf.add(w1, w2), b1, name="op_to_restore")
    with v1.Session() as sess:
        sess.run(v1.global_variables_initializer())
        v1.train.Saver().save(sess, "./my_test_model", global_step=1000)
        expected = [float(sess.run(w4, {w1: a, w2: b})) for a, b in feeds]
# --8<-- [end:tf1_checkpoint]

# --8<-- [start:freeze]
with tf.Graph().as_default() as graph, v1.Session() as sess:
    saver = v1.train.import_meta_graph("my_test_model-1000.meta",
                                       clear_devices=True)
    saver.restore(sess, "./my_test_model-1000")
    frozen = v1.graph_util.convert_variables_to_constants(  # (1)!
        sess, graph.as_graph_def(), output_node_names=["op_to_restore"])
tf.io.write_graph(frozen, ".", "frozen_model.pb", as_text=False)
print(sorted({node.op for node in frozen.node}))
#> ['AddV2', 'Const', 'Identity', 'Mul', 'Placeholder']
print(os.path.getsize("frozen_model.pb")
      < os.path.getsize("my_test_model-1000.meta"))
#> True
# --8<-- [end:freeze]

# --8<-- [start:load]
for path in glob.glob("my_test_model*") + ["checkpoint"]:
    os.remove(path)  # one file is all a frozen graph needs
graph_def = tf.compat.v1.GraphDef()
with open("frozen_model.pb", "rb") as f:
    graph_def.ParseFromString(f.read())  # a binary GraphDef
with tf.Graph().as_default() as graph, v1.Session() as sess:
    tf.graph_util.import_graph_def(graph_def, name="")
    got = [float(sess.run("op_to_restore:0", {"w1:0": a, "w2:0": b}))
           for a, b in feeds]
np.testing.assert_array_equal(got, expected)  # exactly the same
print(got)
#> [24.0, 60.0, -2.5]
# --8<-- [end:load]
