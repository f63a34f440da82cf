# --8<-- [start:refused]
import json
import zipfile

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
