# --8<-- [start:problem]
import glob
import os

import tensorflow as tf


class Doubler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return 2.0 * x


tf.saved_model.save(Doubler(), "models/x2/1")  # the layout TF Serving expects

for path in ["models/x2", "models/x2/1/saved_model.pb"]:
    try:
        tf.saved_model.load(path)
    except OSError as error:
        print(error)
#> SavedModel file does not exist at: models/x2/{saved_model.pbtxt|saved_model.pb}
#> SavedModel file does not exist at: models/x2/1/saved_model.pb/{saved_model.pbtxt|saved_model.pb}
# --8<-- [end:problem]

# --8<-- [start:fix]
print(tf.saved_model.contains_saved_model("models/x2"),
      tf.saved_model.contains_saved_model("models/x2/1"))
#> False True
versions = [p for p in glob.glob("models/x2/*")
            if os.path.basename(p).isdigit()]
# the highest version: what TF Serving loads
latest = max(versions, key=lambda p: int(os.path.basename(p)))
loaded = tf.saved_model.load(latest)
assert float(loaded(tf.constant([1.5]))[0]) == 3.0
print(latest)
#> models/x2/1
# --8<-- [end:fix]
