# --8<-- [start:problem]
import contextlib
import io

import tensorflow as tf
from tensorflow.python.tools import saved_model_cli

v1 = tf.compat.v1

# a TF1 export with the tag "train"
with tf.Graph().as_default(), v1.Session() as sess:
    x = v1.placeholder(tf.float32, [None], name="x")
    y = tf.multiply(x, v1.Variable(3.0, name="w"), name="y")
    sess.run(v1.global_variables_initializer())
    builder = v1.saved_model.Builder("tf1_model")
    builder.add_meta_graph_and_variables(sess, ["train"], signature_def_map={
        "serving_default":
            v1.saved_model.predict_signature_def({"x": x}, {"y": y})})
    builder.save()

try:
    tf.saved_model.load("tf1_model", tags=["serve"])
except RuntimeError as error:
    print(str(error).split(", with")[0])
#> MetaGraphDef associated with tags 'serve' could not be found in SavedModel
# --8<-- [end:problem]

# --8<-- [start:fix]
parser = saved_model_cli.create_parser()
command = parser.parse_args(["show", "--dir", "tf1_model"])
with contextlib.redirect_stdout(io.StringIO()) as out:
    # in-process, the same as `saved_model_cli show --dir tf1_model`
    command.func()
print(out.getvalue().strip())
#> The given SavedModel contains the following tag-sets:
#> 'train'
# or no tags= for one MetaGraph
loaded = tf.saved_model.load("tf1_model", tags=["train"])
result = loaded.signatures["serving_default"](x=tf.constant([1.0, 2.0]))
assert result["y"].numpy().tolist() == [3.0, 6.0]
# --8<-- [end:fix]
