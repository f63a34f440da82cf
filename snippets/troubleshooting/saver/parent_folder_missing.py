# --8<-- [start:problem]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
try:
    # neither runs/ nor runs/exp1/ exists
    saver.save(sess, "runs/exp1/model")
except ValueError as error:
    print(error)
#> Parent directory of runs/exp1/model doesn't exist, can't save.
# one missing level is created
print(saver.save(sess, "exp1/model"), os.path.isdir("exp1"))
#> exp1/model True
try:
    # sharded: not even one level
    tf.train.Saver(sharded=True).save(sess, "exp2/model")
except ValueError as error:
    print(error)
#> Parent directory of exp2/model doesn't exist, can't save.
# --8<-- [end:problem]

# --8<-- [start:fix]
os.makedirs("runs/exp1", exist_ok=True)  # create every missing level first
print(saver.save(sess, "runs/exp1/model"))
#> runs/exp1/model
# saved, and findable
assert tf.train.latest_checkpoint("runs/exp1") == "runs/exp1/model"
# --8<-- [end:fix]
