# --8<-- [start:trap]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_eager_execution()  # graph mode, but NOT disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")  # so this is a resource variable
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    fetched = sess.run("w1:0")  # no error...
print(w1.op.type, "->", fetched.dtype)  # ...but these are not the weights
#> VarHandleOp -> [('resource', 'u1', (1,))]
# --8<-- [end:trap]

# --8<-- [start:fix]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    # the tensor that reads the value
    value = sess.run("w1/Read/ReadVariableOp:0")
print(value)
#> [1. 2.]
np.testing.assert_array_equal(value, [1.0, 2.0])
# --8<-- [end:fix]
