# --8<-- [start:problem]
import importlib.util
import shutil
import sys
import types

import keras
import numpy as np
import packaging.version
import tensorflow as tf
import tf_keras

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
model = tf_keras.Sequential([  # Keras 2, as hub.KerasLayer needs
    tf_keras.Input(shape=(3,)),
    hub.KerasLayer("embed"),
    tf_keras.layers.Dense(1),
])
x = np.ones((2, 3), "float32")
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((2, 1)), verbose=0)  # trained, one Adam step
model.save("model.h5")
try:
    tf_keras.models.load_model("model.h5")
except ValueError as error:
    print(str(error).split(". ")[0])
#> Unknown layer: 'KerasLayer'
try:
    keras.models.load_model("model.h5")  # Keras 3 says the same
except ValueError as error:
    print(str(error).split(". ")[0])
#> Unknown layer: 'KerasLayer'
# --8<-- [end:problem]

# --8<-- [start:fix]
loaded = tf_keras.models.load_model(
    "model.h5", custom_objects={"KerasLayer": hub.KerasLayer})
np.testing.assert_allclose(loaded(x), model(x), rtol=1e-6)
assert [layer.trainable for layer in loaded.layers] == [False, True]  # kept
assert int(loaded.optimizer.iterations) == 1  # Adam's state is back
loaded.fit(x, np.ones((2, 1)), verbose=0)  # trains the head on
print(loaded.layers[0].get_config()["handle"])  # what the file keeps
#> embed
# --8<-- [end:fix]

# --8<-- [start:handle]
shutil.rmtree("embed")  # the hub model gone: the file alone is not enough
try:
    tf_keras.models.load_model(
        "model.h5", custom_objects={"KerasLayer": hub.KerasLayer})
except TypeError as error:
    print(str(error).splitlines()[-1])
#> Exception encountered: embed does not exist.
# --8<-- [end:handle]
