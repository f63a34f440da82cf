# --8<-- [start:write]
import h5py
import keras
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.layers.Dense(4, activation="relu", input_shape=(3,)),  # Keras 2 style
    tf_keras.layers.Dense(1),
])
old.compile(optimizer="adam", loss="mean_squared_error")
old.save("old.h5")  # legacy HDF5: config and weights in one file
with h5py.File("old.h5") as f:
    assert "model_config" in f.attrs  # the architecture, as a JSON string
    print(f.attrs["keras_version"], sorted(f))
#> 2.21.0 ['model_weights', 'optimizer_weights']
# --8<-- [end:write]

# --8<-- [start:load]
new = keras.models.load_model("old.h5")  # Keras 3 reads legacy HDF5 files
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
print(type(new).__module__, new.loss.__name__)
#> keras.src.models.sequential mean_squared_error
new.save("new.keras")  # re-save once: the file is now a Keras 3 file
# --8<-- [end:load]

# --8<-- [start:weights]
old.save_weights("old_weights.h5")  # Keras 2 weights-only HDF5 file
again = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(4, activation="relu"),
    keras.layers.Dense(1),
])
again.load_weights("old_weights.h5")  # Keras 3 reads it, layer by layer in order
np.testing.assert_allclose(again(x), old(x), rtol=1e-6)
# --8<-- [end:weights]
