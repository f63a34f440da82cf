# --8<-- [start:problem]
import json

import h5py
import keras
import numpy as np
import tf_keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
model.save("model.keras")  # Keras 3 writes InputLayer(batch_shape=...)
try:
    tf_keras.models.load_model("model.keras")  # Keras 2 reads it
except TypeError as error:
    print(str(error).splitlines()[-1])
#> Exception encountered: Unrecognized keyword arguments: ['batch_shape']
# --8<-- [end:problem]

# --8<-- [start:dtype]
model.save("model.h5")
with h5py.File("model.h5", "r+") as f:  # Keras 2's name for the shape
    config = json.loads(f.attrs["model_config"])
    first = config["config"]["layers"][0]["config"]
    first["batch_input_shape"] = first.pop("batch_shape")
    f.attrs["model_config"] = json.dumps(config)
    print(config["config"]["layers"][1]["config"]["dtype"]["class_name"])
#> DTypePolicy
try:
    tf_keras.models.load_model("model.h5", compile=False)
except TypeError as error:
    print(str(error).splitlines()[-1])  # the next layer fails
#> Exception encountered: ('Keyword argument not understood:', 'quantization_config')
# --8<-- [end:dtype]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
model.save_weights("model.weights.h5")  # in Keras 3
old = tf_keras.Sequential([  # the same architecture, in Keras 2 code
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
old.load_weights("model.weights.h5")
np.testing.assert_allclose(old(x), model(x), rtol=1e-6)
old.compile(optimizer="adam", loss="mean_squared_error")
old.fit(x, np.ones((1, 2)), verbose=0)  # trains in Keras 2
print(old.count_params())
#> 8
# --8<-- [end:fix]
