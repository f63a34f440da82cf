# --8<-- [start:problem]
import tensorflow as tf

tf.train.Checkpoint(w=tf.Variable(tf.zeros([4, 10]))).write("model")
bigger = tf.Variable(tf.zeros([4, 3]))
try:
    tf.train.Checkpoint(w=bigger).read("model")
except ValueError as error:
    print(str(error).splitlines()[0])
#> Received incompatible tensor with shape (4, 10) when attempting to restore variable with shape (4, 3) and name Variable:0.
# --8<-- [end:problem]

# --8<-- [start:fix]
reader = tf.train.load_checkpoint("model")
key = "w/.ATTRIBUTES/VARIABLE_VALUE"
print(reader.get_variable_to_shape_map()[key])  # inspect, then decide what to load
#> [4, 10]
bigger.assign(reader.get_tensor(key)[:, :3])  # here: keep the first three columns
print(bigger.shape)
#> (4, 3)
# --8<-- [end:fix]
