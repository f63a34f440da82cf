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


class Embed(tf.Module):  # stands in for a TF Hub model: a TF2 SavedModel with __call__
    def __init__(self):
        self.w = tf.Variable(tf.random.stateless_normal((3, 2), seed=(0, 0)))

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


tf.saved_model.save(Embed(), "embed")  # a local folder: any hub handle works the same way
hub_layer = hub.KerasLayer("embed")
try:
    keras.Sequential([keras.Input(shape=(3,)), hub_layer])
except ValueError as error:
    print(str(error).split(" Received:")[0])
#> Only instances of `keras.Layer` can be added to a Sequential model.
print(type(hub_layer).__mro__[1])  # what hub.KerasLayer is built on
#> <class 'tf_keras.src.engine.base_layer.Layer'>
# --8<-- [end:problem]

# --8<-- [start:fix]
layer = keras.layers.TFSMLayer("embed", call_endpoint="__call__")  # a Keras 3 layer
model = keras.Sequential([keras.Input(shape=(3,)), layer, keras.layers.Dense(1)])
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(layer(x), hub_layer(x), rtol=1e-6)  # same outputs as hub's layer
print(model(x).shape)
#> (2, 1)
# --8<-- [end:fix]
