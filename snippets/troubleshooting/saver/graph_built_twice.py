# --8<-- [start:problem]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def build():
    return tf.Variable([0.0, 0.0], name="w1")


w1 = build()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

# a notebook cell run a second time: same graph, second variable
w1 = build()
print(w1.name)
#> w1_1:0
try:
    tf.train.Saver().restore(tf.Session(), "model")
except tf.errors.NotFoundError as error:
    lines = error.message.splitlines()
    print(next(ln for ln in lines if "not found" in ln))
#> Key w1_1 not found in checkpoint
# --8<-- [end:problem]

# --8<-- [start:fix]
tf.reset_default_graph()  # start every build from an empty graph
w1 = build()
print(w1.name)
#> w1:0
with tf.Session() as sess:
    tf.train.Saver().restore(sess, "model")
    # never initialized in this session: the value comes from the file
    print(sess.run(w1))
#> [0. 0.]
# --8<-- [end:fix]
