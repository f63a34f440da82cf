# --8<-- [start:problem]
import glob

import numpy as np
import tensorflow as tf


class Classifier(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(tf.random.stateless_normal([4, 2], seed=[1, 2]))

    @tf.function(input_signature=[tf.TensorSpec([1, 4], tf.float32, "x")])
    def __call__(self, x):
        return tf.nn.relu(x @ self.w)


INT16X8 = [  # 16-bit activations, 8-bit weights
    tf.lite.OpsSet.EXPERIMENTAL_TFLITE_BUILTINS_ACTIVATIONS_INT16_WEIGHTS_INT8]


def quantize(module, representative_dataset, ops=INT16X8):
    converter = tf.lite.TFLiteConverter.from_concrete_functions(
        [module.__call__.get_concrete_function()], module)
    converter.optimizations = [tf.lite.Optimize.DEFAULT]
    converter.representative_dataset = representative_dataset
    converter.target_spec.supported_ops = ops
    return converter.convert()


def from_files():  # the calibration samples, one per file...
    for path in glob.glob("calibration/*.npy"):  # ...but none is there
        yield [np.load(path)]


classifier = Classifier()
try:
    quantize(classifier, from_files)
except RuntimeError as error:
    print(str(error).splitlines()[0])
#> Max and min for dynamic tensors should be recorded during calibration: Failed for tensor serving_default_x:0
silent = quantize(classifier, from_files, [tf.lite.OpsSet.TFLITE_BUILTINS])
print(type(silent).__name__)  # the default ops: no error, no data either
#> bytes
# --8<-- [end:problem]

# --8<-- [start:fix]
rng = np.random.default_rng(0)
samples = [rng.random((1, 4)).astype(np.float32) for _ in range(100)]


def representative_dataset():
    for sample in samples:  # real inputs, shaped and typed as the model's
        yield [sample]


assert len(list(representative_dataset())) == 100  # check it yields
run = tf.lite.Interpreter(
    model_content=quantize(classifier, representative_dataset),
).get_signature_runner()
x = rng.random((1, 4)).astype(np.float32)
error = np.abs(run(x=x)["output_0"] - classifier(x)).max()
assert error < 0.01, error  # quantized: close, not equal
# --8<-- [end:fix]
