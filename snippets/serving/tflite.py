# --8<-- [start:convert]
import contextlib
import io
import shutil
import warnings

import keras
import numpy as np
import tensorflow as tf


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
tf.saved_model.save(model, "regressor",
                    signatures={"serving_default": model.predict})
converter = tf.lite.TFLiteConverter.from_saved_model("regressor")
from_saved_model = converter.convert()

from_function = tf.lite.TFLiteConverter.from_concrete_functions(
    [model.predict.get_concrete_function()], model).convert()  # (1)!

keras.utils.set_random_seed(0)
keras_model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
with contextlib.redirect_stdout(io.StringIO()):  # (2)!
    converter = tf.lite.TFLiteConverter.from_keras_model(keras_model)
    from_keras = converter.convert()
print([type(m).__name__
       for m in [from_saved_model, from_function, from_keras]])
#> ['bytes', 'bytes', 'bytes']
with open("regressor.tflite", "wb") as f:
    f.write(from_saved_model)
# --8<-- [end:convert]

# --8<-- [start:interpreter]
shutil.rmtree("regressor")  # the .tflite file needs nothing else
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    interpreter = tf.lite.Interpreter(model_path="regressor.tflite")
print(" ".join(str(caught[0].message).split()).split(" Please")[0])
#> Warning: tf.lite.Interpreter is deprecated and is scheduled for deletion in TF 2.20.
print(interpreter.get_signature_list())
#> {'serving_default': {'inputs': ['x'], 'outputs': ['y']}}
run = interpreter.get_signature_runner("serving_default")
x = np.array([[1.0, 2.0], [3.0, 0.5]], dtype=np.float32)
np.testing.assert_allclose(run(x=x)["y"], model.predict(x)["y"],
                           rtol=1e-6, atol=1e-6)
print(run(x=x)["y"].ravel().tolist())
#> [0.5, 6.0]
# --8<-- [end:interpreter]

# --8<-- [start:compare]
pairs = [(from_function, model.predict), (from_keras, keras_model)]
for tflite_model, original in pairs:
    interpreter = tf.lite.Interpreter(model_content=tflite_model)
    runner = interpreter.get_signature_runner()
    (expected,) = tf.nest.flatten(original(x))
    (got,) = runner(**{runner.get_input_details().popitem()[0]: x}).values()
    np.testing.assert_allclose(got, expected, rtol=1e-6, atol=1e-6)  # (1)!
print("all three match")
#> all three match
# --8<-- [end:compare]
