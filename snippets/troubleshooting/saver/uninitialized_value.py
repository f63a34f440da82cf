# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

head = tf.Variable([5.0], name="head")  # a new layer, not in the checkpoint
sess = tf.Session()
tf.train.Saver([w1]).restore(sess, "model")  # restores w1 only: head has no value
try:
    sess.run(head)
except tf.errors.FailedPreconditionError as error:
    print(next(line for line in error.message.splitlines() if "uninitialized" in line))
#> Attempting to use uninitialized value head
# --8<-- [end:problem]

# --8<-- [start:resource]
res = tf.Variable([5.0], name="res", use_resource=True)  # what TF2's graph mode makes
try:
    sess.run(res.read_value())
except tf.errors.FailedPreconditionError as error:
    line = next(line for line in error.message.splitlines() if "Could not find" in line)
    print(line.split(" Debug info")[0])
#> Could not find variable res. This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized.
# --8<-- [end:resource]

# --8<-- [start:fix]
print(sess.run(tf.report_uninitialized_variables()))  # which ones have no value
#> [b'head' b'res']
sess.run(tf.variables_initializer([head, res]))  # initialize what the file lacks
print(sess.run(tf.report_uninitialized_variables()))
#> []
np.testing.assert_allclose(sess.run(w1), [1.0, 2.0])  # still the restored values
np.testing.assert_allclose(sess.run(head), [5.0])
# --8<-- [end:fix]
