# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"), keras.layers.Dense(2)])
with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(model).convert()
interpreter = tf.lite.Interpreter(model_content=tflite_model)
interpreter.allocate_tensors()
detail = interpreter.get_input_details()[0]

x = np.random.default_rng(0).random((1, 4))  # NumPy's default: float64
try:
    interpreter.set_tensor(detail["index"], x)
except ValueError as error:
    print(str(error).strip())
#> Cannot set tensor: Got value of type FLOAT64 but expected type FLOAT32 for input 0, name: serving_default_x:0
# --8<-- [end:problem]

# --8<-- [start:fix]
print(detail["dtype"].__name__)
#> float32
interpreter.set_tensor(detail["index"], x.astype(detail["dtype"]))
interpreter.invoke()
out = interpreter.get_output_details()[0]["index"]
np.testing.assert_allclose(interpreter.get_tensor(out), model(x),
                           rtol=1e-6, atol=1e-6)
# --8<-- [end:fix]
