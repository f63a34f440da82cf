# --8<-- [start:save]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
tf.set_random_seed(42)
w1 = tf.Variable(tf.random_normal(shape=[2]), name="w1")
w2 = tf.Variable(tf.random_normal(shape=[5]), name="w2")
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saved_w1 = sess.run(w1)
    saver.save(sess, "my_test_model", global_step=1000)
print(saved_w1.round(4))
#> [-0.301   0.5186]
# --8<-- [end:save]

# --8<-- [start:restore]
tf.reset_default_graph()  # start from an empty graph, as a new program would

with tf.Session() as sess:
    new_saver = tf.train.import_meta_graph("my_test_model-1000.meta")  # (1)!
    print(tf.train.latest_checkpoint("./"))
#> ./my_test_model-1000
    new_saver.restore(sess, tf.train.latest_checkpoint("./"))  # (2)!
    restored_w1 = sess.run("w1:0")  # (3)!
print(restored_w1.round(4))
#> [-0.301   0.5186]
np.testing.assert_array_equal(restored_w1, saved_w1)
# --8<-- [end:restore]
