# --8<-- [start:problem]
import contextlib
import io
import os

import numpy as np
import tensorflow as tf
from tensorflow.python.framework.convert_to_constants import (
    convert_variables_to_constants_v2,
)
from tensorflow.python.tools import saved_model_cli

v1 = tf.compat.v1


class Doubler(tf.Module):
    @tf.function(
        input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def __call__(self, x):
        return 2.0 * x


model = Doubler()
tf.saved_model.save(model, "doubler")  # a real SavedModel, tag set {serve}
# 1. A frozen graph (a GraphDef) written under the name saved_model.pb
frozen = convert_variables_to_constants_v2(
    model.__call__.get_concrete_function())
os.makedirs("frozen")
tf.io.write_graph(frozen.graph.as_graph_def(), "frozen", "saved_model.pb",
                  as_text=False)
try:
    tf.saved_model.load("frozen", tags=["serve"])
except RuntimeError as error:
    print(str(error).split(". To")[0])
#> MetaGraphDef associated with tags 'serve' could not be found in SavedModel, with available tags '[]'
# 2. The TF1 loader given the tags as a string, not a list
with tf.Graph().as_default(), v1.Session() as sess:
    try:
        v1.saved_model.loader.load(sess, "serve", "doubler")
    except RuntimeError as error:
        print(str(error).split(". To")[0])
#> MetaGraphDef associated with tags serve could not be found in SavedModel, with available tags '[{'serve'}]'
# --8<-- [end:problem]

# --8<-- [start:fix]
def tag_sets(folder):
    """`saved_model_cli show --dir FOLDER`, run in this process."""
    parser = saved_model_cli.create_parser()
    command = parser.parse_args(["show", "--dir", folder])
    with contextlib.redirect_stdout(io.StringIO()) as out:
        command.func()
    return out.getvalue().strip().splitlines()[1:]


print(tag_sets("frozen"), tag_sets("doubler"))
#> [] ["'serve'"]
x = tf.constant([1.5, -2.0])
graph_def = v1.GraphDef.FromString(  # no tag set: load it as a GraphDef
    tf.io.read_file("frozen/saved_model.pb").numpy())
run = v1.wrap_function(lambda: v1.import_graph_def(graph_def, name=""), [])
np.testing.assert_array_equal(run.prune("x:0", "Identity:0")(x), model(x))
with tf.Graph().as_default(), v1.Session() as sess:
    meta = v1.saved_model.loader.load(sess, ["serve"], "doubler")  # a list
    signature = meta.signature_def["serving_default"]
    y = sess.run(signature.outputs["output_0"].name,
                 {signature.inputs["x"].name: [1.5, -2.0]})
np.testing.assert_array_equal(y, model(x))
# --8<-- [end:fix]
