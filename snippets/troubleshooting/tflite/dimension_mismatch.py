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
print(detail["shape"].tolist(), detail["shape_signature"].tolist())
#> [1, 4] [-1, 4]

rng = np.random.default_rng(0)
wrong_size = rng.random((1, 6)).astype(np.float32)  # 6 features, not 4
try:
    interpreter.set_tensor(detail["index"], wrong_size)
except ValueError as error:
    print(error)
#> Cannot set tensor: Dimension mismatch. Got 6 but expected 4 for dimension 1 of input 0.

one_sample = rng.random(4).astype(np.float32)  # no batch axis
try:
    interpreter.set_tensor(detail["index"], one_sample)
except ValueError as error:
    print(error)
#> Cannot set tensor: Dimension mismatch. Got 1 but expected 2 for input 0.
# --8<-- [end:problem]

# --8<-- [start:fix]
x = one_sample[np.newaxis]  # shape (1, 4): what detail["shape"] says
assert list(x.shape) == detail["shape"].tolist()
interpreter.set_tensor(detail["index"], x)
interpreter.invoke()
out = interpreter.get_output_details()[0]["index"]
np.testing.assert_allclose(interpreter.get_tensor(out), model(x),
                           rtol=1e-6, atol=1e-6)

batch = rng.random((3, 4)).astype(np.float32)  # a batch of 3
interpreter.resize_tensor_input(detail["index"], batch.shape)  # -1 allows it
interpreter.allocate_tensors()
interpreter.set_tensor(detail["index"], batch)
interpreter.invoke()
np.testing.assert_allclose(interpreter.get_tensor(out), model(batch),
                           rtol=1e-6, atol=1e-6)
print(interpreter.get_tensor(out).shape)
#> (3, 2)
# --8<-- [end:fix]
