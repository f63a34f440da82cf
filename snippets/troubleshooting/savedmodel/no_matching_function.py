# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.factor = tf.Variable(2.0)

    # no input_signature: only the traces made before saving are kept
    @tf.function
    def __call__(self, x):
        return x * self.factor


module = Scaler()
module(tf.constant([1.0, 2.0]))  # one trace: float32, shape (2,)
tf.saved_model.save(module, "scaler")
loaded = tf.saved_model.load("scaler")
# int32; shape (3,)
for x in [tf.constant([1, 2]), tf.constant([1.0, 2.0, 3.0])]:
    try:
        loaded(x)
    except ValueError as error:
        print(str(error).splitlines()[0])
#> Could not find matching concrete function to call loaded from the SavedModel. Got:
#> Could not find matching concrete function to call loaded from the SavedModel. Got:
# --8<-- [end:problem]

# --8<-- [start:fix]
class FlexibleScaler(Scaler):
    # any length
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return x * self.factor


flexible = FlexibleScaler()
tf.saved_model.save(flexible, "flexible_scaler")
loaded = tf.saved_model.load("flexible_scaler")
x = tf.cast(tf.constant([1, 2, 3]), tf.float32)  # cast first
np.testing.assert_array_equal(loaded(x), flexible(x))  # the original's answer
print(loaded(x).numpy().tolist())
#> [2.0, 4.0, 6.0]
# --8<-- [end:fix]
