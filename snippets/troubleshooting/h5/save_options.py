# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
options = tf.saved_model.SaveOptions(experimental_io_device="/job:localhost")
try:  # Keras 2 code passed SaveOptions to model.save
    model.save("model.keras", options=options)
except ValueError as error:
    print(error)
#> The following argument(s) are not supported: ['options']
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
archive = keras.export.ExportArchive()  # a SavedModel, with options
archive.track(model)
archive.add_endpoint(
    "serve", model.call,
    input_signature=[tf.TensorSpec([None, 3], tf.float32)],
)
archive.write_out("exported", options=options, verbose=False)
served = tf.saved_model.load("exported")
np.testing.assert_allclose(served.serve(x), model(x), rtol=1e-6)
print(sorted(served.signatures))
#> ['serve', 'serving_default']
# --8<-- [end:fix]
