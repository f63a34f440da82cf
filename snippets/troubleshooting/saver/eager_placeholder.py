# --8<-- [start:problem]
import tensorflow as tf

try:
    # the post's code, unchanged
    x = tf.compat.v1.placeholder(tf.float32, name="x")
except RuntimeError as error:
    print(error)
#> tf.placeholder() is not compatible with eager execution.
# --8<-- [end:problem]

# --8<-- [start:fix]
import tensorflow.compat.v1 as tf1

# at the top of a TF1 program, before building anything
tf1.disable_v2_behavior()
x = tf1.placeholder(tf1.float32, name="x")
with tf1.Session() as sess:
    print(sess.run(x * 2, feed_dict={x: 21.0}))
#> 42.0
# --8<-- [end:fix]
