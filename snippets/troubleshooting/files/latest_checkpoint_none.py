# --8<-- [start:problem]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.save(sess, "training/model")

# a typo, or a relative path run from elsewhere
path = tf.train.latest_checkpoint("trainig")
try:
    saver.restore(sess, path)
except ValueError as error:
    print(error)
#> Can't load save_path when it is None.
# --8<-- [end:problem]

# --8<-- [start:fix]
folder = "training"
path = tf.train.latest_checkpoint(folder)
if path is None:  # say which folder was searched, instead of failing later
    raise FileNotFoundError(f"no checkpoint file in {folder!r}")
# forget the values, so that the restore must bring them
sess.run(w1.assign([0.0, 0.0]))
saver.restore(sess, path)
print(path, sess.run(w1))
#> training/model [1. 2.]
# --8<-- [end:fix]
