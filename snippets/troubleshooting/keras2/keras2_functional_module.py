# --8<-- [start:problem]
import json
import os
import zipfile

import keras
import numpy as np
import tf_keras

inputs = tf_keras.Input(shape=(3,))
# a Keras 2 Functional model
old = tf_keras.Model(inputs, tf_keras.layers.Dense(2)(inputs))
old.compile(optimizer="adam", loss="mse")
old.save("old.keras")
with zipfile.ZipFile("old.keras") as archive:
    files = {name: archive.read(name) for name in archive.namelist()}
config = json.loads(files["config.json"])
print(config["module"])  # (1)!
#> tf_keras.src.engine.functional
config["module"] = "keras.src.engine.functional"  # as keras 2.15 writes it
files["config.json"] = json.dumps(config)
with zipfile.ZipFile("old_2_15.keras", "w") as archive:
    for name, data in files.items():
        archive.writestr(name, data)
for path in ("old_2_15.keras", "old.keras"):
    try:
        keras.models.load_model(path)
    except TypeError as error:
        print(str(error).split(". ")[0] + ".")
#> Could not deserialize class 'Functional' because its parent module keras.src.engine.functional cannot be imported.
#> Could not locate class 'Functional'.
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
legacy = tf_keras.models.load_model("old_2_15.keras")  # Keras 2 reads both
legacy.save("old.h5")  # legacy HDF5 names no module: Keras 3 rebuilds it
new = keras.models.load_model("old.h5", compile=False)  # "mse": see above
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((1, 2)), verbose=0)  # trains, from a fresh optimizer
new.save("new.keras")  # a Keras 3 file, needing none of the old ones
for path in ("old.keras", "old_2_15.keras", "old.h5"):
    os.remove(path)
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(type(again).__name__)
#> Functional
# --8<-- [end:fix]
