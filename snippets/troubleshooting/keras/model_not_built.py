# --8<-- [start:problem]
import warnings

import keras
import numpy as np


class Net(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(4)
        self.head = keras.layers.Dense(1)

    def call(self, x):
        return self.head(self.hidden(x))


x = np.ones((2, 3), "float32")
trained = Net()
trained.compile(optimizer="adam", loss="mse")
trained.fit(x, np.zeros((2, 1)), verbose=0)  # creates the variables
trained.save_weights("net.weights.h5")
fresh = Net()  # no variables yet
try:
    fresh.load_weights("net.weights.h5")
except ValueError as error:
    print(error)
#> You are loading weights into a model that has not yet been built. Try building the model first by calling it on some data or by using `build()`.
# --8<-- [end:problem]

# --8<-- [start:fix]
fresh(x)  # one call on data of the right shape creates every variable
fresh.compile(optimizer="adam", loss="mse")  # to train on, compile and
fresh.optimizer.build(fresh.trainable_variables)  # build it before loading
fresh.load_weights("net.weights.h5")  # else its state is left out
np.testing.assert_allclose(fresh(x), trained(x), rtol=1e-6)
for mine, saved in zip(fresh.optimizer.variables,
                       trained.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, saved)  # step count and moments
fresh.fit(x, np.zeros((2, 1)), verbose=0)  # and it trains on
# --8<-- [end:fix]

# --8<-- [start:build_trap]
trap = Net(name="trap")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    trap.build((None, 3))  # Net has no build(): only marked as built
    trap.load_weights("net.weights.h5")  # no error, and nothing loaded
print([str(w.message).split(", however")[0] for w in caught
       if w.category is UserWarning])
#> ["`build()` was called on layer 'trap'"]
print(len(trap.weights))
#> 0
# the call created new random weights
assert not np.allclose(trap(x), trained(x))
# --8<-- [end:build_trap]
