# --8<-- [start:problem]
import keras

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
try:
    # a SavedModel folder in Keras 2; refused by Keras 3
    model.save("my_model")
except ValueError as error:
    print(error)
#> Invalid filepath extension for saving. Please add either a `.keras` extension for the native Keras format (recommended) or a `.h5` extension. Use `model.export(filepath)` if you want to export a SavedModel for use with TFLite/TFServing/etc. Received: filepath=my_model.
# --8<-- [end:problem]

# --8<-- [start:fix]
model.save("my_model.keras")  # to reload in Keras
model.export("my_model", verbose=False)  # a SavedModel, for serving
print(keras.models.load_model("my_model.keras").count_params())
#> 3
# --8<-- [end:fix]
