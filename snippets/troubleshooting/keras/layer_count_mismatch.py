# --8<-- [start:problem]
import keras
import numpy as np

old = keras.Sequential([keras.Input(shape=(3,)),
                        keras.layers.Dense(4, name="hidden"), keras.layers.Dense(1, name="head")])
old.save("old.h5")  # legacy HDF5, as Keras 2 wrote it
new = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4, name="hidden"),
                        keras.layers.Dense(4, name="extra"), keras.layers.Dense(1, name="head")])
try:
    new.load_weights("old.h5")
except ValueError as error:
    print(error)
#> Layer count mismatch when loading weights from file. Model expected 3 layers, found 2 saved layers.
# --8<-- [end:problem]

# --8<-- [start:fix]
new.load_weights("old.h5", by_name=True)  # match layers by name, not by position
for name in ["hidden", "head"]:
    np.testing.assert_array_equal(new.get_layer(name).kernel.numpy(),
                                  old.get_layer(name).kernel.numpy())
print([layer.name for layer in new.layers])
#> ['hidden', 'extra', 'head']
unnamed = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4), keras.layers.Dense(1)])
before = unnamed.layers[0].kernel.numpy()
unnamed.load_weights("old.h5", by_name=True)  # no name matches: nothing loaded, no error
np.testing.assert_array_equal(unnamed.layers[0].kernel.numpy(), before)
# --8<-- [end:fix]
