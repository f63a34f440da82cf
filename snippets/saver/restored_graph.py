# --8<-- [start:build]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.placeholder(tf.float32, name="w1")
w2 = tf.placeholder(tf.float32, name="w2")
b1 = tf.Variable(2.0, name="bias")
w3 = tf.add(w1, w2)
w4 = tf.multiply(w3, b1, name="op_to_restore")

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(w4, feed_dict={w1: 4, w2: 8}))  # (4 + 8) * 2
#> 24.0
    tf.train.Saver().save(sess, "my_test_model", global_step=1000)
# --8<-- [end:build]

# --8<-- [start:stored]
# The checkpoint holds variables only: the fed values 4 and 8 are gone.
print(tf.train.list_variables("my_test_model-1000"))
#> [('bias', [])]
# --8<-- [end:stored]

# --8<-- [start:feed]
tf.reset_default_graph()
sess = tf.Session()
saver = tf.train.import_meta_graph("my_test_model-1000.meta")
saver.restore(sess, tf.train.latest_checkpoint("./"))

graph = tf.get_default_graph()
w1 = graph.get_tensor_by_name("w1:0")  # (1)!
w2 = graph.get_tensor_by_name("w2:0")
op_to_restore = graph.get_tensor_by_name("op_to_restore:0")
print(sess.run(op_to_restore, feed_dict={w1: 13.0, w2: 17.0}))  # (13 + 17) * 2
#> 60.0
# --8<-- [end:feed]

# --8<-- [start:add_op]
# a new op on top of the restored graph
add_on_op = tf.multiply(op_to_restore, 2)
print(sess.run(add_on_op, feed_dict={w1: 13.0, w2: 17.0}))
#> 120.0
# --8<-- [end:add_op]
