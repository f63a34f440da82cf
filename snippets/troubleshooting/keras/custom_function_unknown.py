# --8<-- [start:problem]
import keras
import numpy as np


def scaled_mse(y_true, y_pred):  # a custom loss, not registered
    return keras.ops.mean(keras.ops.square(y_true - y_pred)) * 10.0


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=scaled_mse)
model.save("model.keras")
try:
    keras.models.load_model("model.keras")
except TypeError as error:
    print(str(error).split(" If they")[0])
#> Could not locate function 'scaled_mse'. Make sure custom classes and functions are decorated with `@keras.saving.register_keras_serializable()`.
# --8<-- [end:problem]

# --8<-- [start:activation]
def scaled_relu(x):  # a custom activation: the same message, wrapped
    return keras.ops.relu(x) * 2.0


activated = keras.Sequential([keras.Input(shape=(3,)),
                              keras.layers.Dense(1, scaled_relu)])
activated.save("activated.keras")
try:
    keras.models.load_model("activated.keras")
except TypeError as error:
    lines = str(error).splitlines()
    print(lines[0].split(" Please")[0])
    print(lines[-1].split(". Make sure")[0])
#> <class 'keras.src.models.sequential.Sequential'> could not be deserialized properly.
#> Exception encountered: Could not locate function 'scaled_relu'
# --8<-- [end:activation]

# --8<-- [start:fix]
x = np.ones((2, 3), "float32")
restored = keras.models.load_model(
    "model.keras", custom_objects={"scaled_mse": scaled_mse})
print(restored.loss is scaled_mse)
#> True
np.testing.assert_allclose(restored(x), model(x), rtol=1e-6)
restored.fit(x, np.zeros((2, 1)), epochs=1, verbose=0)  # trains with it
# Only to predict, skip the training configuration:
inference = keras.models.load_model("model.keras", compile=False)
np.testing.assert_allclose(inference(x), model(x), rtol=1e-6)
print(inference.compiled)
#> False
# --8<-- [end:fix]

# --8<-- [start:register]
@keras.saving.register_keras_serializable(package="demo")
def scaled_mae(y_true, y_pred):
    return keras.ops.mean(keras.ops.abs(y_true - y_pred)) * 10.0


model.compile(optimizer="adam", loss=scaled_mae)
model.save("registered.keras")
# no custom_objects
print(keras.models.load_model("registered.keras").loss is scaled_mae)
#> True
# --8<-- [end:register]
