# --8<-- [start:save]
import gc

import numpy as np
import tensorflow as tf


class Dense(tf.Module):
    """Creates its variables on the first call, when the input is known."""

    def __call__(self, x):
        if not hasattr(self, "kernel"):
            self.kernel = tf.Variable(tf.ones([x.shape[-1], 1]))
        return x @ self.kernel


layer = Dense()
layer(tf.ones([1, 3]))
layer.kernel.assign([[1.0], [2.0], [3.0]])
tf.train.Checkpoint(layer=layer).write("dense")
# --8<-- [end:save]

# --8<-- [start:deferred]
fresh = Dense()  # no variables yet
status = tf.train.Checkpoint(layer=fresh).read("dense")
print(hasattr(fresh, "kernel"))
#> False
# the kernel is created, then restored at once
print(fresh(tf.ones([1, 3])).numpy())
#> [[6.]]
assert fresh.kernel.numpy().tolist() == [[1.0], [2.0], [3.0]]
status.assert_consumed()
# --8<-- [end:deferred]

# --8<-- [start:where_values_wait]
other = Dense()
# neither the status nor the Checkpoint is kept
tf.train.Checkpoint(layer=other).read("dense")
gc.collect()
print(sorted(other._deferred_dependencies))  # (1)!
#> ['kernel']
np.testing.assert_array_equal(other(tf.ones([1, 3])).numpy(), [[6.0]])
# --8<-- [end:where_values_wait]
