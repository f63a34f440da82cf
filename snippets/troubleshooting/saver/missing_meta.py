# --8<-- [start:problem]
import os

import numpy as np
import tensorflow as tf

w1 = tf.Variable([1.0, 2.0], name="w1")  # trained in TF2, eagerly
tf.compat.v1.train.Saver([w1]).save(None, "model")
print(sorted(os.listdir(".")))
#> ['checkpoint', 'model.data-00000-of-00001', 'model.index']
with tf.Graph().as_default():  # later, a TF1 script wants the graph
    try:
        tf.compat.v1.train.import_meta_graph("model.meta")
    except OSError as error:
        print(error)
#> File does not exist. Received: model.meta.
# --8<-- [end:problem]

# --8<-- [start:skipped]
# In graph mode, write_meta_graph=False skips it: the latest has none
with tf.Graph().as_default():
    v = tf.compat.v1.Variable([3.0, 4.0], name="v")
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        sess.run(v.initializer)
        saver.save(sess, "run/model", global_step=1000)
        saver.save(sess, "run/model", global_step=2000,
                   write_meta_graph=False)
latest = tf.train.latest_checkpoint("run")
print(latest, os.path.exists(latest + ".meta"))
#> run/model-2000 False
# --8<-- [end:skipped]

# --8<-- [start:fix]
# The values need no graph: read them by name
value = tf.train.load_checkpoint("model").get_tensor("w1")
np.save("w1.npy", value)

# A graph: build the model in code, inside a graph, and restore into it
with tf.Graph().as_default():
    g_w1 = tf.compat.v1.Variable([0.0, 0.0], name="w1")  # the same name
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        saver.restore(sess, "model")
        np.testing.assert_array_equal(sess.run(g_w1), [1.0, 2.0])
        saver.save(sess, "graph_model")  # graph mode: a .meta, now
print(os.path.exists("graph_model.meta"))
#> True
# --8<-- [end:fix]

# --8<-- [start:fix_skipped]
# Skipped: import the .meta that exists, restore the latest values
with tf.Graph().as_default():
    saver = tf.compat.v1.train.import_meta_graph("run/model-1000.meta")
    with tf.compat.v1.Session() as sess:
        saver.restore(sess, latest)
        (restored,) = tf.compat.v1.global_variables()
        print(sess.run(restored))
#> [3. 4.]
# --8<-- [end:fix_skipped]
