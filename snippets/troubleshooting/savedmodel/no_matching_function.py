# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.factor = tf.Variable(2.0)

    @tf.function  # no input_signature: only the traces made before saving are kept
    def __call__(self, x):
        return x * self.factor


module = Scaler()
module(tf.constant([1.0, 2.0]))  # one trace: float32, shape (2,)
tf.saved_model.save(module, "scaler")
loaded = tf.saved_model.load("scaler")
for x in [tf.constant([1, 2]), tf.constant([1.0, 2.0, 3.0])]:  # int32; shape (3,)
    try:
        loaded(x)
    except ValueError as error:
        print(str(error).splitlines()[0])
#> Could not find matching concrete function to call loaded from the SavedModel. Got:
#> Could not find matching concrete function to call loaded from the SavedModel. Got:
# --8<-- [end:problem]

# --8<-- [start:fix]
class FlexibleScaler(Scaler):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])  # any length
    def __call__(self, x):
        return x * self.factor


tf.saved_model.save(FlexibleScaler(), "flexible_scaler")
loaded = tf.saved_model.load("flexible_scaler")
x = tf.constant([1, 2, 3])
np.testing.assert_allclose(loaded(tf.cast(x, tf.float32)), [2.0, 4.0, 6.0])  # cast first
# --8<-- [end:fix]
