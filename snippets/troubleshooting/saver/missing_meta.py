# --8<-- [start:problem]
import os

import numpy as np
import tensorflow as tf

os.makedirs("ckpt")  # the folder a predict script reads: nothing in it
with tf.Graph().as_default():
    try:
        tf.compat.v1.train.import_meta_graph("ckpt/model-21000.meta")
    except OSError as error:
        print(error)
#> File does not exist. Received: ckpt/model-21000.meta.
print(os.listdir("ckpt"), tf.train.latest_checkpoint("ckpt"))
#> [] None
# --8<-- [end:problem]

# --8<-- [start:eager]
w1 = tf.Variable([1.0, 2.0], name="w1")  # trained in TF2, eagerly
tf.compat.v1.train.Saver([w1]).save(None, "ckpt/model")
print(sorted(os.listdir("ckpt")))  # a checkpoint, and no .meta
#> ['checkpoint', 'model.data-00000-of-00001', 'model.index']
# --8<-- [end:eager]

# --8<-- [start:fix]
prefix = tf.train.latest_checkpoint("ckpt")  # what is really there
print(prefix, os.path.exists(prefix + ".meta"))
#> ckpt/model False
np.save("w1.npy", tf.train.load_checkpoint(prefix).get_tensor("w1"))

# No .meta: build the model in code, in a graph, and restore into it
with tf.Graph().as_default():
    g_w1 = tf.compat.v1.Variable([0.0, 0.0], name="w1")  # the same name
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        saver.restore(sess, prefix)
        np.testing.assert_array_equal(sess.run(g_w1), [1.0, 2.0])
        # graph mode writes a .meta; a new folder keeps the original
        saver.save(sess, "rebuilt/model")
print(os.path.exists("rebuilt/model.meta"))
#> True
# the rebuilt graph left nothing of the file out (an optimizer's slots)
assert (tf.train.list_variables("rebuilt/model")
        == tf.train.list_variables(prefix))
# --8<-- [end:fix]
