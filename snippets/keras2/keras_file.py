# --8<-- [start:write]
import io
import json
import os
import warnings
import zipfile

import h5py
import keras
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
old.compile(optimizer="adam", loss="mean_squared_error")
x = np.random.default_rng(0).random((8, 3), "float32")
y = 2.0 * x[:, :2]
old.fit(x, y, epochs=3, verbose=0)  # Adam now has 3 steps of state
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
# this one loads: every layer config fits Keras 3
new = keras.models.load_model("old.keras", compile=False)
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
print([type(layer).__name__ for layer in new.layers])
#> ['Dense']
# --8<-- [end:load]

# --8<-- [start:compiled]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compiled = keras.models.load_model("old.keras")  # with Keras 2's compile
print(str(caught[0].message).split(", because")[0])  # Adam's state: dropped
#> Skipping variable loading for optimizer 'adam'
try:
    compiled.fit(x, y, verbose=0)  # Keras 2 saved steps_per_execution=None
except TypeError as error:
    print(error)
#> 'NoneType' object cannot be interpreted as an integer
try:
    compiled.predict(x, verbose=0)  # predict and evaluate count with it too
except TypeError as error:
    print(error)
#> '>' not supported between instances of 'NoneType' and 'int'
# --8<-- [end:compiled]

# --8<-- [start:keep_state]
new.compile(optimizer="adam", loss="mean_squared_error")  # in Keras 3
new.optimizer.build(new.trainable_variables)
weights = io.BytesIO(archive.read("model.weights.h5"))
with h5py.File(weights) as f:  # Keras 2 Adam: step, then m and v per weight
    group = f["optimizer/vars"]
    saved = [group[str(i)][()] for i in range(len(group))]
# Keras 3 Adam: step, learning rate, then m and v per weight
state = [v for v in new.optimizer.variables if v.name != "learning_rate"]
for variable, value in zip(state, saved, strict=True):
    variable.assign(value)
old.fit(x, y, epochs=1, verbose=0, shuffle=False)  # one more step in each
new.fit(x, y, epochs=1, verbose=0, shuffle=False)
for k2, k3 in zip(old.optimizer.variables, state, strict=True):
    np.testing.assert_allclose(k3.numpy(), k2.numpy(), rtol=1e-5, atol=1e-8)
np.testing.assert_allclose(new(x), old(x), rtol=1e-5, atol=1e-6)
new.save("new.keras")  # from now on a Keras 3 file
archive.close()
os.remove("old.keras")
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(int(again.optimizer.iterations.numpy()))
#> 4
# --8<-- [end:keep_state]

# --8<-- [start:batch_norm]
tf_keras.utils.set_random_seed(0)
normed = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.BatchNormalization(),  # Keras 2 saves axis as [1]
    tf_keras.layers.Dense(2),
])
normed.compile(optimizer="adam", loss="mean_squared_error")
normed.fit(x, y, verbose=0)  # the moving mean and variance move
normed.save("normed.keras")
try:
    keras.models.load_model("normed.keras", compile=False)
except TypeError as error:  # Keras 3 takes int(axis)
    print(str(error).splitlines()[-1].removeprefix("Exception encountered: "))
#> int() argument must be a string, a bytes-like object or a real number, not 'list'
tf_keras.models.load_model("normed.keras").save("normed.h5")
fixed = keras.models.load_model("normed.h5", compile=False)  # [1] -> 1
for training in (False, True):  # moving statistics, then batch ones
    np.testing.assert_allclose(fixed(x, training=training),
                               normed(x, training=training),
                               rtol=1e-5, atol=1e-6)
fixed.compile(optimizer="adam", loss="mean_squared_error")
fixed.fit(x, y, verbose=0)  # it trains
fixed.save("normed_keras3.keras")
for path in ("normed.keras", "normed.h5"):
    os.remove(path)
again = keras.models.load_model("normed_keras3.keras")
np.testing.assert_allclose(again(x), fixed(x), rtol=1e-6)
# --8<-- [end:batch_norm]
