# --8<-- [start:problem]
import textwrap

import numpy as np
import tensorflow as tf

# a layer trained for 10 classes
trained = tf.Variable(tf.reshape(tf.range(40.0), [4, 10]))
tf.train.Checkpoint(w=trained).write("model")
smaller = tf.Variable(tf.zeros([4, 3]))  # the new task has 3
try:
    tf.train.Checkpoint(w=smaller).read("model")
except ValueError as error:
    # wrapped to fit the page
    print(textwrap.fill(str(error).splitlines()[0], 76))
#> Received incompatible tensor with shape (4, 10) when attempting to restore
#> variable with shape (4, 3) and name Variable:0.
# --8<-- [end:problem]

# --8<-- [start:fix]
reader = tf.train.load_checkpoint("model")
key = "w/.ATTRIBUTES/VARIABLE_VALUE"
# inspect, then decide what to load
print(reader.get_variable_to_shape_map()[key])
#> [4, 10]
# here: keep the first three columns
smaller.assign(reader.get_tensor(key)[:, :3])
# restored, not zeros
np.testing.assert_array_equal(smaller.numpy(), trained.numpy()[:, :3])
print(smaller.numpy()[0])
#> [0. 1. 2.]
# --8<-- [end:fix]
