# --8<-- [start:module]
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf
import tf_keras

try:
    import pkg_resources  # noqa: F401  setuptools < 82 still ships it: nothing to do
except ModuleNotFoundError:  # setuptools >= 82 (this site has 84): see the pkg_resources entry
    shim = types.ModuleType("pkg_resources")  # a stand-in with the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub  # noqa: E402


class Embed(tf.Module):  # a TF2 SavedModel like those on TF Hub / Kaggle Models
    def __init__(self):
        self.w = tf.Variable(tf.random.stateless_normal((3, 2), seed=(0, 0)))

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


tf.saved_model.save(Embed(), "embed")  # a local handle: no download
x = np.ones((2, 3), "float32")
# --8<-- [end:module]

# --8<-- [start:keras2]
hub_layer = hub.KerasLayer("embed")
assert isinstance(hub_layer, tf_keras.layers.Layer)  # a Keras 2 layer...
assert not isinstance(hub_layer, keras.Layer)  # ...not a Keras 3 one
old = tf_keras.Sequential([tf_keras.Input(shape=(3,)), hub_layer])  # a Keras 2 model
print(old(x).shape)
#> (2, 2)
# --8<-- [end:keras2]

# --8<-- [start:keras3]
layer = keras.layers.TFSMLayer("embed", call_endpoint="__call__")  # Keras 3
assert not isinstance(layer(x), dict)  # `__call__` returns the tensor itself
new = keras.Sequential([keras.Input(shape=(3,)), layer])
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
print(new(x).shape, [w.trainable for w in layer.weights])
#> (2, 2) [True]
# --8<-- [end:keras3]
