# --8<-- [start:problem]
import warnings

import keras
import numpy as np


def make(classes):
    return keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4, name="hidden"),
                             keras.layers.Dense(classes, name="head")])


old = make(classes=1)
old.save_weights("old.weights.h5")
new = make(classes=2)  # same body, a new head
try:
    new.load_weights("old.weights.h5")
except ValueError as error:
    lines = str(error).splitlines()
    print(lines[0])
    print("..." + lines[2][lines[2].index("variable.shape"):].split(". Target")[0])
#> A total of 1 objects could not be loaded. Example error message for object <Dense name=head, built=True>:
#> ...variable.shape=(4, 2), Received: value.shape=(4, 1)
# --8<-- [end:problem]

# --8<-- [start:partial]
# The layers that fit were loaded all the same, before the error was raised:
np.testing.assert_array_equal(new.layers[0].kernel.numpy(), old.layers[0].kernel.numpy())
print(sorted(layer.name for layer in new.layers))
#> ['head', 'hidden']
old.save("old.keras")  # the weights inside a .keras file load the same way
try:
    make(classes=2).load_weights("old.keras")
except ValueError as error:
    print(str(error)[:41])
#> A total of 1 objects could not be loaded.
# --8<-- [end:partial]

# --8<-- [start:fix]
fresh = make(classes=2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fresh.load_weights("old.weights.h5", skip_mismatch=True)  # a warning, not an error
print([str(w.message)[:41] for w in caught if w.category is UserWarning])
#> ['A total of 1 objects could not be loaded.']
np.testing.assert_array_equal(fresh.layers[0].kernel.numpy(), old.layers[0].kernel.numpy())
# --8<-- [end:fix]

# --8<-- [start:by_layer]
# Or copy layer by layer from a model built like the file's, then loaded:
source = make(classes=1)
source.load_weights("old.weights.h5")
target = make(classes=2)
target.layers[0].set_weights(source.layers[0].get_weights())
np.testing.assert_array_equal(target.layers[0].kernel.numpy(), old.layers[0].kernel.numpy())
print(target.layers[1].kernel.shape)
#> (4, 2)
# --8<-- [end:by_layer]
