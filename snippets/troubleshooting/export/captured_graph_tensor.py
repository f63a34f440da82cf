# --8<-- [start:problem]
import re

import numpy as np
import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def scale(self, x):
        self.scaled = x * self.w  # a tensor of scale's graph, kept on self
        return self.scaled

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def shift(self, y):
        return y + self.scaled  # ...read by another function


scaler = Scaler()
scaler.scale(tf.constant([1.0, 2.0]))
try:
    tf.saved_model.save(scaler, "scaler")
except ValueError as error:
    message = re.sub(r"b'__inference_\w+'", "b'...'", str(error))
    print(re.sub(r'Tensor\(".*?"', 'Tensor("..."', message).split(". ")[0])
#> Unable to save function b'...' because it captures graph tensor Tensor("...", shape=(None,), dtype=float32) from a parent function which cannot be converted to a constant with `tf.get_static_value`.
# --8<-- [end:problem]

# --8<-- [start:fix]
class StatefulScaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)
        self.scaled = tf.Variable(  # state, not a weight: not trainable
            tf.zeros([0]), shape=tf.TensorShape([None]), trainable=False)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def scale(self, x):
        self.scaled.assign(x * self.w)  # state between calls: a variable
        return self.scaled.read_value()

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def shift(self, y):
        return y + self.scaled


scaler = StatefulScaler()
(trained,) = scaler.trainable_variables  # w alone, as before the fix
assert trained is scaler.w
tf.saved_model.save(scaler, "scaler")
loaded = tf.saved_model.load("scaler")
loaded.scale(tf.constant([1.0, 2.0]))
np.testing.assert_allclose(loaded.shift(tf.constant([1.0, 1.0])), [3.0, 5.0])
# --8<-- [end:fix]
