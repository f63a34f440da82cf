# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf
import tf_keras


class Detector(tf.Module):  # exported by plain TensorFlow, not by Keras
    @tf.function(
        input_signature=[tf.TensorSpec([None, 3], tf.float32, name="x")])
    def __call__(self, x):
        return {"scores": 2.0 * x}


detector = Detector()
tf.saved_model.save(detector, "detector")
x = np.ones((1, 3), dtype=np.float32)
# Keras 2 (tf.keras up to TF 2.15) loads it without complaint...
loaded = tf_keras.models.load_model("detector")
try:
    loaded.predict(x)  # ...but what it returns is no Keras model
except AttributeError as error:
    print(error)
#> '_UserObject' object has no attribute 'predict'

keras.utils.set_random_seed(0)  # the same with a Keras 3 export
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
model.export("exported", verbose=False)  # a SavedModel, not a Keras file
print(type(tf.saved_model.load("exported")).__name__)
#> _UserObject
# --8<-- [end:problem]

# --8<-- [start:fix]
serve = loaded.signatures["serving_default"]  # what the exporter wrote
print(list(serve.structured_input_signature[1]),
      list(serve.structured_outputs))
#> ['x'] ['scores']
np.testing.assert_array_equal(serve(x=x)["scores"], detector(x)["scores"])

exported = tf.saved_model.load("exported")
expected = model.predict(x, verbose=0)
np.testing.assert_allclose(exported.serve(x), expected, rtol=1e-6)
# inside a Keras model
layer = keras.layers.TFSMLayer("exported", call_endpoint="serve")
np.testing.assert_allclose(layer(x), expected, rtol=1e-6)
model.save("model.keras")  # to get .predict() back, save a Keras file
reloaded = keras.models.load_model("model.keras")
np.testing.assert_allclose(reloaded.predict(x, verbose=0), expected,
                           rtol=1e-6)
# --8<-- [end:fix]
