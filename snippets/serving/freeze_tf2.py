# --8<-- [start:freeze]
import numpy as np
import tensorflow as tf
from google.protobuf import text_format
from tensorflow.python.framework.convert_to_constants import (  # (1)!
    convert_variables_to_constants_v2,
)


class Regressor(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[2.0], [-1.0]], name="w")
        self.b = tf.Variable([0.5], name="b")

    @tf.function(
        input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def predict(self, x):
        return {"y": x @ self.w + self.b}


model = Regressor()
frozen_func = convert_variables_to_constants_v2(
    model.predict.get_concrete_function())
graph_def = frozen_func.graph.as_graph_def()
print(sorted({node.op for node in graph_def.node}))
#> ['AddV2', 'Const', 'Identity', 'MatMul', 'NoOp', 'Placeholder']
print([t.name for t in frozen_func.inputs],
      [t.name for t in frozen_func.outputs])
#> ['x:0'] ['Identity:0']
# --8<-- [end:freeze]

# --8<-- [start:write]
# binary protobuf, then text protobuf
tf.io.write_graph(graph_def, ".", "frozen.pb", as_text=False)
tf.io.write_graph(graph_def, ".", "frozen.pbtxt", as_text=True)
with open("frozen.pbtxt") as f:
    print(f.readline().rstrip())
#> node {
# --8<-- [end:write]

# --8<-- [start:load]
binary = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    binary.ParseFromString(f.read())  # binary: ParseFromString
text = tf.compat.v1.GraphDef()
with open("frozen.pbtxt") as f:
    text_format.Parse(f.read(), text)  # text: text_format.Parse
assert binary == text


def import_frozen(graph_def):
    """A TF2 function that runs a frozen GraphDef."""
    wrapped = tf.compat.v1.wrap_function(
        lambda: tf.compat.v1.import_graph_def(graph_def, name=""), [])
    return wrapped.prune("x:0", "Identity:0")


x = tf.constant([[1.0, 2.0], [3.0, 0.5]])
for graph_def in [binary, text]:
    np.testing.assert_allclose(import_frozen(graph_def)(x),
                               model.predict(x)["y"])
print(import_frozen(binary)(x).numpy().ravel().tolist())
#> [0.5, 6.0]
# --8<-- [end:load]
