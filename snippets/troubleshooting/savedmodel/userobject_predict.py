# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
# a SavedModel for serving, not a Keras file
model.export("exported", verbose=False)

loaded = tf.saved_model.load("exported")
x = np.ones((1, 3), dtype=np.float32)
try:
    loaded.predict(x)
except AttributeError as error:
    print(error)
#> '_UserObject' object has no attribute 'predict'
# --8<-- [end:problem]

# --8<-- [start:fix]
print(sorted(loaded.signatures.keys()), hasattr(loaded, "serve"))
#> ['serve', 'serving_default'] True
expected = model.predict(x, verbose=0)
# the exported endpoint
np.testing.assert_allclose(loaded.serve(x), expected, rtol=1e-6)
# inside a Keras model
layer = keras.layers.TFSMLayer("exported", call_endpoint="serve")
np.testing.assert_allclose(layer(x), expected, rtol=1e-6)

model.save("model.keras")  # to get .predict() back, save and load a Keras file
reloaded = keras.models.load_model("model.keras")
np.testing.assert_allclose(reloaded.predict(x, verbose=0), expected,
                           rtol=1e-6)
# --8<-- [end:fix]
