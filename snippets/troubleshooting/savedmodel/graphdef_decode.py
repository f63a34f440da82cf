# --8<-- [start:problem]
import tensorflow as tf
from google.protobuf import message, text_format


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return 2.0 * x


tf.io.write_graph(Doubler().__call__.get_concrete_function().graph.as_graph_def(),
                  ".", "graph.pbtxt", as_text=True)  # a text protobuf
tf.saved_model.save(Doubler(), "doubler")  # its saved_model.pb is a SavedModel, not a GraphDef

for path in ["graph.pbtxt", "doubler/saved_model.pb"]:
    graph_def = tf.compat.v1.GraphDef()
    try:
        with open(path, "rb") as f:
            graph_def.ParseFromString(f.read())
    except message.DecodeError as error:
        print(error)
#> Error parsing message with type 'tensorflow.GraphDef': Wire format was corrupt
#> Error parsing message with type 'tensorflow.GraphDef': Wire format was corrupt
# --8<-- [end:problem]

# --8<-- [start:fix]
graph_def = tf.compat.v1.GraphDef()
with open("graph.pbtxt") as f:
    text_format.Parse(f.read(), graph_def)  # a .pbtxt is text: parse it as text
assert "Placeholder" in {node.op for node in graph_def.node}

loaded = tf.saved_model.load("doubler")  # a saved_model.pb: load its folder
assert loaded(tf.constant([1.5])).numpy().tolist() == [3.0]
# --8<-- [end:fix]
