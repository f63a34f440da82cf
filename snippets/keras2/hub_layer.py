# --8<-- [start:module]
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf
import tf_keras

shim = types.ModuleType("pkg_resources")  # tensorflow_hub 0.16.1 needs it, setuptools 82 dropped it
shim.parse_version = packaging.version.parse
sys.modules.setdefault("pkg_resources", shim)
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
old = tf_keras.Sequential([tf_keras.Input(shape=(3,)), hub.KerasLayer("embed")])  # Keras 2
print(old(x).shape)
#> (2, 2)
# --8<-- [end:keras2]

# --8<-- [start:keras3]
layer = keras.layers.TFSMLayer("embed", call_endpoint="__call__")  # Keras 3
new = keras.Sequential([keras.Input(shape=(3,)), layer])
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
print(new(x).shape, [w.trainable for w in layer.weights])
#> (2, 2) [True]
# --8<-- [end:keras3]
