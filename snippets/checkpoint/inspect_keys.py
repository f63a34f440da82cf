# --8<-- [start:save]
import tensorflow as tf

model = tf.Module()
model.w = tf.Variable([[1.0, 2.0]])
ckpt = tf.train.Checkpoint(model=model, step=tf.Variable(7, dtype=tf.int64))
path = ckpt.save("ckpt/run")
# --8<-- [end:save]

# --8<-- [start:list]
for name, shape in tf.train.list_variables(path):
    print(name, shape)
#> _CHECKPOINTABLE_OBJECT_GRAPH []
#> model/w/.ATTRIBUTES/VARIABLE_VALUE [1, 2]
#> save_counter/.ATTRIBUTES/VARIABLE_VALUE []
#> step/.ATTRIBUTES/VARIABLE_VALUE []
# --8<-- [end:list]

# --8<-- [start:read]
reader = tf.train.load_checkpoint(path)
print(reader.get_tensor("model/w/.ATTRIBUTES/VARIABLE_VALUE"))
#> [[1. 2.]]
dtypes = reader.get_variable_to_dtype_map()
print(dtypes["step/.ATTRIBUTES/VARIABLE_VALUE"].name)
#> int64
# --8<-- [end:read]
