# --8<-- [start:save]
import keras
import numpy as np
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

# --8<-- [start:keys_change]
def build():
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
    return model


def kernel_keys(prefix):
    return [k for k, _ in tf.train.list_variables(prefix) if "kernel" in k]


model = build()
before = tf.train.Checkpoint(model=model).write("before/ckpt")
print(kernel_keys(before))
#> ['model/_functional/_operations/1/_kernel/.ATTRIBUTES/VARIABLE_VALUE']
model.fit(np.ones([4, 2]), np.ones([4, 1]), verbose=0)
after = tf.train.Checkpoint(model=model).write("after/ckpt")
print(kernel_keys(after))  # (1)!
#> []
key = "model/optimizer/_trainable_variables/0/.ATTRIBUTES/VARIABLE_VALUE"
np.testing.assert_array_equal(tf.train.load_checkpoint(after).get_tensor(key),
                              model.layers[0].kernel.numpy())
# --8<-- [end:keys_change]

# --8<-- [start:match_objects]
fresh = build()
fresh.optimizer.build(fresh.trainable_variables)
status = tf.train.Checkpoint(model=fresh).read(after)
status.assert_consumed()
x = np.ones([4, 2])  # same predictions, same optimizer step count
np.testing.assert_array_equal(fresh(x).numpy(), model(x).numpy())
assert int(fresh.optimizer.iterations) == int(model.optimizer.iterations)
# --8<-- [end:match_objects]
