# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"), keras.layers.Dense(2)])
model.save("model.keras")
try:
    tf.lite.TFLiteConverter.from_keras_model_file("model.keras")
except AttributeError as error:
    print(error)
#> type object 'TFLiteConverterV2' has no attribute 'from_keras_model_file'
# --8<-- [end:problem]

# --8<-- [start:fix]
# the file becomes a model; converting needs no optimizer
loaded = keras.models.load_model("model.keras", compile=False)
with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(loaded).convert()
run = tf.lite.Interpreter(model_content=tflite_model).get_signature_runner()
x = np.random.default_rng(0).random((1, 4)).astype(np.float32)
np.testing.assert_allclose(run(x=x)["output_0"], model(x),
                           rtol=1e-6, atol=1e-6)
# the TF1 converter still has it, for TF1-era Keras 2 files only
assert hasattr(tf.compat.v1.lite.TFLiteConverter, "from_keras_model_file")
# --8<-- [end:fix]
