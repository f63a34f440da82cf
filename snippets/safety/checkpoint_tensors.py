# --8<-- [start:inspect]
import tensorflow as tf

model = tf.Module()
model.kernel = tf.Variable([[1.0, 2.0]])
tf.train.Checkpoint(model=model).write("received/model")

# A checkpoint holds tensors only: listing and reading them executes nothing.
for name, shape in tf.train.list_variables("received/model"):
    print(name, shape)
#> _CHECKPOINTABLE_OBJECT_GRAPH []
#> model/kernel/.ATTRIBUTES/VARIABLE_VALUE [1, 2]
reader = tf.train.load_checkpoint("received/model")
print(reader.get_tensor("model/kernel/.ATTRIBUTES/VARIABLE_VALUE"))
#> [[1. 2.]]
# --8<-- [end:inspect]
