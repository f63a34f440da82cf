# --8<-- [start:problem]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
logits = tf.Variable(tf.zeros([4, 10]), name="logits")  # trained for 10 classes
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

tf.reset_default_graph()
logits = tf.Variable(tf.zeros([4, 3]), name="logits")  # the new task has 3
sess = tf.Session()
try:
    tf.train.Saver().restore(sess, "model")
except tf.errors.InvalidArgumentError as error:
    print(next(line for line in error.message.splitlines() if "Assign requires" in line))
#> Assign requires shapes of both tensors to match. lhs shape= [4,3] rhs shape= [4,10]
# --8<-- [end:problem]

# --8<-- [start:fix]
# Compare shapes before restoring, and restore only the variables that fit.
stored = dict(tf.train.list_variables("model"))
fits = [v for v in tf.global_variables() if stored.get(v.op.name) == v.shape.as_list()]
print({v.op.name: stored[v.op.name] for v in tf.global_variables()}, "fits:", fits)
#> {'logits': [4, 10]} fits: []
sess.run(tf.global_variables_initializer())  # the new layer starts fresh
if fits:
    tf.train.Saver(fits).restore(sess, "model")
# --8<-- [end:fix]
