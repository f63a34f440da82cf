# --8<-- [start:problem]
import json
import zipfile

import keras
import numpy as np
import tf_keras

inputs = tf_keras.Input(shape=(3,))
# a Keras 2 Functional model
old = tf_keras.Model(inputs, tf_keras.layers.Dense(2)(inputs))
old.compile(optimizer="adam", loss="mse")
old.save("old.keras")
try:
    keras.models.load_model("old.keras")
except TypeError as error:
    print(str(error).split(". ")[0] + ".")
#> Could not locate class 'Functional'.
with zipfile.ZipFile("old.keras") as archive:
    print(json.loads(archive.read("config.json"))["module"])  # (1)!
#> tf_keras.src.engine.functional
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
legacy = tf_keras.models.load_model("old.keras")
legacy.save("old.h5")  # legacy HDF5 names no module: Keras 3 rebuilds it
new = keras.models.load_model("old.h5", compile=False)  # as above
np.testing.assert_allclose(new(x), legacy(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((1, 2)), verbose=0)
print(type(new).__name__)
#> Functional
# --8<-- [end:fix]
