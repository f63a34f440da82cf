# --8<-- [start:problem]
import keras
import numpy as np


class Offset(keras.layers.Layer):
    def __init__(self, table, **kwargs):  # a NumPy array argument
        super().__init__(**kwargs)
        self.table = np.asarray(table, "float32")

    def call(self, x):
        return x + self.table


model = keras.Sequential([keras.Input(shape=(3,)), Offset(np.array([1.0, 2.0, 3.0]))])
try:
    model.save("offset.keras")
except NotImplementedError as error:
    print(" ".join(str(error).split()[:23]))
#> Object Offset was created by passing non-serializable argument values in `__init__()`, and therefore the object must override `get_config()` in order to be serializable.
# --8<-- [end:problem]

# --8<-- [start:auto_config]
class Shift(keras.layers.Layer):  # no get_config, but a plain float argument
    def __init__(self, amount, **kwargs):
        super().__init__(**kwargs)
        self.amount = amount

    def call(self, x):
        return x + self.amount


keras.Sequential([keras.Input(shape=(3,)), Shift(2.5)]).save("shift.keras")
shift = keras.models.load_model("shift.keras", custom_objects={"Shift": Shift}).layers[0]
print(shift.amount)  # Keras recorded the argument by itself
#> 2.5
# --8<-- [end:auto_config]

# --8<-- [start:fix]
class Offset(keras.layers.Layer):  # noqa: F811 - the corrected class
    def __init__(self, table, **kwargs):
        super().__init__(**kwargs)
        self.table = np.asarray(table, "float32")  # a list in the config comes back as an array

    def call(self, x):
        return x + self.table

    def get_config(self):
        return {**super().get_config(), "table": self.table.tolist()}  # JSON-friendly


model = keras.Sequential([keras.Input(shape=(3,)), Offset(np.array([1.0, 2.0, 3.0]))])
model.save("offset.keras")
restored = keras.models.load_model("offset.keras", custom_objects={"Offset": Offset})
np.testing.assert_allclose(restored(np.zeros((1, 3), "float32")), [[1.0, 2.0, 3.0]])
print(restored.layers[0].table)
#> [1. 2. 3.]
# --8<-- [end:fix]
