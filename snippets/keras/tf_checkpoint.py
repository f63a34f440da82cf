# --8<-- [start:save]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.ones((4, 3), "float32")
y = np.zeros((4, 2), "float32")


def build():
    model = keras.Sequential([keras.Input(shape=(3,)),
                              keras.layers.Dense(2, name="dense")])
    model.compile(optimizer="adam", loss="mse")
    return model


model = build()
model.fit(x, y, epochs=2, shuffle=False, verbose=0)
ckpt = tf.train.Checkpoint(model=model)
path = ckpt.save("tf_ckpt/model")
for name, shape in tf.train.list_variables(path):
    print(name.removesuffix("/.ATTRIBUTES/VARIABLE_VALUE"), shape)
#> _CHECKPOINTABLE_OBJECT_GRAPH []
#> model/optimizer/_iterations []
#> model/optimizer/_learning_rate []
#> model/optimizer/_trainable_variables/0 [3, 2]
#> model/optimizer/_trainable_variables/1 [2]
#> model/optimizer/_variables/2 [3, 2]
#> model/optimizer/_variables/3 [3, 2]
#> model/optimizer/_variables/4 [2]
#> model/optimizer/_variables/5 [2]
#> save_counter []
# --8<-- [end:save]

# --8<-- [start:restore]
other = build()  # compiled, never trained: its optimizer is not built
status = tf.train.Checkpoint(model=other).restore(path)
status.assert_existing_objects_matched()
np.testing.assert_array_equal(other(x), model(x))  # same predictions
print(other.optimizer.iterations.numpy())  # the step count, at once
#> 2
# Adam's moments wait in `status` until fit builds the optimizer
other.fit(x, y, epochs=1, shuffle=False, verbose=0)
model.fit(x, y, epochs=1, shuffle=False, verbose=0)
np.testing.assert_equal(other.get_weights(), model.get_weights())  # all
# --8<-- [end:restore]
