# --8<-- [start:problem]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
try:
    saver.save(sess, "runs/exp1/model")  # graph mode: the Saver creates no folders
except ValueError as error:
    print(error)
#> Parent directory of runs/exp1/model doesn't exist, can't save.
# --8<-- [end:problem]

# --8<-- [start:fix]
os.makedirs("runs/exp1", exist_ok=True)
print(saver.save(sess, "runs/exp1/model"))
#> runs/exp1/model
# --8<-- [end:fix]
