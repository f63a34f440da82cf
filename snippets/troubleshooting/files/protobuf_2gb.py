# --8<-- [start:problem]
import numpy as np
import tensorflow as tf

# 2 GiB (zeros: no RAM used yet)
embeddings = np.zeros([2**21, 256], dtype=np.float32)
print(embeddings.nbytes)
#> 2147483648
with tf.Graph().as_default():  # TF1 code, or anything that builds a graph
    try:
        tf.constant(embeddings)  # the values would go INTO the graph
    except ValueError as error:
        print(error)
#> Cannot create a tensor proto whose content is larger than 2GB.
# --8<-- [end:problem]

# --8<-- [start:fix]
values = np.arange(1_000_000, dtype=np.float32)  # 4 MB, to show the sizes
graph = tf.Graph()
with graph.as_default():
    in_graph = tf.compat.v1.Variable(tf.constant(values))
# the data is part of the graph
print(graph.as_graph_def().ByteSize() > values.nbytes)
#> True

graph = tf.Graph()
with graph.as_default():
    feed = tf.compat.v1.placeholder(tf.float32, shape=values.shape)
    w = tf.compat.v1.Variable(feed)  # the initializer reads the placeholder
    saver = tf.compat.v1.train.Saver()
print(graph.as_graph_def().ByteSize() < 10_000)  # the graph stays small
#> True
with tf.compat.v1.Session(graph=graph) as sess:
    # the data comes at run time
    sess.run(w.initializer, feed_dict={feed: values})
    # the values go to the .data file, not into a graph
    saver.save(sess, "run/model")
reader = tf.train.load_checkpoint("run/model")
np.testing.assert_allclose(reader.get_tensor("Variable"), values)
# --8<-- [end:fix]
