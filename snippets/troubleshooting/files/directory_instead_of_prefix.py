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
    lines = error.message.splitlines()
    line = next(x for x in lines if "Unable to open" in x)
    # the rest: "perhaps your file is in a different format..."
    print(line.split(": perhaps")[0])
#> Unable to open table file ckpt_dir: FAILED_PRECONDITION: ckpt_dir; Is a directory
# --8<-- [end:problem]

# --8<-- [start:fix]
prefix = tf.train.latest_checkpoint("ckpt_dir")  # folder -> prefix
print(prefix)
#> ckpt_dir/model
# forget the values, so that the restore must bring them
sess.run(w1.assign([0.0, 0.0]))
saver.restore(sess, prefix)
print(sess.run(w1))
#> [1. 2.]
assert sess.run(w1).tolist() == [1.0, 2.0]  # the saved values are back
# --8<-- [end:fix]
