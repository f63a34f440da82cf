# --8<-- [start:export]
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

    @tf.function(
        input_signature=[tf.TensorSpec([None], tf.string, name="csv_line")])
    def predict_csv(self, csv_line):  # (1)!
        fields = tf.strings.split(csv_line, ",").to_tensor(shape=[None, 2])
        return self.predict(tf.strings.to_number(fields))


model = Regressor()
tf.saved_model.save(model, "regressor", signatures={
    "serving_default": model.predict,
    "from_csv": model.predict_csv,
})
# --8<-- [end:export]

# --8<-- [start:call]
loaded = tf.saved_model.load("regressor")
print(sorted(loaded.signatures.keys()))
#> ['from_csv', 'serving_default']
from_csv = loaded.signatures["from_csv"](
    csv_line=tf.constant(["1.0,2.0", "3,0.5"]))
from_floats = loaded.signatures["serving_default"](
    x=tf.constant([[1.0, 2.0], [3.0, 0.5]]))
np.testing.assert_allclose(from_csv["y"], from_floats["y"])
original = model.predict(tf.constant([[1.0, 2.0], [3.0, 0.5]]))
np.testing.assert_allclose(from_floats["y"], original["y"])  # as before saving
print(from_csv["y"].numpy().ravel().tolist())
#> [0.5, 6.0]
# --8<-- [end:call]
