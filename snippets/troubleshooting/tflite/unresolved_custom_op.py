# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class Dilate(tf.Module):  # grey-level dilation, 3x3, flat
    @tf.function(input_signature=[tf.TensorSpec([1, 5, 5, 1], tf.float32)])
    def __call__(self, image):
        return tf.nn.dilation2d(
            image, tf.zeros([3, 3, 1]), strides=[1, 1, 1, 1],
            padding="SAME", data_format="NHWC", dilations=[1, 1, 1, 1])


def converter(module):
    return tf.lite.TFLiteConverter.from_concrete_functions(
        [module.__call__.get_concrete_function()], module)


dilate = Dilate()
with_custom = converter(dilate)
with_custom.allow_custom_ops = True  # silences the converter's refusal
interpreter = tf.lite.Interpreter(model_content=with_custom.convert())
try:
    interpreter.allocate_tensors()
except RuntimeError as error:
    print(str(error).splitlines()[0])
    print(str(error).splitlines()[1].split("custom ")[1])
#> Encountered unresolved custom op: Dilation2D.
#> Node number 0 (Dilation2D) failed to prepare.
# --8<-- [end:problem]

# --8<-- [start:fix]
class DilateBuiltin(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([1, 5, 5, 1], tf.float32)])
    def __call__(self, image):  # a flat dilation is a stride-1 max pool
        return tf.nn.max_pool2d(image, 3, 1, "SAME")


builtin = DilateBuiltin()
tflite_model = converter(builtin).convert()  # no custom op left
run = tf.lite.Interpreter(model_content=tflite_model).get_signature_runner()
image = np.random.default_rng(0).normal(size=(1, 5, 5, 1)).astype(np.float32)
(out,) = run(image=image).values()
np.testing.assert_allclose(out, dilate(image))  # same as tf.nn.dilation2d
# --8<-- [end:fix]
