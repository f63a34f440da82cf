# --8<-- [start:write]
import json
import zipfile

import keras
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
# the `.keras` zip, as Keras 2.12-2.15 (and tf_keras) write it
old.save("old.keras")
archive = zipfile.ZipFile("old.keras")
# the same three members as a Keras 3 file
print(sorted(archive.namelist()))
#> ['config.json', 'metadata.json', 'model.weights.h5']
print(json.loads(archive.read("metadata.json"))["keras_version"])
#> 2.21.0
dense = json.loads(archive.read("config.json"))["config"]["layers"][1]
print(dense["module"], dense["class_name"])  # names Keras 3 also knows
#> keras.layers Dense
# --8<-- [end:write]

# --8<-- [start:load]
# this one loads: every config fits Keras 3
new = keras.models.load_model("old.keras")
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
print([type(layer).__name__ for layer in new.layers])
#> ['Dense']
# --8<-- [end:load]
