# --8<-- [start:problem]
import os

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
try:
    model.save_weights("weights/model.weights.h5")  # no weights/ folder
except FileNotFoundError as error:
    print(str(error).split(" (")[1].split(", flags")[0])
#> unable to open file: name = 'weights/model.weights.h5', errno = 2, error message = 'No such file or directory'
try:
    model.save("models/model.keras")  # the same for a whole model
except FileNotFoundError as error:
    print(error)
#> [Errno 2] No such file or directory: 'models/model.keras'
# --8<-- [end:problem]

# --8<-- [start:fix]
os.makedirs("weights", exist_ok=True)  # create the folder first
model.save_weights("weights/model.weights.h5")
again = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
again.load_weights("weights/model.weights.h5")
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(again.predict(x, verbose=0),
                           model.predict(x, verbose=0))
print(sorted(os.listdir("weights")))
#> ['model.weights.h5']
# --8<-- [end:fix]
