# --8<-- [start:problem]
import keras
import numpy as np


class Double(keras.layers.Layer):  # a custom layer, not registered
    def call(self, x):
        return x * 2.0


keras.Sequential([keras.Input(shape=(2,)), Double()]).save("double.keras")
try:
    keras.models.load_model("double.keras")
except TypeError as error:
    message = str(error)
    print(message.splitlines()[0][:60] + "...")
    print(message[message.index("Could not locate"):].split(".")[0] + ".")
#> <class 'keras.src.models.sequential.Sequential'> could not b...
#> Could not locate class 'Double'.
# --8<-- [end:problem]

# --8<-- [start:fix]
model = keras.models.load_model("double.keras",
                                custom_objects={"Double": Double})
x = np.ones((1, 2), "float32")
np.testing.assert_allclose(model(x), x * 2.0)
print(model(x).numpy())
#> [[2. 2.]]
# Or, before saving: @keras.saving.register_keras_serializable()
# --8<-- [end:fix]
