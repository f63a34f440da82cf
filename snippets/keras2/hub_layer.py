# --8<-- [start:module]
import importlib.util
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf
import tf_keras

# setuptools >= 82 (this site has 84) has no pkg_resources, which
# tensorflow_hub 0.16.1 imports: see the pkg_resources entry
if importlib.util.find_spec("pkg_resources") is None:
    shim = types.ModuleType("pkg_resources")  # the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub


class Embed(tf.Module):  # a TF2 SavedModel like those on TF Hub
    def __init__(self):
        normal = tf.random.stateless_normal((3, 2), seed=(0, 0))
        self.w = tf.Variable(normal)

    @tf.function
    def __call__(self, x, training=False):
        y = tf.matmul(x, self.w)
        return y * 0.5 if training else y  # stands in for dropout


embed = Embed()
spec = tf.TensorSpec([None, 3], tf.float32)
for training in (False, True):  # hub models are saved with both modes
    embed.__call__.get_concrete_function(spec, training=training)
tf.saved_model.save(embed, "embed")  # a local handle: no download
x = np.ones((2, 3), "float32")
# --8<-- [end:module]

# --8<-- [start:keras2]
hub_layer = hub.KerasLayer("embed")  # trainable=False by default
assert isinstance(hub_layer, tf_keras.layers.Layer)  # a Keras 2 layer...
assert not isinstance(hub_layer, keras.Layer)  # ...not a Keras 3 one
old = tf_keras.Sequential([tf_keras.Input(shape=(3,)), hub_layer])
print(old(x).shape, len(hub_layer.trainable_weights))
#> (2, 2) 0
# --8<-- [end:keras2]

# --8<-- [start:keras3]
assert hub.resolve("embed") == "embed"  # a folder stays as it is
layer = keras.layers.TFSMLayer(
    hub.resolve("embed"),  # a URL handle is downloaded: its folder
    call_endpoint="__call__",  # what hub.KerasLayer calls
    trainable=False,  # hub's default; TFSMLayer's own is True
)
assert not isinstance(layer(x), dict)  # `__call__` returns the tensor
np.testing.assert_allclose(layer(x), old(x), rtol=1e-6)
# in training mode too, both run the model's inference mode
np.testing.assert_allclose(layer(x, training=True), old(x, training=True))
new = keras.Sequential([keras.Input(shape=(3,)), layer, keras.layers.Dense(1)])
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((2, 1)), verbose=0)  # trains the new head only
np.testing.assert_allclose(layer(x), old(x), rtol=1e-6)  # still frozen
print(new(x).shape, len(layer.trainable_weights))
#> (2, 1) 0
# --8<-- [end:keras3]

# --8<-- [start:fine_tune]
class TrainingTFSMLayer(keras.layers.TFSMLayer):
    """Passes `training` on as hub.KerasLayer does: True only when the
    layer is trainable and called for training."""

    def call(self, inputs, training=False):
        training = bool(training) and self.trainable
        return self.call_endpoint_fn(inputs, training=training)


tuned = TrainingTFSMLayer("embed", call_endpoint="__call__")
plain = keras.layers.TFSMLayer("embed", call_endpoint="__call__")
print(len(tuned.trainable_weights), len(plain.trainable_weights))
#> 1 1
np.testing.assert_allclose(tuned(x, training=True), 0.5 * plain(x))
np.testing.assert_allclose(plain(x, training=True), plain(x))  # (1)!
tuned.trainable = False  # frozen again: inference mode, as in hub
np.testing.assert_allclose(tuned(x, training=True), plain(x))
tuned.trainable = True
tuning = keras.Sequential([
    keras.Input(shape=(3,)), tuned, keras.layers.Dense(1)])
tuning.compile(optimizer="sgd", loss="mean_squared_error")
start = tuned(x).numpy()
tuning.fit(x, np.ones((2, 1)), verbose=0)
assert not np.allclose(tuned(x), start)  # the hub model's weights moved
# --8<-- [end:fine_tune]
