# --8<-- [start:save]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)),
                          keras.layers.Dense(2, name="dense")])
ckpt = tf.train.Checkpoint(model=model)
path = ckpt.save("tf_ckpt/model")
for name, shape in tf.train.list_variables(path):
    print(name, shape)
#> _CHECKPOINTABLE_OBJECT_GRAPH []
#> model/_functional/_operations/1/_kernel/.ATTRIBUTES/VARIABLE_VALUE [3, 2]
#> model/_functional/_operations/1/bias/.ATTRIBUTES/VARIABLE_VALUE [2]
#> save_counter/.ATTRIBUTES/VARIABLE_VALUE []
# --8<-- [end:save]

# --8<-- [start:restore]
other = keras.Sequential([keras.Input(shape=(3,)),
                          keras.layers.Dense(2, name="dense")])
status = tf.train.Checkpoint(model=other).restore(path)
status.assert_existing_objects_matched()
x = np.ones((1, 3), "float32")
np.testing.assert_array_equal(other(x), model(x))  # same predictions
print("restored", [w.shape for w in other.get_weights()])
#> restored [(3, 2), (2,)]
# --8<-- [end:restore]
