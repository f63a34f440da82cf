# --8<-- [start:problem]
import os

import keras
import numpy as np
import tf_keras

old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(1),
])
old.compile(optimizer="adam", loss="mse")  # the short name of the loss
old.save("old.h5")
try:
    keras.models.load_model("old.h5")
except ValueError as error:
    print(error)
#> Could not deserialize 'keras.metrics.mse' because it is not a KerasSaveable subclass
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
# architecture and weights only; the optimizer starts afresh
new = keras.models.load_model("old.h5", compile=False)
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")  # in Keras 3
new.fit(x, np.ones((1, 1)), verbose=0)  # trains
new.save("new.keras")
os.remove("old.h5")  # the new file needs nothing of the old
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(again.loss)
#> mean_squared_error
# --8<-- [end:fix]

# --8<-- [start:keras3_too]
# the name the loader looks for does not exist
assert not hasattr(keras.metrics, "mse")
own = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
own.compile(optimizer="adam", loss="mse")
own.save("own.h5")  # Keras 3's own legacy HDF5 file
try:
    keras.models.load_model("own.h5")
except ValueError as error:
    print(error)
#> Could not deserialize 'keras.metrics.mse' because it is not a KerasSaveable subclass
# --8<-- [end:keras3_too]

# --8<-- [start:metrics_ok]
old.compile(optimizer="adam", loss="mean_squared_error",
            metrics=["mse", "mae"])
old.save("metrics.h5")  # short names as metrics, full name as loss
reloaded = keras.models.load_model("metrics.h5")  # loads, compiled
print(reloaded.loss.__name__, len(reloaded.metrics) > 0)
#> mean_squared_error True
# --8<-- [end:metrics_ok]
