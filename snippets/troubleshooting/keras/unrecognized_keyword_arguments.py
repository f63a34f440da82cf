# --8<-- [start:problem]
import keras
import numpy as np


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
# --8<-- [end:problem]

# --8<-- [start:fix]
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
# --8<-- [end:fix]
