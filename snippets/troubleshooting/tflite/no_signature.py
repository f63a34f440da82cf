# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function  # no input_signature: not exported as a signature
    def __call__(self, x):
        return x * self.w


scaler = Scaler()
scaler(tf.constant([1.0, 2.0]))  # traced once, so it is saved
tf.saved_model.save(scaler, "scaler")
print(list(tf.saved_model.load("scaler").signatures))
#> []
try:
    tf.lite.TFLiteConverter.from_saved_model("scaler").convert()
except ValueError as error:
    print(error)
#> Only support at least one signature key.
# --8<-- [end:problem]

# --8<-- [start:fix]
spec = tf.TensorSpec([None], tf.float32, name="x")
tf.saved_model.save(scaler, "scaler", signatures={  # (1)!
    "serving_default": scaler.__call__.get_concrete_function(spec)})
print(list(tf.saved_model.load("scaler").signatures))
#> ['serving_default']
tflite_model = tf.lite.TFLiteConverter.from_saved_model("scaler").convert()
run = tf.lite.Interpreter(model_content=tflite_model).get_signature_runner()
x = np.array([1.0, 2.5], dtype=np.float32)
np.testing.assert_allclose(run(x=x)["output_0"], scaler(x))
# --8<-- [end:fix]
