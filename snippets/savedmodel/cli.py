# --8<-- [start:save]
import subprocess
import sys

import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(
        input_signature=[tf.TensorSpec([None, 3], tf.float32, name="x")])
    def __call__(self, x):
        return {"doubled": 2.0 * x}


tf.saved_model.save(Doubler(), "doubler")
# --8<-- [end:save]

# --8<-- [start:show]
# The same as running `saved_model_cli show --dir doubler --tag_set serve
# --signature_def serving_default` in a shell.
result = subprocess.run(
    [sys.executable, "-m", "tensorflow.python.tools.saved_model_cli", "show",
     "--dir", "doubler", "--tag_set", "serve",
     "--signature_def", "serving_default"],
    capture_output=True, text=True, check=True)
print(result.stdout.strip())
#> The given SavedModel SignatureDef contains the following input(s):
#>   inputs['x'] tensor_info:
#>       dtype: DT_FLOAT
#>       shape: (-1, 3)
#>       name: serving_default_x:0
#> The given SavedModel SignatureDef contains the following output(s):
#>   outputs['doubled'] tensor_info:
#>       dtype: DT_FLOAT
#>       shape: (-1, 3)
#>       name: PartitionedCall:0
#> Method name is: tensorflow/serving/predict
# --8<-- [end:show]
