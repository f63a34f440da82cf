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
index = interpreter.get_input_details()[0]["index"]
out = interpreter.get_output_details()[0]["index"]

input_view = interpreter.tensor(index)()  # a view into the interpreter
input_view[:] = np.ones((1, 4), np.float32)
try:
    interpreter.invoke()
except RuntimeError as error:
    print(" ".join(str(error).split()))
#> There is at least 1 reference to internal data in the interpreter in the form of a numpy array or slice. Be sure to only hold the function returned from tensor() if you are using raw data access.
# --8<-- [end:problem]

# --8<-- [start:fix]
del input_view  # or: never keep what tensor(index)() returns
input_tensor = interpreter.tensor(index)  # keep the function instead
input_tensor()[:] = np.ones((1, 4), np.float32)
interpreter.invoke()
np.testing.assert_allclose(interpreter.tensor(out)(), model(np.ones((1, 4))),
                           rtol=1e-6, atol=1e-6)
y = interpreter.get_tensor(out)  # a copy: safe to keep
interpreter.invoke()
np.testing.assert_allclose(y, interpreter.get_tensor(out))
# --8<-- [end:fix]
