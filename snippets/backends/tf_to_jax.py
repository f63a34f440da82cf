# --8<-- [start:save]
import os
import subprocess
import sys

import keras
import numpy as np

print(keras.backend.backend())  # KERAS_BACKEND unset: TensorFlow
#> tensorflow
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,)),
                          keras.layers.Dense(8, activation="relu"),
                          keras.layers.Dense(2)])
model.compile(optimizer="adam", loss="mse")
x = np.random.default_rng(0).normal(size=(8, 4)).astype("float32")
y = np.ones((8, 2), "float32")
model.fit(x, y, epochs=1, verbose=0)  # 1 step: Adam has state
model.save("model.keras")
np.save("x.npy", x)
np.save("y.npy", y)
np.save("pred_tf.npy", model.predict(x, verbose=0))
# Adam's state: step count, learning rate, two moments per weight
np.savez("adam_tf.npz", *[np.asarray(v) for v in model.optimizer.variables])
# --8<-- [end:save]

# --8<-- [start:load_jax]
JAX_SIDE = """
import keras, numpy as np
model = keras.saving.load_model("model.keras")
x, y = np.load("x.npy"), np.load("y.npy")
np.save("pred_jax.npy", np.asarray(model.predict(x, verbose=0)))
print(keras.backend.backend(), int(model.optimizer.iterations))
adam_tf = np.load("adam_tf.npz")  # the moments come back, bit for bit
for i, variable in enumerate(model.optimizer.variables):
    np.testing.assert_array_equal(np.asarray(variable), adam_tf[f"arr_{i}"])
model.fit(x, y, epochs=1, verbose=0)  # training goes on, on JAX
print(int(model.optimizer.iterations))
"""
# the backend is chosen once per process: a new one, with KERAS_BACKEND
run = subprocess.run([sys.executable, "-c", JAX_SIDE], text=True,
                     capture_output=True, check=True,
                     env={**os.environ, "KERAS_BACKEND": "jax"})
print(run.stdout.strip())
#> jax 1
#> 2
np.testing.assert_allclose(np.load("pred_jax.npy"), np.load("pred_tf.npy"),
                           rtol=1e-5, atol=1e-6)
# --8<-- [end:load_jax]
