# --8<-- [start:problem]
import textwrap

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

tf.reset_default_graph()  # new code, where the variable got another name
weights = tf.Variable([0.0, 0.0], name="weights")
sess = tf.Session()
try:
    tf.train.Saver().restore(sess, "model")
except tf.errors.NotFoundError as error:
    lines = error.message.splitlines()
    # the first line, wrapped to fit the page
    print(textwrap.fill(lines[0], 96))
    print(next(ln for ln in lines if "not found in checkpoint" in ln))
#> Restoring from checkpoint failed. This is most likely due to a Variable name or other graph key
#> that is missing from the checkpoint. Please ensure that you have not altered the graph expected
#> based on the checkpoint. Original error:
#> Key weights not found in checkpoint
# --8<-- [end:problem]

# --8<-- [start:fix]
print(tf.train.list_variables("model"))  # what the file calls it
#> [('w1', [2])]
# map the old name to the variable
tf.train.Saver({"w1": weights}).restore(sess, "model")
# no variable of the graph was left out of the map
assert sess.run(tf.report_uninitialized_variables()).size == 0
# never initialized: the values can only come from the file
print(sess.run(weights))
#> [1. 2.]
# --8<-- [end:fix]
