# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
x = np.ones((1, 2), "float32")
model.fit(x, np.zeros((1, 1)), verbose=0)  # trained: Adam has state
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
reloaded = keras.models.load_model("my_model.keras")
np.testing.assert_allclose(reloaded(x), model(x), rtol=1e-6)
served = tf.saved_model.load("my_model")  # what TF Serving loads
np.testing.assert_allclose(served.serve(x), model(x), rtol=1e-6)
print(reloaded.optimizer.iterations.numpy(), sorted(served.signatures))
#> 1 ['serve', 'serving_default']
reloaded.fit(x, np.zeros((1, 1)), verbose=0)  # the .keras file trains on
# --8<-- [end:fix]
