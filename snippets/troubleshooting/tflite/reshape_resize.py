# --8<-- [start:problem]
import contextlib
import io

import keras
import numpy as np
import tensorflow as tf
from tensorflow.lite.python.interpreter import OpResolverType


def to_tflite(keras_model):
    with contextlib.redirect_stdout(io.StringIO()):  # it lists the endpoints
        converter = tf.lite.TFLiteConverter.from_keras_model(keras_model)
        return converter.convert()


def layers():
    return [keras.layers.Reshape((4, 4)), keras.layers.Dense(2)]


keras.utils.set_random_seed(0)
fixed = keras.Sequential([keras.Input((16,), batch_size=1), *layers()])
interpreter = tf.lite.Interpreter(
    model_content=to_tflite(fixed),
    experimental_op_resolver_type=(  # (1)!
        OpResolverType.BUILTIN_WITHOUT_DEFAULT_DELEGATES))
index = interpreter.get_input_details()[0]["index"]
interpreter.resize_tensor_input(index, [2, 16])  # a batch of 2
try:
    interpreter.allocate_tensors()
except RuntimeError as error:
    print(str(error).split(" ", 1)[1])
#> num_input_elements != num_output_elements (32 != 16)Node number 0 (RESHAPE) failed to prepare.

default = tf.lite.Interpreter(model_content=to_tflite(fixed))
default.resize_tensor_input(index, [2, 16])
try:
    default.allocate_tensors()
except RuntimeError as error:
    print(error)
#> XNNPack delegate failed to reshape runtimeNode number 2 (TfLiteXNNPackDelegate) failed to prepare.
# --8<-- [end:problem]

# --8<-- [start:fix]
dynamic = keras.Sequential([keras.Input((16,)), *layers()])  # batch: None
dynamic.set_weights(fixed.get_weights())
interpreter = tf.lite.Interpreter(model_content=to_tflite(dynamic))
detail = interpreter.get_input_details()[0]
print(detail["shape_signature"].tolist())
#> [-1, 16]
x = np.random.default_rng(0).random((2, 16)).astype(np.float32)
interpreter.resize_tensor_input(detail["index"], x.shape)
interpreter.allocate_tensors()
interpreter.set_tensor(detail["index"], x)
interpreter.invoke()
y = interpreter.get_tensor(interpreter.get_output_details()[0]["index"])
np.testing.assert_allclose(y, dynamic(x), rtol=1e-6, atol=1e-6)
np.testing.assert_allclose(y[:1], fixed(x[:1]), rtol=1e-6, atol=1e-6)
# --8<-- [end:fix]
