# --8<-- [start:problem]
import copy
import pickle

import keras
import numpy as np


class Double(keras.layers.Layer):  # a custom layer, not registered
    def call(self, x):
        return x * 2.0


x = np.ones((1, 3), "float32")
custom = keras.Sequential([keras.Input(shape=(3,)), Double(),
                           keras.layers.Dense(2)])
# pickling works: it writes a .keras archive in memory
blob = pickle.dumps(custom)
try:
    # unpickling rebuilds the model from its config, like load_model
    pickle.loads(blob)
except TypeError as error:
    message = str(error)
    start = message.index("Could not locate")
    print("pickle.loads:", message[start:].split(".")[0])
#> pickle.loads: Could not locate class 'Double'
try:
    copy.deepcopy(custom)  # deepcopy takes the same route
except TypeError:
    print("copy.deepcopy: TypeError too")
#> copy.deepcopy: TypeError too
# --8<-- [end:problem]

# --8<-- [start:fix]
# or register the class
with keras.saving.custom_object_scope({"Double": Double}):
    restored = pickle.loads(blob)
np.testing.assert_allclose(restored(x), custom(x), rtol=1e-6)
plain = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
np.testing.assert_allclose(pickle.loads(pickle.dumps(plain))(x), plain(x),
                           rtol=1e-6)
twin = copy.deepcopy(plain)
np.testing.assert_allclose(twin(x), plain(x), rtol=1e-6)
print(twin is plain, twin.layers[0].kernel is plain.layers[0].kernel)
#> False False
# --8<-- [end:fix]

# --8<-- [start:clone]
clone = keras.models.clone_model(plain)  # same architecture, NEW weights
assert not np.allclose(clone(x), plain(x))
clone.set_weights(plain.get_weights())
np.testing.assert_allclose(clone(x), plain(x), rtol=1e-6)
print(len(clone.get_weights()))
#> 2
plain.compile(optimizer="adam", loss="mse")
plain.fit(x, np.zeros((1, 2)), verbose=0)  # one step: Adam has state now
clone = keras.models.clone_model(plain)  # compiled anew: a new optimizer
clone.set_weights(plain.get_weights())  # copies the layers' weights only
twin = copy.deepcopy(plain)  # the whole model, optimizer state included
print(plain.optimizer.iterations.numpy(), clone.optimizer.iterations.numpy(),
      twin.optimizer.iterations.numpy())
#> 1 0 1
for mine, theirs in zip(twin.optimizer.variables, plain.optimizer.variables,
                        strict=True):
    np.testing.assert_array_equal(mine, theirs)
twin.fit(x, np.zeros((1, 2)), verbose=0)  # and it trains on from there
# --8<-- [end:clone]
