# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    # writes run/model-1000.index, ...
    saver.save(sess, "run/model", global_step=1000)

sess = tf.Session()
try:
    saver.restore(sess, "run/model")  # the step suffix is missing
except ValueError as error:
    print(error)
#> The passed save_path is not a valid checkpoint: run/model
# --8<-- [end:problem]

# --8<-- [start:tf2]
ckpt = tf.compat.v2.train.Checkpoint(w1=w1)  # the TF2 API, same missing suffix
try:
    ckpt.restore("run/model")
except tf.errors.NotFoundError as error:
    print(error.message.splitlines()[0])
#> Error when restoring from checkpoint or SavedModel at run/model: Unsuccessful TensorSliceReader constructor: Failed to find any matching files for run/model
# --8<-- [end:tf2]

# --8<-- [start:fix]
# the newest prefix, suffix included
prefix = tf.train.latest_checkpoint("run")
print(prefix)
#> run/model-1000
print(tf.train.checkpoint_exists(prefix))  # the same test restore makes
#> True
# so that only the restore can bring the values back
sess.run(w1.assign([0.0, 0.0]))
saver.restore(sess, prefix)
np.testing.assert_allclose(sess.run(w1), [1.0, 2.0])
# --8<-- [end:fix]
