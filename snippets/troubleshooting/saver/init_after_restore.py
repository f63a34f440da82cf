# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
with tf.Session() as sess:
    sess.run(w1.assign([5.0, 6.0]))
    tf.train.Saver().save(sess, "model")

with tf.Session() as sess:
    tf.train.Saver().restore(sess, "model")
    # runs every initializer, again
    sess.run(tf.global_variables_initializer())
    print(sess.run(w1))  # no error: the trained values are silently gone
#> [1. 2.]
# --8<-- [end:problem]

# --8<-- [start:fix]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())  # initialize first...
    tf.train.Saver().restore(sess, "model")  # ...then restore
    value = sess.run(w1)
saved = tf.train.load_checkpoint("model").get_tensor("w1")
np.testing.assert_array_equal(value, saved)  # detect it: compare with the file
print(value)
#> [5. 6.]
# --8<-- [end:fix]
