# --8<-- [start:problem]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
os.makedirs("ckpt_dir")
saver.save(sess, "ckpt_dir/model")

try:
    saver.restore(sess, "ckpt_dir")  # the folder, not the checkpoint
except tf.errors.DataLossError as error:
    line = next(line for line in error.message.splitlines() if "Unable to open" in line)
    print(line.split(": perhaps")[0])  # the rest: "perhaps your file is in a different format..."
#> Unable to open table file ckpt_dir: FAILED_PRECONDITION: ckpt_dir; Is a directory
# --8<-- [end:problem]

# --8<-- [start:fix]
prefix = tf.train.latest_checkpoint("ckpt_dir")  # folder -> prefix
print(prefix)
#> ckpt_dir/model
sess.run(w1.assign([0.0, 0.0]))  # forget the values, so that the restore must bring them
saver.restore(sess, prefix)
print(sess.run(w1))
#> [1. 2.]
# --8<-- [end:fix]
