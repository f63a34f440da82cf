# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"),
                          keras.layers.Dense(8, activation="relu"),
                          keras.layers.Dense(2)])
with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
    tflite_model = tf.lite.TFLiteConverter.from_keras_model(model).convert()


def run(interpreter, x):
    interpreter.allocate_tensors()
    interpreter.set_tensor(interpreter.get_input_details()[0]["index"], x)
    interpreter.invoke()
    relu = next(d for d in interpreter.get_tensor_details()
                if d["name"].endswith("Relu"))  # the hidden layer's output
    return interpreter.get_tensor(relu["index"])


x = np.random.default_rng(0).random((1, 4)).astype(np.float32)
try:
    run(tf.lite.Interpreter(model_content=tflite_model), x)
except ValueError as error:
    print(error)
#> Tensor data is null. Run allocate_tensors() first
# --8<-- [end:problem]

# --8<-- [start:fix]
keep_all = tf.lite.Interpreter(model_content=tflite_model,
                               experimental_preserve_all_tensors=True)
hidden = run(keep_all, x)
first_layer = keras.Model(model.inputs[0], model.layers[0].output)
np.testing.assert_allclose(hidden, first_layer(x), rtol=1e-6, atol=1e-6)
# --8<-- [end:fix]
