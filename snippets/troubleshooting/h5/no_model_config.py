# --8<-- [start:problem]
import h5py
import keras
import numpy as np
import tf_keras

# a Keras 2 weights file, as save_weights("....h5") or
# ModelCheckpoint(save_weights_only=True) wrote them
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2, name="dense"),
])
old.save_weights("weights.h5")
try:
    keras.models.load_model("weights.h5")
except ValueError as error:
    print(error)
#> No model config found in the file at weights.h5.
# --8<-- [end:problem]

# --8<-- [start:why]
with h5py.File("weights.h5", "r") as f:
    print(sorted(f.attrs))  # no "model_config": no architecture
#> ['backend', 'keras_version', 'layer_names']
# --8<-- [end:why]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
model = keras.Sequential([  # the architecture, from code
    keras.Input(shape=(3,)),
    keras.layers.Dense(2, name="dense"),
])
model.load_weights("weights.h5")  # layer by layer, in order
np.testing.assert_allclose(model(x), old(x), rtol=1e-6)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((1, 2)), verbose=0)  # trains
model.save("model.keras")  # architecture and weights in one file
reloaded = keras.models.load_model("model.keras")  # no code needed
np.testing.assert_array_equal(reloaded(x), model(x))
assert int(reloaded.optimizer.iterations) == 1  # the optimizer too
reloaded.fit(x, np.ones((1, 2)), verbose=0)
print(reloaded.count_params())
#> 8
# --8<-- [end:fix]
