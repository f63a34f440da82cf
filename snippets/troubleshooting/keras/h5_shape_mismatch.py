# --8<-- [start:problem]
import warnings

import keras
import numpy as np


def make(classes, name):
    return keras.Sequential([keras.Input(shape=(3,)),
                             keras.layers.Dense(4, name="hidden"),
                             keras.layers.Dense(classes, name="head")],
                            name=name)


old = make(classes=1, name="old")
old.save("old.h5")  # legacy HDF5, as Keras 2 wrote it
try:
    make(classes=5, name="new").load_weights("old.h5")
except ValueError as error:
    print(error)
#> Shape mismatch in layer #1 (named head)for weight new/head/kernel. Weight expects shape (4, 5). Received saved weight with shape (4, 1)
# --8<-- [end:problem]

# --8<-- [start:fix]
new = make(classes=5, name="new")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    new.load_weights("old.h5", by_name=True, skip_mismatch=True)
print(*[str(w.message).split(". ")[0] for w in caught
        if w.category is UserWarning], sep="\n")
#> Skipping loading weights for layer #1 (named head)due to mismatch in shape for weight new/head/kernel
#> Skipping loading weights for layer #1 (named head)due to mismatch in shape for weight new/head/bias
np.testing.assert_array_equal(new.get_layer("hidden").kernel.numpy(),
                              old.get_layer("hidden").kernel.numpy())
# --8<-- [end:fix]
