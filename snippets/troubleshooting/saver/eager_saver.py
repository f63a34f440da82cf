# --8<-- [start:problem]
import numpy as np
import tensorflow as tf

w1 = tf.Variable([1.0, 2.0], name="w1")
try:
    saver = tf.compat.v1.train.Saver()  # TF1 code in a TF2 (eager) program
except RuntimeError as error:
    print(error)
#> When eager execution is enabled, `var_list` must specify a list or dict of variables to save
# --8<-- [end:problem]

# --8<-- [start:fix]
# in eager mode, list the variables
saver = tf.compat.v1.train.Saver(var_list=[w1])
print(saver.save(None, "model"))  # no session in eager mode
#> model
w1.assign([0.0, 0.0])
saver.restore(None, "model")  # and back
np.testing.assert_array_equal(w1.numpy(), [1.0, 2.0])
# Better, in a TF2 program: tf.train.Checkpoint(w1=w1).save("model")
# --8<-- [end:fix]
