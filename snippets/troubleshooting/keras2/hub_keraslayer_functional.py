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


class Embed(tf.Module):  # stands in for a TF Hub model
    def __init__(self):
        normal = tf.random.stateless_normal((3, 2), seed=(0, 0))
        self.w = tf.Variable(normal)

    @tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


tf.saved_model.save(Embed(), "embed")
inputs = keras.Input(shape=(3,))  # a Keras 3 symbolic tensor
try:
    hub.KerasLayer("embed")(inputs)
except TypeError as error:
    # "Exception encountered when calling layer 'keras_layer' ..."
    message = str(error)
    print(message[message.index("A KerasTensor"):].split(". ")[0] + ".")
#> A KerasTensor cannot be used as input to a TensorFlow function.
# --8<-- [end:problem]

# --8<-- [start:fix]
hub_model = keras.layers.TFSMLayer(
    hub.resolve("embed"), call_endpoint="__call__", trainable=False)
features = hub_model(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(features))
x = np.ones((2, 3), "float32")
# the hub layer still works eagerly, on real data: same outputs
before = hub.KerasLayer("embed")(x)
np.testing.assert_allclose(hub_model(x), before, rtol=1e-6)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((2, 1)), verbose=0)  # trains the head
np.testing.assert_allclose(hub_model(x), before, rtol=1e-6)  # frozen
print(model(x).shape, len(model.trainable_weights))  # the head's 2 only
#> (2, 1) 2
# --8<-- [end:fix]
