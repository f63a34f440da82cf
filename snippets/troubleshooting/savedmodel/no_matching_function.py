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
module.factor.assign(2.5)  # trained: no longer its initial value
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
# the trained object itself, traced first for any length (None)
module.__call__.get_concrete_function(tf.TensorSpec([None], tf.float32))
tf.saved_model.save(module, "any_length")
loaded = tf.saved_model.load("any_length")
x = tf.cast(tf.constant([1, 2, 3]), tf.float32)  # cast first
np.testing.assert_array_equal(loaded(x), module(x))  # the trained answer
print(loaded(x).numpy().tolist())
#> [2.5, 5.0, 7.5]
# --8<-- [end:fix]
