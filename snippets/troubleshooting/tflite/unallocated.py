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
detail = interpreter.get_input_details()[0]
x = np.random.default_rng(0).random((3, 4)).astype(np.float32)
interpreter.resize_tensor_input(detail["index"], x.shape)
try:
    interpreter.set_tensor(detail["index"], x)
except ValueError as error:
    print(error)
#> Cannot set tensor: Tensor is unallocated. Try calling allocate_tensors() first
try:
    interpreter.invoke()
except RuntimeError as error:
    print(error)
#> Invoke called on model that is not ready.
# --8<-- [end:problem]

# --8<-- [start:fix]
interpreter.allocate_tensors()  # after creating, and after every resize
interpreter.set_tensor(detail["index"], x)
interpreter.invoke()
y = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
np.testing.assert_allclose(y, model(x), rtol=1e-6, atol=1e-6)
# --8<-- [end:fix]
