# --8<-- [start:problem]
import importlib.util
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf

# setuptools >= 82 has no pkg_resources: see the pkg_resources entry
if importlib.util.find_spec("pkg_resources") is None:
    shim = types.ModuleType("pkg_resources")  # the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub


class Embed(tf.Module):  # stands in for a TF Hub model (TF2 SavedModel)
    def __init__(self):
        normal = tf.random.stateless_normal((3, 2), seed=(0, 0))
        self.w = tf.Variable(normal)

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


tf.saved_model.save(Embed(), "embed")  # a local folder: no download
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
layer = keras.layers.TFSMLayer(
    hub.resolve("embed"),  # the same handle: a URL or a folder
    call_endpoint="__call__",
    trainable=False,  # frozen, as hub.KerasLayer was by default
)
model = keras.Sequential([
    keras.Input(shape=(3,)),
    layer,
    keras.layers.Dense(1),
])
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(layer(x), hub_layer(x), rtol=1e-6)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((2, 1)), verbose=0)  # trains the head
np.testing.assert_allclose(layer(x), hub_layer(x), rtol=1e-6)  # frozen
print(model(x).shape, len(model.trainable_weights))  # the head's 2 only
#> (2, 1) 2
# --8<-- [end:fix]
