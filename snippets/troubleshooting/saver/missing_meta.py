# --8<-- [start:problem]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.save(sess, "model", global_step=1000)
saver.save(sess, "model", global_step=2000, write_meta_graph=False)

tf.reset_default_graph()
latest = tf.train.latest_checkpoint(".")
try:
    tf.train.import_meta_graph(latest + ".meta")  # there is no model-2000.meta
except OSError as error:
    print(error)
#> File does not exist. Received: ./model-2000.meta.
# --8<-- [end:problem]

# --8<-- [start:fix]
# the graph, written once
saver = tf.train.import_meta_graph("model-1000.meta")
with tf.Session() as sess:
    saver.restore(sess, latest)  # the values, from the latest checkpoint
    print(latest, sess.run("w1:0"))
#> ./model-2000 [1. 2.]
# --8<-- [end:fix]
