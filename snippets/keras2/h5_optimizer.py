# --8<-- [start:broken]
import os

import h5py
import keras
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(4, activation="relu"),
    tf_keras.layers.Dense(1),
])
old.compile(optimizer="adam", loss="mean_squared_error")
x = np.random.default_rng(0).random((8, 3), "float32")
y = x.sum(axis=1, keepdims=True)
old.fit(x, y, epochs=3, verbose=0)  # Adam now has 3 steps of state
old.save("old.h5")
loaded = keras.models.load_model("old.h5")  # compiled, optimizer broken
print(int(loaded.optimizer.iterations.numpy()))  # the step count came in
#> 3
assert len(loaded.optimizer.variables) == 2  # Adam's m and v did not
try:
    loaded.fit(x, y, epochs=1, verbose=0)
except ValueError as error:
    print(str(error).split(". ")[1] + ".")
#> This optimizer can only be called for the variables it was originally built with.
# --8<-- [end:broken]

# --8<-- [start:fresh]
new = keras.models.load_model("old.h5", compile=False)
new.compile(optimizer="adam", loss="mean_squared_error")
new.optimizer.build(new.trainable_variables)  # a fresh Adam: step 0
print(int(new.optimizer.iterations.numpy()))
#> 0
# --8<-- [end:fresh]

# --8<-- [start:keep_state]
with h5py.File("old.h5") as f:  # Keras 2 Adam: step, then m and v per weight
    group = f["optimizer_weights"]
    names = [str(name) for name in group.attrs["weight_names"]]
    saved = [group[name][()] for name in names]
print(names[:3])  # (1)!
#> ['iteration:0', 'Adam/m/dense/kernel:0', 'Adam/v/dense/kernel:0']
# Keras 3 Adam: step, learning rate, then m and v per weight, same order
state = [v for v in new.optimizer.variables if v.name != "learning_rate"]
for variable, value in zip(state, saved, strict=True):
    variable.assign(value)  # a shape that does not fit raises
print(int(new.optimizer.iterations.numpy()))
#> 3
old.fit(x, y, epochs=1, verbose=0, shuffle=False)  # one more step in Keras 2
new.fit(x, y, epochs=1, verbose=0, shuffle=False)  # and in Keras 3
for before, after in zip(old.get_weights(), new.get_weights(), strict=True):
    np.testing.assert_allclose(after, before, rtol=1e-5, atol=1e-6)
# and the optimizers agree after it: the step count, every m and v
for k2, k3 in zip(old.optimizer.variables, state, strict=True):
    np.testing.assert_allclose(k3.numpy(), k2.numpy(), rtol=1e-5, atol=1e-8)
new.save("new.keras")  # the state goes into the Keras 3 file
os.remove("old.h5")
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(int(again.optimizer.iterations.numpy()))
#> 4
# --8<-- [end:keep_state]
