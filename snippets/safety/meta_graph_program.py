# --8<-- [start:make]
import os

import tensorflow.compat.v1 as tf
from tensorflow.core.protobuf.meta_graph_pb2 import MetaGraphDef

tf.disable_v2_behavior()
with tf.control_dependencies([tf.io.write_file("by_initializer.txt", "x")]):
    # an initial value that writes a file first
    initial = tf.identity([1.0, 2.0])
w1 = tf.Variable(initial, name="w1")
# An op named like a layer, which writes a file when it runs.
tf.io.write_file("by_fc7.txt", tf.strings.as_string(w1.value()[0]),
                 name="fc7/out")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "downloaded")
os.remove("by_initializer.txt")  # written while making the file: start clean

# The file also names the op that `saver.restore` runs: point it at fc7/out.
with open("downloaded.meta", "rb") as file:
    meta_graph = MetaGraphDef.FromString(file.read())
meta_graph.saver_def.restore_op_name = "fc7/out"
with open("downloaded.meta", "wb") as file:
    file.write(meta_graph.SerializeToString())
# --8<-- [end:make]

# --8<-- [start:inspect]
tf.reset_default_graph()
# builds the graph, runs nothing
saver = tf.train.import_meta_graph("downloaded.meta")
graph = tf.get_default_graph()
print(sorted(os.listdir(".")))
#> ['checkpoint', 'downloaded.data-00000-of-00001', 'downloaded.index', 'downloaded.meta']
writers = [op.name for op in graph.get_operations()
           if op.type == "WriteFile"]
print(writers, saver.saver_def.restore_op_name)
#> ['WriteFile', 'fc7/out'] fc7/out
# --8<-- [end:inspect]

# --8<-- [start:run]
with tf.Session() as sess:
    # runs each variable's initializer op
    sess.run(tf.global_variables_initializer())
    print(os.path.exists("by_initializer.txt"))
#> True
    # runs the op that the file names as its restore op
    saver.restore(sess, "downloaded")
    print(os.path.exists("by_fc7.txt"))
#> True
# --8<-- [end:run]
