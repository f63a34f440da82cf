# --8<-- [start:both]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(3,), name="features"), keras.layers.Dense(2)])
x = np.ones((1, 3), "float32")
tf.saved_model.save(model, "saved_by_tf")  # TensorFlow's generic saver
model.export("exported_by_keras", verbose=False)  # Keras' export for serving
by_tf = tf.saved_model.load("saved_by_tf")
by_keras = tf.saved_model.load("exported_by_keras")
# --8<-- [end:both]

# --8<-- [start:signatures]
for loaded in (by_tf, by_keras):
    signature = loaded.signatures["serving_default"]
    # the names to call it with
    inputs = list(signature.structured_input_signature[1])
    print(sorted(loaded.signatures), inputs,
          list(signature.structured_outputs))
    outputs = signature(**{inputs[0]: x})
    np.testing.assert_allclose(outputs["output_0"], model(x), rtol=1e-6)
#> ['serving_default'] ['inputs'] ['output_0']
#> ['serve', 'serving_default'] ['features'] ['output_0']
# --8<-- [end:signatures]

# --8<-- [start:objects]
for loaded in (by_tf, by_keras):
    print(type(loaded).__name__, callable(loaded),
          [name for name in ("serve", "variables", "fit", "predict", "layers")
           if hasattr(loaded, name)])
#> _UserObject False []
#> _UserObject False ['serve', 'variables']
print(len(by_keras.variables), len(by_keras.trainable_variables))
#> 2 2
np.testing.assert_allclose(by_keras.serve(x), model(x), rtol=1e-6)
# --8<-- [end:objects]
