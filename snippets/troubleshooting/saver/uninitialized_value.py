# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
sess = tf.Session()
sess.run(tf.global_variables_initializer())
sess.run(w1.assign([3.0, 4.0]))  # trained
tf.train.Saver().save(sess, "model")


def first_line(error):
    return next(ln for ln in error.message.splitlines() if "value" in ln)


other = tf.Session()  # another session: its own values, none yet
try:
    other.run(w1)
except tf.errors.FailedPreconditionError as error:
    print(first_line(error))
#> Attempting to use uninitialized value w1

head = tf.Variable([5.0], name="head")  # created after the initializer ran
try:
    sess.run(head)
except tf.errors.FailedPreconditionError as error:
    print(first_line(error))
#> Attempting to use uninitialized value head
# --8<-- [end:problem]

# --8<-- [start:resource]
# What TF2's graph mode makes: a resource variable
res = tf.Variable([5.0], name="res", use_resource=True)
try:
    sess.run(res.read_value())
except tf.errors.FailedPreconditionError as error:
    line = next(ln for ln in error.message.splitlines() if "find" in ln)
    print(line.split(" Debug info")[0])
#> Could not find variable res. This could mean that the variable has been deleted. In TF1, it can also mean the variable is uninitialized.
# --8<-- [end:resource]

# --8<-- [start:fix]
# Build every variable first, then, in the session that runs the model,
# restore what the file has and initialize only the rest.
in_file = {name for name, _ in tf.train.list_variables("model")}
restored = [v for v in tf.global_variables() if v.op.name in in_file]
fresh = [v for v in tf.global_variables() if v.op.name not in in_file]
print([v.op.name for v in restored], [v.op.name for v in fresh])
#> ['w1'] ['head', 'res']
sess = tf.Session()
tf.train.Saver(restored).restore(sess, "model")
sess.run(tf.variables_initializer(fresh))
assert sess.run(tf.report_uninitialized_variables()).size == 0
# the trained values, not the initial [1, 2]
np.testing.assert_array_equal(sess.run(w1), [3.0, 4.0])
# --8<-- [end:fix]
