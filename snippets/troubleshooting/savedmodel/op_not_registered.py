# --8<-- [start:problem]
import tensorflow as tf
from google.protobuf import text_format
from tensorflow.python.framework import op_def_registry

# A graph written by a program that had an extra op library loaded
# (FancyOp stands for an op from a custom .so, a newer TensorFlow, or
# a package such as tensorflow_text).
graph_def = text_format.Parse("""
node { name: "x" op: "Placeholder"
       attr { key: "dtype" value { type: DT_FLOAT } } }
node { name: "y" op: "FancyOp" input: "x" }
""", tf.compat.v1.GraphDef())

with tf.Graph().as_default():
    try:
        tf.graph_util.import_graph_def(graph_def, name="")
    except tf.errors.NotFoundError as error:
        # then: "in binary running on <host name>"
        print(error.message.split(" in binary")[0])
#> Op type not registered 'FancyOp'
# --8<-- [end:problem]

# --8<-- [start:fix]
def missing_ops(graph_def):
    """The op types of a GraphDef that this TensorFlow does not know."""
    nodes = list(graph_def.node)
    for function in graph_def.library.function:  # tf.cond, loops...
        nodes += function.node_def
    return sorted({node.op for node in nodes
                   if op_def_registry.get(node.op) is None})


# check before loading: what to import or install first
print(missing_ops(graph_def))
#> ['FancyOp']
frozen = tf.function(lambda x: tf.cond(x > 0, lambda: 2.0 * x, lambda: x))
frozen_def = frozen.get_concrete_function(
    tf.TensorSpec([], tf.float32)).graph.as_graph_def()
print(len(frozen_def.library.function))  # the branches live there
#> 2
# core ops only: nothing to add
assert missing_ops(frozen_def) == []
# --8<-- [end:fix]
