# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"), keras.layers.Dense(2)])
model.save("model.keras")
converter = tf.lite.TFLiteConverter.from_keras_model("model.keras")
try:
    converter.convert()
except AttributeError as error:
    print(error)
#> 'str' object has no attribute 'call'
# --8<-- [end:problem]

# --8<-- [start:fix]
# a model, not its path; converting needs no optimizer
loaded = keras.models.load_model("model.keras", compile=False)
with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(loaded).convert()
run = tf.lite.Interpreter(model_content=tflite_model).get_signature_runner()
x = np.random.default_rng(0).random((1, 4)).astype(np.float32)
np.testing.assert_allclose(run(x=x)["output_0"], model(x),
                           rtol=1e-6, atol=1e-6)
# --8<-- [end:fix]
