# --8<-- [start:module]
import os

import numpy as np
import tensorflow as tf


class Regressor(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[2.0], [-1.0]], name="w")
        self.b = tf.Variable([0.5], name="b")

    @tf.function(
        input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def predict(self, x):
        return {"y": x @ self.w + self.b}


model = Regressor()
tf.saved_model.save(model, "regressor",
                    signatures={"serving_default": model.predict})
# --8<-- [end:module]

# --8<-- [start:layout]
for folder, subfolders, files in sorted(os.walk("regressor")):
    for name in sorted(files) + [d + "/" for d in sorted(subfolders)]:
        print(os.path.join(folder, name))
#> regressor/fingerprint.pb
#> regressor/saved_model.pb
#> regressor/assets/
#> regressor/variables/
#> regressor/variables/variables.data-00000-of-00001
#> regressor/variables/variables.index
# --8<-- [end:layout]

# --8<-- [start:load]
loaded = tf.saved_model.load("regressor")  # no Regressor class needed
x = tf.constant([[1.0, 1.0], [3.0, 0.0]])
# the tf.function, with its Python name
print(loaded.predict(x)["y"].numpy().ravel())
#> [1.5 6.5]
# the signature, as TF Serving calls it
serve = loaded.signatures["serving_default"]
print(serve(x=x)["y"].numpy().ravel())
#> [1.5 6.5]
np.testing.assert_array_equal(serve(x=x)["y"], model.predict(x)["y"])
# --8<-- [end:load]
