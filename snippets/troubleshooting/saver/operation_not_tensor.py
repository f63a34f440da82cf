# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "model")

tf.reset_default_graph()
saver = tf.train.import_meta_graph("model.meta")
graph = tf.get_default_graph()
for name in ["w1", "w2:0"]:  # an operation's name; a name the graph lacks
    try:
        graph.get_tensor_by_name(name)
    except (ValueError, KeyError) as error:
        print(type(error).__name__ + ":", error.args[0])
#> ValueError: The name 'w1' refers to an Operation, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".
#> KeyError: The name 'w2:0' refers to a Tensor which does not exist. The operation, 'w2', does not exist in the graph.
# --8<-- [end:problem]

# --8<-- [start:scoped]
scoped = tf.Graph()
with scoped.as_default():
    # every name gets "net/"
    tf.train.import_meta_graph("model.meta", import_scope="net")
for get, name in [(scoped.get_tensor_by_name, "w1"),
                  (scoped.get_operation_by_name, "net/w1:0")]:
    try:
        get(name)
    except ValueError as error:
        print(error)
#> The name 'w1' looks like an (invalid) Operation name, not a Tensor. Tensor names must be of the form "<op_name>:<output_index>".
#> Name 'net/w1:0' appears to refer to a Tensor, not a Operation.
# --8<-- [end:scoped]

# --8<-- [start:fix]
# the real names
print([op.name for op in scoped.get_operations()
       if op.type == "VariableV2"])
#> ['net/w1']
# operation name + ":0": its first output
print(scoped.get_tensor_by_name("net/w1:0").name)
#> net/w1:0
w1 = graph.get_tensor_by_name("w1:0")
with tf.Session(graph=graph) as sess:
    saver.restore(sess, "model")
    np.testing.assert_allclose(sess.run(w1), [1.0, 2.0])
# --8<-- [end:fix]
