# --8<-- [start:layer]
import keras
import numpy as np


@keras.saving.register_keras_serializable(package="basics")  # (1)!
class Scale(keras.layers.Layer):
    def __init__(self, factor=1.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def build(self, input_shape):
        self.gain = self.add_weight(shape=(input_shape[-1],),
                                    initializer="ones")

    def call(self, x):
        return x * self.gain * self.factor

    def get_config(self):  # (2)!
        return {**super().get_config(), "factor": self.factor}
# --8<-- [end:layer]

# --8<-- [start:round_trip]
model = keras.Sequential([keras.Input(shape=(2,)),
                          Scale(factor=3.0, name="scale")])
model.get_layer("scale").gain.assign([1.0, 2.0])
model.save("scaled.keras")

# finds Scale by its registered name
restored = keras.models.load_model("scaled.keras")
x = np.array([[1.0, 1.0]], "float32")
print(restored(x).numpy(), restored.get_layer("scale").factor)
#> [[3. 6.]] 3.0
np.testing.assert_array_equal(restored(x), model(x))
# --8<-- [end:round_trip]

# --8<-- [start:auto_config]
# no get_config: Keras records the arguments itself
@keras.saving.register_keras_serializable(package="basics")
class Shift(keras.layers.Layer):
    def __init__(self, offset=0.0, **kwargs):
        super().__init__(**kwargs)
        self.offset = offset

    def call(self, x):
        return x + self.offset


shifted = keras.Sequential([keras.Input(shape=(2,)),
                            Shift(offset=5.0, name="shift")])
shifted.save("shifted.keras")
again = keras.models.load_model("shifted.keras")
print(again.get_layer("shift").offset, again(x).numpy())
#> 5.0 [[6. 6.]]
np.testing.assert_array_equal(again(x), shifted(x))
# --8<-- [end:auto_config]
