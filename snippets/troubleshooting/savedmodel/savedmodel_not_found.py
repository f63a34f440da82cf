# --8<-- [start:problem]
import glob
import os

import numpy as np
import tensorflow as tf
import tf_keras


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return 2.0 * x


model = Doubler()
tf.saved_model.save(model, "models/x2/1")  # the layout TF Serving expects

for path in ["models/x2", "models/x2/1/saved_model.pb"]:
    try:
        tf.saved_model.load(path)
    except OSError as error:
        print(error)
#> SavedModel file does not exist at: models/x2/{saved_model.pbtxt|saved_model.pb}
#> SavedModel file does not exist at: models/x2/1/saved_model.pb/{saved_model.pbtxt|saved_model.pb}
# --8<-- [end:problem]

# --8<-- [start:keras2]
# Keras 2 (tf_keras) loads any existing folder as a SavedModel
try:
    tf_keras.models.load_model("models")
except OSError as error:
    print(error)
#> SavedModel file does not exist at: models/{saved_model.pbtxt|saved_model.pb}
# A path that does not exist: the SavedModel message up to TF 2.7 at least
try:
    tf_keras.models.load_model("model.h5")
except OSError as error:
    print(error)
#> No file or directory found at model.h5
# --8<-- [end:keras2]

# --8<-- [start:fix]
# a relative path starts from the working directory, not the script's
print(os.path.exists("model.h5"))
#> False
print(tf.saved_model.contains_saved_model("models/x2"),
      tf.saved_model.contains_saved_model("models/x2/1"))
#> False True
versions = [p for p in glob.glob("models/x2/*")
            if os.path.basename(p).isdigit()]
# the highest version: what TF Serving loads
latest = max(versions, key=lambda p: int(os.path.basename(p)))
loaded = tf.saved_model.load(latest)
x = tf.constant([1.5, -2.0])
np.testing.assert_array_equal(loaded(x), model(x))  # the same model
print(latest)
#> models/x2/1
# --8<-- [end:fix]
