# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf
from tensorflow.lite.python.convert_phase import ConverterError


def to_tflite(keras_model):
    with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
        converter = tf.lite.TFLiteConverter.from_keras_model(keras_model)
        return converter.convert()


keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((5, 3), name="x"),
                          keras.layers.LSTM(4)])
try:
    to_tflite(model)
except ConverterError as error:
    line = next(s for s in str(error).splitlines() if "TensorList" in s)
    print(line.split("): ")[-1])
#> 'tf.TensorListReserve' op requires element_shape to be static during TF Lite transformation pass
# --8<-- [end:problem]

# --8<-- [start:fix]
fixed = keras.Sequential([
    keras.Input((5, 3), batch_size=1, name="x"),  # (1)!
    keras.layers.LSTM(4)])
fixed.set_weights(model.get_weights())
interpreter = tf.lite.Interpreter(model_content=to_tflite(fixed))
run = interpreter.get_signature_runner()
x = np.random.default_rng(0).random((1, 5, 3)).astype(np.float32)
y = run(x=x)["output_0"]
np.testing.assert_allclose(y, model(x), rtol=1e-5, atol=1e-5)
# --8<-- [end:fix]
