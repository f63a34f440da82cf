# --8<-- [start:save]
import numpy as np
import keras


def build():
    return keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2, name="dense")])


keras.utils.set_random_seed(0)
model = build()
model.save_weights("model.weights.h5")  # (1)!
# --8<-- [end:save]

# --8<-- [start:load]
other = build()  # the same architecture, other random weights
other.load_weights("model.weights.h5")
for a, b in zip(model.get_weights(), other.get_weights()):
    np.testing.assert_array_equal(a, b)
print([w.shape for w in other.get_weights()])
#> [(3, 2), (2,)]
# --8<-- [end:load]

