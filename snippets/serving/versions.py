# --8<-- [start:export]
import os

import numpy as np
import tensorflow as tf


class Regressor(tf.Module):
    def __init__(self, w, b):
        super().__init__()
        self.w = tf.Variable(w, name="w")
        self.b = tf.Variable(b, name="b")

    @tf.function(
        input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def predict(self, x):
        return {"y": x @ self.w + self.b}


# TF Serving watches models/<model name>/ and serves the highest
# numbered subfolder.
for version, w in [(1, [[2.0], [-1.0]]), (2, [[3.0], [-1.0]])]:
    model = Regressor(w, [0.5])
    tf.saved_model.save(model, f"models/regressor/{version}",
                        signatures={"serving_default": model.predict})
# --8<-- [end:export]

# --8<-- [start:layout]
for folder, subfolders, files in sorted(os.walk("models")):
    for name in sorted(files) + [d + "/" for d in sorted(subfolders)]:
        if folder.count(os.sep) < 3:  # (1)!
            print(os.path.join(folder, name))
#> models/regressor/
#> models/regressor/1/
#> models/regressor/2/
#> models/regressor/1/fingerprint.pb
#> models/regressor/1/saved_model.pb
#> models/regressor/1/assets/
#> models/regressor/1/variables/
#> models/regressor/2/fingerprint.pb
#> models/regressor/2/saved_model.pb
#> models/regressor/2/assets/
#> models/regressor/2/variables/
# --8<-- [end:layout]

# --8<-- [start:signatures]
loaded = tf.saved_model.load("models/regressor/2")
print(sorted(loaded.signatures.keys()))
#> ['serving_default']
serve = loaded.signatures["serving_default"]
print(serve.structured_input_signature)
#> ((), {'x': TensorSpec(shape=(None, 2), dtype=tf.float32, name='x')})
print(serve.structured_outputs)
#> {'y': TensorSpec(shape=(None, 1), dtype=tf.float32, name='y')}
result = serve(x=tf.constant([[1.0, 2.0]]))  # (1)!
np.testing.assert_allclose(result["y"], [[1.5]])
# --8<-- [end:signatures]
