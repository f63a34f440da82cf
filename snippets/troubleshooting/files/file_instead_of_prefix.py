# --8<-- [start:problem]
import textwrap

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.save(sess, "model.ckpt")

files = ["model.ckpt.index", "model.ckpt.data-00000-of-00001",
         "model.ckpt.meta"]
for wrong in files:
    try:
        saver.restore(sess, wrong)
    except (tf.errors.NotFoundError, tf.errors.DataLossError) as error:
        cause = next(x for x in error.message.splitlines()
                     if wrong + ":" in x or f"files {wrong}" in x)
        # the rest: "perhaps your file is in a different..."
        head = cause.split(": perhaps")[0]
        # wrapped to fit
        print(textwrap.fill(type(error).__name__ + ": " + head, 96))
#> NotFoundError: Tensor name "w1" not found in checkpoint files model.ckpt.index
#> DataLossError: Unable to open table file model.ckpt.data-00000-of-00001: DATA_LOSS: file is too
#> short to be an sstable
#> DataLossError: Unable to open table file model.ckpt.meta: DATA_LOSS: not an sstable (bad magic
#> number)
# --8<-- [end:problem]

# --8<-- [start:fix]
# forget the values, so that the restore must bring them
sess.run(w1.assign([0.0, 0.0]))
# the prefix: what every file name starts with
saver.restore(sess, "model.ckpt")
print(sess.run(w1))
#> [1. 2.]
assert sess.run(w1).tolist() == [1.0, 2.0]  # the saved values are back
# --8<-- [end:fix]
