# --8<-- [start:problem]
import os

import h5py
import keras
import numpy as np
import tf_keras  # Keras 2, as TensorFlow 2.15 and older shipped it

try:  # Keras 2 code, run on Keras 3
    keras.layers.LSTM(4, batch_input_shape=(1, 1, 7), stateful=True)
except ValueError as error:
    print(error)
#> Unrecognized keyword arguments passed to LSTM: {'batch_input_shape': (1, 1, 7)}
# --8<-- [end:problem]

# --8<-- [start:fix]
model = keras.Sequential([
    keras.Input(batch_shape=(1, 1, 7)),  # the shape moves to Input
    keras.layers.LSTM(4, stateful=True),
    keras.layers.Dense(1),
])
print(model.output_shape)
#> (1, 1)
# --8<-- [end:fix]

# --8<-- [start:file]
old = tf_keras.Sequential([
    tf_keras.layers.Dense(2, input_shape=(3,)),  # the Keras 2 idiom
])
old.compile(optimizer="adam", loss="mse")
old.fit(np.ones((2, 3)), np.ones((2, 2)), verbose=0)  # one step of Adam
old.save("old.keras")  # a `.keras` file as Keras 2.12-2.15 wrote it
try:
    keras.models.load_model("old.keras")
except TypeError as error:
    last = str(error).splitlines()[-1]
    print(last.removeprefix("Exception encountered: "))
#> Unrecognized keyword arguments passed to Dense: {'batch_input_shape': [None, 3]}
# --8<-- [end:file]

# --8<-- [start:file_fix]
x = np.ones((1, 3), "float32")
legacy = tf_keras.models.load_model("old.keras")  # Keras 2 reads its file
legacy.save("old.h5")  # legacy HDF5: Keras 3 converts its configs
with h5py.File("old.h5") as f:  # Adam's state came along, to copy if needed
    assert f["optimizer_weights"]["iteration:0"][()] == 1
# compile=False: "mse" would fail, and the optimizer state is lost anyway
new = keras.models.load_model("old.h5", compile=False)
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((1, 2)), verbose=0)  # trains, from a fresh optimizer
new.save("new.keras")  # from now on, a Keras 3 file
os.remove("old.keras")
os.remove("old.h5")
again = keras.models.load_model("new.keras")  # needs neither old file
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print([layer.name for layer in again.layers])
#> ['dense']
# --8<-- [end:file_fix]
