# --8<-- [start:write]
import os

import keras
import numpy as np
import tf_keras

inputs = tf_keras.Input(shape=(3,))
lam = tf_keras.layers.Lambda(lambda t: t * 2.0 + 1.0)
old = tf_keras.Model(inputs, lam(inputs))
old.save("old.h5")  # the lambda is stored as marshalled Python bytecode
try:
    keras.models.load_model("old.h5")  # safe_mode=True by default
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:write]

# --8<-- [start:trusted]
# your own file only: the bytecode runs
trusted = keras.models.load_model("old.h5", safe_mode=False)
x = np.ones((1, 3), "float32")
np.testing.assert_allclose(trusted(x), old(x), rtol=1e-6)
print(trusted(x).numpy())
#> [[3. 3. 3.]]
# --8<-- [end:trusted]

# --8<-- [start:rebuild]
inputs = keras.Input(shape=(3,))
# the same maths as Keras 3 ops, no bytecode
new = keras.Model(inputs, inputs * 2.0 + 1.0)
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.save("new.keras")
os.remove("old.h5")  # the new file holds no bytecode and needs no old file
reloaded = keras.models.load_model("new.keras")  # safe_mode on
np.testing.assert_allclose(reloaded(x), old(x), rtol=1e-6)
print(reloaded(x).numpy())
#> [[3. 3. 3.]]
# --8<-- [end:rebuild]
