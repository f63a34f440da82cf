# --8<-- [start:problem]
import tensorflow as tf

with tf.Graph().as_default():  # graph mode with resource variables
    w = tf.Variable(tf.zeros([10]), name="w")
    with tf.compat.v1.Session() as sess:
        sess.run(w.initializer)
        tf.compat.v1.train.Saver().save(sess, "model")

with tf.Graph().as_default():
    # the program now expects 3 values
    w = tf.Variable(tf.zeros([3]), name="w")
    with tf.compat.v1.Session() as sess:
        # no error...
        tf.compat.v1.train.Saver().restore(sess, "model")
        # ...and the wrong shape
        print(w.shape, "->", sess.run(w.value()).shape)
#> (3,) -> (10,)
# --8<-- [end:problem]

# --8<-- [start:detect]
# Detect it before restoring: compare every variable with the checkpoint.
with tf.Graph().as_default():
    w = tf.Variable(tf.zeros([3]), name="w")
    stored = dict(tf.train.list_variables("model"))
    mismatched = {v.op.name: (v.shape.as_list(), stored.get(v.op.name))
                  for v in tf.compat.v1.global_variables()
                  if stored.get(v.op.name) != v.shape.as_list()}
    print(mismatched)
#> {'w': ([3], [10])}
# --8<-- [end:detect]
