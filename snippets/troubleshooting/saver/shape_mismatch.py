# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()  # reference variables, as in TF1
hidden = tf.Variable(tf.fill([2, 4], 0.5), name="hidden")
# trained for 10 classes
logits = tf.Variable(tf.zeros([4, 10]), name="logits")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

tf.reset_default_graph()
hidden = tf.Variable(tf.zeros([2, 4]), name="hidden")  # unchanged
logits = tf.Variable(tf.zeros([4, 3]), name="logits")  # the new task has 3
sess = tf.Session()
try:
    tf.train.Saver().restore(sess, "model")
except tf.errors.InvalidArgumentError as error:
    lines = error.message.splitlines()
    print(next(ln for ln in lines if "Assign requires" in ln))
#> Assign requires shapes of both tensors to match. lhs shape= [4,3] rhs shape= [4,10]
# --8<-- [end:problem]

# --8<-- [start:fix]
# Compare shapes before restoring, and restore only the variables that fit.
stored = dict(tf.train.list_variables("model"))
fits = [v for v in tf.global_variables()
        if stored.get(v.op.name) == v.shape.as_list()]
restored = [v.op.name for v in fits]
# everything else starts from scratch: check that only the new layer does
fresh = [v.op.name for v in tf.global_variables() if v.op.name not in restored]
print(restored, fresh)
#> ['hidden'] ['logits']
# the changed layer starts fresh...
sess.run(tf.global_variables_initializer())
# ...the others come from the file
tf.train.Saver(fits).restore(sess, "model")
saved = tf.train.load_checkpoint("model").get_tensor("hidden")
# restored, not the zeros it started with
np.testing.assert_array_equal(sess.run(hidden), saved)
print(sess.run(logits).shape)
#> (4, 3)
# fine-tuning goes on: one gradient step trains the new head
step = tf.train.GradientDescentOptimizer(0.1).minimize(
    tf.reduce_sum(tf.matmul(hidden, logits)))
sess.run(step)
assert np.all(sess.run(logits) != 0.0)
# --8<-- [end:fix]
