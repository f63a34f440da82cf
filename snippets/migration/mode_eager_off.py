# --8<-- [start:mode]
import tensorflow.compat.v1 as tf

tf.disable_eager_execution()  # graph mode, resource variables
w1 = tf.Variable([1.0, 2.0], name="w1")
small = tf.Variable([0.0], name="small")
sess = tf.Session()
sess.run(tf.global_variables_initializer())
print("eager:", tf.executing_eagerly(), "| variable:", type(w1).__name__)
print("sess.run('w1:0') ->", sess.run("w1:0").dtype)
#> eager: False | variable: ResourceVariable
#> sess.run('w1:0') -> [('resource', 'u1', (1,))]

# Save a [2] tensor, then restore it into the [1] variable.
tf.train.Saver({"w": w1}).save(sess, "two")
try:
    tf.train.Saver({"w": small}).restore(sess, "two")
    outcome = f"no error, and small is now {sess.run(small.value())}"
except tf.errors.InvalidArgumentError as error:  # the line that says why:
    outcome = "InvalidArgumentError:\n" + next(
        line for line in error.message.splitlines() if "shapes" in line)
print(outcome)
#> no error, and small is now [1. 2.]
# --8<-- [end:mode]
