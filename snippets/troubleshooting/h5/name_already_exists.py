# --8<-- [start:problem]
import io
import zipfile

import h5py
import keras
import numpy as np


@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def build(self, input_shape):
        # two weights, one name
        self.a = self.add_weight(name="w", shape=input_shape[1:])
        self.b = self.add_weight(name="w", shape=input_shape[1:])

    def call(self, x):
        return x * self.a + self.b


inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, Scale()(inputs))
x = np.arange(3, dtype="float32")[None]
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, x, verbose=0)  # in training, as ModelCheckpoint saves it
try:
    model.save("model.h5")
except ValueError as error:
    print(error)
#> Unable to synchronously create dataset (name already exists)
# --8<-- [end:problem]

# --8<-- [start:fix]
print("optimizer" in model.get_compile_config())  # the .h5 save took it
#> False
model.compile(optimizer=model.optimizer, loss="mean_squared_error")
assert int(model.optimizer.iterations) == 1  # compile kept its state
model.save("model.keras")  # weights filed by position, not by name
reloaded = keras.models.load_model("model.keras")
np.testing.assert_array_equal(reloaded(x), model(x))
for mine, theirs in zip(reloaded.optimizer.variables,
                        model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # Adam's state too
reloaded.fit(x, x, verbose=0)  # trains on
print([w.path for w in reloaded.weights])  # the names still repeat
#> ['scale/w', 'scale/w']
# --8<-- [end:fix]

# --8<-- [start:layout]
with zipfile.ZipFile("model.keras") as archive:
    weights = io.BytesIO(archive.read("model.weights.h5"))
with h5py.File(weights, "r") as f:
    print(list(f["layers/scale/vars"]))  # by position in the layer
#> ['0', '1']
# --8<-- [end:layout]
