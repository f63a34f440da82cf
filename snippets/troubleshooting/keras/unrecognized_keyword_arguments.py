# --8<-- [start:problem]
import os

import keras
import numpy as np
import tf_keras

# A Keras 2 .h5 file, as TF <= 2.15 (and tf_keras) wrote them:
old = tf_keras.Sequential([tf_keras.Input(shape=(8, 8, 3)),
                           tf_keras.layers.DepthwiseConv2D(3, trainable=False),
                           tf_keras.layers.GlobalAveragePooling2D(),
                           tf_keras.layers.Dense(2)])
old.save("keras_model.h5")
try:
    keras.models.load_model("keras_model.h5", compile=False)
except TypeError as error:
    lines = str(error).splitlines()
    assert lines[0].startswith("Error when deserializing class")
    print(lines[-1])
#> Exception encountered: Unrecognized keyword arguments passed to DepthwiseConv2D: {'groups': 1}
# --8<-- [end:problem]

# --8<-- [start:fix]
class DepthwiseConv2D(keras.layers.DepthwiseConv2D):
    @classmethod
    def from_config(cls, config):  # builds Keras' own class, not this one
        config.pop("groups", None)  # Keras 2 wrote groups=1; Keras 3 has none
        return keras.layers.DepthwiseConv2D.from_config(config)


model = keras.models.load_model(
    "keras_model.h5", compile=False,
    custom_objects={"DepthwiseConv2D": DepthwiseConv2D})
x = np.random.default_rng(0).random((1, 8, 8, 3), "float32")
np.testing.assert_allclose(model(x), old(x), rtol=1e-5)
assert not model.layers[0].trainable  # still frozen
print(type(model.layers[0]).__module__, model.count_params())
#> keras.src.layers.convolutional.depthwise_conv2d 38
model.compile(optimizer="adam", loss="mse")  # a new optimizer, from zero
model.fit(x, np.zeros((1, 2)), epochs=1, verbose=0)  # trains on
print(model.optimizer.iterations.numpy())
#> 1
model.save("model.keras")  # a plain Keras 3 file: loads without the class
os.remove("keras_model.h5")
again = keras.models.load_model("model.keras")  # no custom_objects
np.testing.assert_allclose(again(x), model(x), rtol=1e-6)
assert not again.layers[0].trainable
# --8<-- [end:fix]

# --8<-- [start:config_key]
class Scale(keras.layers.Layer):
    def __init__(self, factor=1.0, **kwargs):
        super().__init__(**kwargs)
        self.scale = factor

    def call(self, x):
        return x * self.scale

    def get_config(self):  # the key is not the argument's name
        return {**super().get_config(), "scale": self.scale}


keras.Sequential([keras.Input(shape=(2,)), Scale(3.0)]).save("scale.keras")
try:
    keras.models.load_model("scale.keras", custom_objects={"Scale": Scale})
except TypeError as error:
    assert "could not be deserialized properly" in str(error).splitlines()[0]
    print(str(error).splitlines()[-1])
#> Exception encountered: Unrecognized keyword arguments passed to Scale: {'scale': 3.0}
# --8<-- [end:config_key]

# --8<-- [start:config_fix]
class Scale(keras.layers.Layer):  # the corrected class
    def __init__(self, factor=1.0, **kwargs):
        super().__init__(**kwargs)
        self.scale = factor

    def call(self, x):
        return x * self.scale

    def get_config(self):  # one key per __init__ argument, same name
        return {**super().get_config(), "factor": self.scale}


keras.Sequential([keras.Input(shape=(2,)), Scale(3.0)]).save("scale.keras")
model = keras.models.load_model("scale.keras", custom_objects={"Scale": Scale})
np.testing.assert_allclose(model(np.ones((1, 2), "float32")), [[3.0, 3.0]])
print(model.layers[0].get_config()["factor"])
#> 3.0
# --8<-- [end:config_fix]
