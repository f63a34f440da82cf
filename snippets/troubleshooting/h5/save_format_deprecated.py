# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
try:  # Keras 2 code: a SavedModel folder
    model.save("my_model", save_format="tf")
except ValueError as error:
    print(str(error).split(".Received")[0])
#> The `save_format` argument is deprecated in Keras 3. Please remove this argument and pass a file path with either `.keras` or `.h5` extension
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
model.export("my_model", verbose=False)  # a SavedModel folder
served = tf.saved_model.load("my_model")  # no Keras needed to call it
np.testing.assert_allclose(served.serve(x), model(x), rtol=1e-6)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((1, 2)), verbose=0)
model.save("my_model.keras")  # or a Keras file, to go on training
reloaded = keras.models.load_model("my_model.keras")
np.testing.assert_array_equal(reloaded(x), model(x))
assert int(reloaded.optimizer.iterations) == 1  # the optimizer too
reloaded.fit(x, np.ones((1, 2)), verbose=0)
print(sorted(served.signatures))
#> ['serve', 'serving_default']
# --8<-- [end:fix]
