# --8<-- [start:problem]
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf

try:
    import pkg_resources  # noqa: F401  setuptools < 82 still ships it: nothing to do
except ModuleNotFoundError:  # setuptools >= 82 (this site has 84): see the pkg_resources entry
    shim = types.ModuleType("pkg_resources")  # a stand-in with the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub  # noqa: E402


class Embed(tf.Module):  # stands in for a TF Hub model
    def __init__(self):
        self.w = tf.Variable(tf.random.stateless_normal((3, 2), seed=(0, 0)))

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


tf.saved_model.save(Embed(), "embed")
inputs = keras.Input(shape=(3,))  # a Keras 3 symbolic tensor
try:
    hub.KerasLayer("embed")(inputs)
except TypeError as error:
    message = str(error)  # "Exception encountered when calling layer 'keras_layer' ..."
    print(message[message.index("A KerasTensor"):].split(". ")[0] + ".")
#> A KerasTensor cannot be used as input to a TensorFlow function.
# --8<-- [end:problem]

# --8<-- [start:fix]
features = keras.layers.TFSMLayer("embed", call_endpoint="__call__")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(features))
x = np.ones((2, 3), "float32")
hub_outputs = hub.KerasLayer("embed")(x)  # the hub layer still works eagerly, on real data
np.testing.assert_allclose(model.layers[1](x), hub_outputs, rtol=1e-6)  # same outputs
print(model(x).shape)
#> (2, 1)
# --8<-- [end:fix]
