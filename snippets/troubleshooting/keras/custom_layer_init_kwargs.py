# --8<-- [start:problem]
import keras
import numpy as np


class Scale(keras.layers.Layer):
    def __init__(self, factor):  # no **kwargs
        super().__init__()
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        # has name, trainable, dtype
        return {**super().get_config(), "factor": self.factor}


keras.Sequential([keras.Input(shape=(2,)), Scale(3.0)]).save("scale.keras")
try:
    keras.models.load_model("scale.keras", custom_objects={"Scale": Scale})
except TypeError as error:
    assert "could not be deserialized properly" in str(error).splitlines()[0]
    print(str(error).splitlines()[-1])
#> Exception encountered: Scale.__init__() got an unexpected keyword argument 'name'
assert {"name", "trainable", "dtype"} <= set(Scale(3.0).get_config())
# --8<-- [end:problem]

# --8<-- [start:fix]
class Scale(keras.layers.Layer):  # corrected: the file saved above loads
    def __init__(self, factor, **kwargs):  # accept name, trainable, dtype...
        super().__init__(**kwargs)  # ...and hand them to Layer
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


model = keras.models.load_model("scale.keras", custom_objects={"Scale": Scale})
np.testing.assert_allclose(model(np.ones((1, 2), "float32")), [[3.0, 3.0]])
print(model.layers[0].factor)
#> 3.0
# --8<-- [end:fix]
