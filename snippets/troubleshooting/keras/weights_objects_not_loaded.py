# --8<-- [start:problem]
import warnings

import keras
import numpy as np


@keras.saving.register_keras_serializable(package="demo")
class Block(keras.layers.Layer):
    def __init__(self, units=2, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense = keras.layers.Dense(units)

    def build(self, input_shape):
        self.dense.build(input_shape)

    def call(self, x):
        return self.dense(x)

    def get_config(self):  # forgets `units`: it comes back as 2
        return super().get_config()


model = keras.Sequential([keras.Input(shape=(3,)), Block(units=4)])
model.save("model.keras")
try:
    keras.models.load_model("model.keras")  # same code, same Keras
except ValueError as error:
    lines = str(error).splitlines()
    print(lines[0])
    print(lines[2].split(" Target")[0])
#> A total of 1 objects could not be loaded. Example error message for object <Dense name=dense_1, built=True>:
#> The shape of the target variable and the shape of the target value in `variable.assign(value)` must match. variable.shape=(3, 2), Received: value.shape=(3, 4).
# --8<-- [end:problem]

# --8<-- [start:fix]
@keras.saving.register_keras_serializable(package="demo")
class Block(keras.layers.Layer):
    def __init__(self, units=2, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.dense = keras.layers.Dense(units)

    def build(self, input_shape):
        self.dense.build(input_shape)

    def call(self, x):
        return self.dense(x)

    def get_config(self):  # every argument that decides a shape
        return {**super().get_config(), "units": self.units}


x = np.ones((2, 3), "float32")
model = keras.Sequential([keras.Input(shape=(3,)), Block(units=4)])
model.compile(optimizer="adam", loss="mse")
model.fit(x, np.zeros((2, 4)), epochs=1, verbose=0)  # Adam has state now
model.save("model.keras")
loaded = keras.models.load_model("model.keras")
np.testing.assert_allclose(loaded(x), model(x), rtol=1e-6)
for mine, saved in zip(loaded.optimizer.variables,
                       model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, saved)  # step count and moments
loaded.fit(x, np.zeros((2, 4)), epochs=1, verbose=0)  # trains on
print(loaded.layers[0].dense.kernel.shape)
#> (3, 4)
# --8<-- [end:fix]

# --8<-- [start:new_head]
def make(classes):
    return keras.Sequential([keras.Input(shape=(3,)),
                             keras.layers.Dense(4, name="body"),
                             keras.layers.Dense(classes, name="head")])


old = make(classes=1)
old.save_weights("old.weights.h5")
new = make(classes=2)  # same body, a new head
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    new.load_weights("old.weights.h5", skip_mismatch=True)
print([str(w.message)[:41] for w in caught if w.category is UserWarning])
#> ['A total of 1 objects could not be loaded.']
np.testing.assert_array_equal(new.layers[0].kernel, old.layers[0].kernel)
print(new.layers[1].kernel.shape)  # the head keeps its random weights
#> (4, 2)
# --8<-- [end:new_head]
