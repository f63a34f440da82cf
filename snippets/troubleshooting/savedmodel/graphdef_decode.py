# --8<-- [start:problem]
import hashlib

import numpy as np
import tensorflow as tf
from google.protobuf import message, text_format
from tensorflow.core.protobuf import saved_model_pb2


class Doubler(tf.Module):
    @tf.function(
        input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return 2.0 * x


graph_def = Doubler().__call__.get_concrete_function().graph.as_graph_def()
tf.io.write_graph(graph_def, ".", "frozen.pb", as_text=False)  # the real one
with open("frozen.pb", "rb") as f:
    real = f.read()
# The files that reports fed to ParseFromString instead:
tf.saved_model.save(Doubler(), "doubler")  # 1. a SavedModel's saved_model.pb
tf.io.write_graph(graph_def, ".", "graph.pbtxt", as_text=True)  # 2. text
with open("page.pb", "w") as f:  # 3. a web page saved under the model's name
    f.write("<!DOCTYPE html>\n<html><title>frozen.pb at main</title></html>\n")
with open("pointer.pb", "w") as f:  # 4. what a clone without Git LFS holds
    f.write("version https://git-lfs.github.com/spec/v1\n"
            f"oid sha256:{hashlib.sha256(real).hexdigest()}\n"
            f"size {len(real)}\n")
with open("cut.pb", "wb") as f:  # 5. a download that stopped early
    f.write(real[:len(real) // 2])

paths = ["doubler/saved_model.pb", "graph.pbtxt", "page.pb", "pointer.pb",
         "cut.pb"]
errors = set()
for path in paths:
    try:
        with open(path, "rb") as f:
            tf.compat.v1.GraphDef().ParseFromString(f.read())
    except message.DecodeError as error:
        errors.add(str(error))
print(len(errors), errors.pop())  # five files, one message
#> 1 Error parsing message with type 'tensorflow.GraphDef': Wire format was corrupt
# --8<-- [end:problem]

# --8<-- [start:fix]
def what_is(path):
    """What a file given as a frozen graph really holds, and its size."""
    with open(path, "rb") as f:
        data = f.read()
    if data.startswith(b"version https://git-lfs"):
        return "Git LFS pointer", len(data)
    if data.lstrip()[:20].lower().startswith((b"<!doctype html", b"<html")):
        return "HTML page", len(data)
    for kind in (tf.compat.v1.GraphDef, saved_model_pb2.SavedModel):
        try:
            kind.FromString(data)
            return kind.__name__, len(data)
        except message.DecodeError:
            pass
    try:
        text_format.Parse(data.decode(), tf.compat.v1.GraphDef())
        return "text GraphDef", len(data)
    except (UnicodeDecodeError, text_format.ParseError):
        return "none of these: cut short?", len(data)


for path in ["frozen.pb"] + paths:
    print(f"{path}: {what_is(path)[0]}")
#> frozen.pb: GraphDef
#> doubler/saved_model.pb: SavedModel
#> graph.pbtxt: text GraphDef
#> page.pb: HTML page
#> pointer.pb: Git LFS pointer
#> cut.pb: none of these: cut short?
# the size published with the file (a pointer's `size` line says it too):
print(what_is("cut.pb")[1], "of", len(real), "bytes")
#> 105 of 210 bytes
# A cut between two fields even parses, silently missing the rest:
parsed = []
for size in range(len(real)):
    try:
        parsed.append(len(tf.compat.v1.GraphDef.FromString(real[:size]).node))
    except message.DecodeError:
        pass
print(len(graph_def.node), sorted(set(parsed)))
#> 4 [0, 1, 2, 3, 4]
# --8<-- [end:fix]

# --8<-- [start:load_each]
x = tf.constant([1.5, -2.0])
with open("graph.pbtxt") as f:
    text = text_format.Parse(f.read(), tf.compat.v1.GraphDef())
for frozen in [tf.compat.v1.GraphDef.FromString(real), text]:
    run = tf.compat.v1.wrap_function(
        lambda g=frozen: tf.compat.v1.import_graph_def(g, name=""), [])
    np.testing.assert_array_equal(run.prune("x:0", "Identity:0")(x), 2.0 * x)
loaded = tf.saved_model.load("doubler")  # a saved_model.pb: load its folder
np.testing.assert_array_equal(loaded(x), 2.0 * x)
# --8<-- [end:load_each]
