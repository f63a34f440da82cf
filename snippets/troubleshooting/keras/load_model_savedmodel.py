# --8<-- [start:problem]
import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.export("exported", verbose=False)  # a SavedModel folder
try:
    keras.models.load_model("exported")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> File format not supported: filepath=exported.
# --8<-- [end:problem]

# --8<-- [start:fix]
layer = keras.layers.TFSMLayer("exported", call_endpoint="serve")  # a Keras layer
x = np.ones((1, 2), "float32")
np.testing.assert_allclose(layer(x), model(x), rtol=1e-6)
print(layer(x).shape)
#> (1, 1)
# --8<-- [end:fix]
