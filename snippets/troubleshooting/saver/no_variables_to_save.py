# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.placeholder(tf.float32, name="w1")  # placeholders hold no state:
b1 = tf.placeholder(tf.float32, name="b1")  # there is nothing to save
w4 = tf.multiply(w1, b1, name="op_to_restore")
try:
    tf.train.Saver()
except ValueError as error:
    print(error)
#> No variables to save
# --8<-- [end:problem]

# --8<-- [start:fix]
print(tf.global_variables())  # what a Saver with no var_list would save
#> []
bias = tf.Variable(2.0, name="bias")  # a value worth saving is a Variable
out = tf.multiply(w1, bias, name="scaled")
saver = tf.train.Saver()  # built AFTER the variables: it sees them
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "model")
print(tf.train.list_variables("model"))
#> [('bias', [])]
saved = tf.train.load_checkpoint("model").get_tensor("bias")
np.testing.assert_allclose(saved, 2.0)
# --8<-- [end:fix]
