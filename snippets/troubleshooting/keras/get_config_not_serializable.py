# --8<-- [start:problem]
import keras
import numpy as np


class Offset(keras.layers.Layer):
    def __init__(self, table, **kwargs):  # a NumPy array argument
        super().__init__(**kwargs)
        self.table = np.asarray(table, "float32")

    def call(self, x):
        return x + self.table


model = keras.Sequential([keras.Input(shape=(3,)),
                          Offset(np.array([1.0, 2.0, 3.0]))])
try:
    model.save("offset.keras")
except NotImplementedError as error:
    print(" ".join(str(error).split()[:23]))
#> Object Offset was created by passing non-serializable argument values in `__init__()`, and therefore the object must override `get_config()` in order to be serializable.
# --8<-- [end:problem]

# --8<-- [start:auto_config]
class Shift(keras.layers.Layer):  # no get_config, a plain float argument
    def __init__(self, amount, **kwargs):
        super().__init__(**kwargs)
        self.amount = amount

    def call(self, x):
        return x + self.amount


keras.Sequential([keras.Input(shape=(3,)), Shift(2.5)]).save("shift.keras")
shift = keras.models.load_model(
    "shift.keras", custom_objects={"Shift": Shift}).layers[0]
print(shift.amount)  # Keras recorded the argument by itself
#> 2.5
# --8<-- [end:auto_config]

# --8<-- [start:fix]
class Offset(keras.layers.Layer):  # the corrected class
    def __init__(self, table, **kwargs):
        super().__init__(**kwargs)
        # a list in the config comes back as an array
        self.table = np.asarray(table, "float32")

    def call(self, x):
        return x + self.table

    def get_config(self):  # JSON-friendly: a list
        return {**super().get_config(), "table": self.table.tolist()}


model = keras.Sequential([keras.Input(shape=(3,)),
                          Offset(np.array([1.0, 2.0, 3.0]))])
model.save("offset.keras")
restored = keras.models.load_model("offset.keras",
                                   custom_objects={"Offset": Offset})
x = np.zeros((1, 3), "float32")
np.testing.assert_allclose(restored(x), [[1.0, 2.0, 3.0]])
print(restored.layers[0].table)
#> [1. 2. 3.]
# --8<-- [end:fix]

# --8<-- [start:keras_object]
class Head(keras.layers.Layer):  # a Keras object as an argument
    def __init__(self, units, regularizer=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.regularizer = regularizer
        self.dense = keras.layers.Dense(units,
                                        kernel_regularizer=regularizer)

    def build(self, input_shape):
        self.dense.build(input_shape)

    def call(self, x):
        return self.dense(x)

    def get_config(self):
        return {**super().get_config(), "units": self.units,
                "regularizer": keras.saving.serialize_keras_object(
                    self.regularizer)}

    @classmethod
    def from_config(cls, config):
        config["regularizer"] = keras.saving.deserialize_keras_object(
            config["regularizer"])
        return cls(**config)


model = keras.Sequential([keras.Input(shape=(3,)),
                          Head(2, regularizer=keras.regularizers.L2(0.01))])
model.save("head.keras")
restored = keras.models.load_model("head.keras",
                                   custom_objects={"Head": Head})
np.testing.assert_allclose(restored(x + 1), model(x + 1), rtol=1e-6)
print(restored.layers[0].regularizer.get_config())
#> {'l2': 0.01}
# --8<-- [end:keras_object]
