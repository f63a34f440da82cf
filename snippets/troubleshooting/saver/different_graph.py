# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

graph = tf.Graph()  # load the model into a graph of its own
with graph.as_default():
    saver = tf.train.import_meta_graph("model.meta")
scale = tf.constant(10.0)  # outside the with block: in the default graph
try:
    graph.get_tensor_by_name("w1:0") * scale
except ValueError as error:
    print(str(error).split(" (graphs are")[0])
#> Tensor("Const:0", shape=(), dtype=float32) must be from the same graph as Tensor("w1:0", shape=(2,), dtype=float32_ref)
# --8<-- [end:problem]

# --8<-- [start:fix]
with graph.as_default():  # every new op goes where the restored tensors are
    scaled = graph.get_tensor_by_name("w1:0") * tf.constant(10.0)
print(scaled.graph is graph)
#> True
with tf.Session(graph=graph) as sess:  # and the session runs that graph
    saver.restore(sess, "model")
    np.testing.assert_allclose(sess.run(scaled), [10.0, 20.0])
# --8<-- [end:fix]
