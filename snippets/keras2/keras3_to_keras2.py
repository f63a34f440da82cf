# --8<-- [start:refused]
import json
import zipfile

import h5py
import keras
import numpy as np
import tf_keras

keras.utils.set_random_seed(0)
new = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
new.save("new.keras")
new.save("new.h5")
for path in ("new.keras", "new.h5"):  # Keras 2 reads neither
    try:
        tf_keras.models.load_model(path)
    except TypeError as error:
        print(path, str(error).splitlines()[-1])
#> new.keras Exception encountered: Unrecognized keyword arguments: ['batch_shape']
#> new.h5 Exception encountered: Unrecognized keyword arguments: ['batch_shape']
with zipfile.ZipFile("new.keras") as archive:  # who wrote it
    print(json.loads(archive.read("metadata.json"))["keras_version"])
#> 3.15.1
# --8<-- [end:refused]

# --8<-- [start:weights]
new.save_weights("new.weights.h5")  # weights only
old = tf_keras.Sequential([  # the architecture, in Keras 2 code
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
old.load_weights("new.weights.h5")
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(old(x), new(x), rtol=1e-6)
old.compile(optimizer="adam", loss="mean_squared_error")  # a new optimizer
old.fit(x, np.ones((2, 2)), verbose=0)  # trains in Keras 2
# --8<-- [end:weights]

# --8<-- [start:optimizer]
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((2, 2)), epochs=3, verbose=0)  # Adam has 3 steps
new.save_weights("new.weights.h5")  # with the optimizer's state
old = tf_keras.Sequential([  # a new Keras 2 model, as above
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
old.load_weights("new.weights.h5")  # the weights, not the optimizer's state
old.compile(optimizer="adam", loss="mean_squared_error")
old.optimizer.build(old.trainable_variables)  # a fresh Adam: step 0
with h5py.File("new.weights.h5") as f:  # step, learning rate, m, v, ...
    group = f["optimizer/vars"]
    saved = [group[str(i)][()] for i in range(len(group))]
del saved[1]  # tf_keras's Adam has no learning rate variable
for variable, value in zip(old.optimizer.variables, saved, strict=True):
    variable.assign(value)
for model in (new, old):  # one more step in each
    model.fit(x, np.ones((2, 2)), verbose=0, shuffle=False)
np.testing.assert_allclose(old(x), new(x), rtol=1e-5, atol=1e-6)
state = [v for v in new.optimizer.variables if v.name != "learning_rate"]
for k2, k3 in zip(old.optimizer.variables, state, strict=True):
    np.testing.assert_allclose(k2.numpy(), k3.numpy(), rtol=1e-5, atol=1e-8)
print(int(old.optimizer.iterations.numpy()))
#> 4
# --8<-- [end:optimizer]
