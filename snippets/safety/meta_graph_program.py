# --8<-- [start:make]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
# An op named like a layer, which writes a file when it runs.
tf.io.write_file("leak.txt", tf.strings.as_string(w1.value()[0]), name="fc7/out")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "downloaded")
# --8<-- [end:make]

# --8<-- [start:inspect]
tf.reset_default_graph()
saver = tf.train.import_meta_graph("downloaded.meta")  # builds the graph, runs nothing
graph = tf.get_default_graph()
print(os.path.exists("leak.txt"), [op.name for op in graph.get_operations()
                                   if op.type == "WriteFile"])
#> False ['fc7/out']
with tf.Session() as sess:
    saver.restore(sess, "downloaded")
    sess.run("fc7/out")  # running the op "fc7/out" writes the file
print(os.path.exists("leak.txt"))
#> True
# --8<-- [end:inspect]
