# --8<-- [start:make]
import os

import tensorflow as tf
from tensorflow.core.protobuf.saved_model_pb2 import SavedModel


class Innocent(tf.Module):
    """Looks like a model; also writes a file each time it is called."""

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        tf.io.write_file("written_by_the_model.txt", "any path, any content")
        return x * 2.0


tf.saved_model.save(Innocent(), "downloaded_model")
# --8<-- [end:make]

# --8<-- [start:load_and_call]
model = tf.saved_model.load("downloaded_model")
print(os.path.exists("written_by_the_model.txt"))  # loading ran nothing...
#> False
model(tf.constant([1.0]))
print(os.path.exists("written_by_the_model.txt"))  # ...calling did
#> True
# --8<-- [end:load_and_call]

# --8<-- [start:inspect]
# Before calling: list every op type in the SavedModel's graphs, without running any.
proto = SavedModel.FromString(open("downloaded_model/saved_model.pb", "rb").read())
graph = proto.meta_graphs[0].graph_def
ops = {node.op for node in graph.node}
ops |= {node.op for function in graph.library.function for node in function.node_def}
risky = {"WriteFile", "ReadFile", "MatchingFiles", "DeleteFile", "PyFunc", "EagerPyFunc"}
print(sorted(ops & risky))
#> ['WriteFile']
# --8<-- [end:inspect]
