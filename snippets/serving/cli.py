# --8<-- [start:export]
import contextlib
import io
import shlex

import tensorflow as tf
from tensorflow.python.tools import saved_model_cli as cli


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
tf.saved_model.save(model, "models/regressor/1",
                    signatures={"serving_default": model.predict})


def saved_model_cli(arguments):
    """Runs `saved_model_cli ARGUMENTS` here; returns what it prints."""
    cli.flags.FLAGS.unparse_flags()  # (1)!
    command = cli.create_parser().parse_args(shlex.split(arguments))
    with contextlib.redirect_stdout(io.StringIO()) as out:
        command.func()
    return out.getvalue().strip()
# --8<-- [end:export]


# --8<-- [start:show]
print(saved_model_cli("show --dir models/regressor/1 --tag_set serve"))
#> The given SavedModel MetaGraphDef contains SignatureDefs with the following keys:
#> SignatureDef key: "__saved_model_init_op"
#> SignatureDef key: "serving_default"
# --8<-- [end:show]

# --8<-- [start:show_signature]
print(saved_model_cli("show --dir models/regressor/1 --tag_set serve "
                      "--signature_def serving_default"))
#> The given SavedModel SignatureDef contains the following input(s):
#>   inputs['x'] tensor_info:
#>       dtype: DT_FLOAT
#>       shape: (-1, 2)
#>       name: serving_default_x:0
#> The given SavedModel SignatureDef contains the following output(s):
#>   outputs['y'] tensor_info:
#>       dtype: DT_FLOAT
#>       shape: (-1, 1)
#>       name: StatefulPartitionedCall:0
#> Method name is: tensorflow/serving/predict
# --8<-- [end:show_signature]

# --8<-- [start:run]
print(saved_model_cli("run --dir models/regressor/1 --tag_set serve "
                      "--signature_def serving_default "
                      "--input_exprs 'x=[[1.0, 2.0], [0.0, 0.0]]'"))
#> Result for output key y:
#> [[0.5]
#>  [0.5]]
# --8<-- [end:run]
