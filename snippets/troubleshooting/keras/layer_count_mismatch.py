# --8<-- [start:problem]
import keras
import numpy as np
from keras.layers import Dense

old = keras.Sequential([keras.Input(shape=(3,)),
                        Dense(4, name="hidden"), Dense(1, name="head")])
old.save("old.h5")  # legacy HDF5, as Keras 2 wrote it
new = keras.Sequential([keras.Input(shape=(3,)), Dense(4, name="hidden"),
                        Dense(4, name="extra"), Dense(1, name="head")])
try:
    new.load_weights("old.h5")
except ValueError as error:
    print(error)
#> Layer count mismatch when loading weights from file. Model expected 3 layers, found 2 saved layers.
# --8<-- [end:problem]

# --8<-- [start:fix]
new.load_weights("old.h5", by_name=True)  # by layer name, not position
for name in ["hidden", "head"]:
    np.testing.assert_array_equal(new.get_layer(name).kernel,
                                  old.get_layer(name).kernel)
print([layer.name for layer in new.layers])
#> ['hidden', 'extra', 'head']
# --8<-- [end:fix]

# --8<-- [start:auto_names]
keras.utils.clear_session()  # names restart at `dense`, as in a new process
auto = keras.Sequential([keras.Input(shape=(3,)), Dense(4), Dense(1)])
auto.save("auto.h5")  # layers dense, dense_1
keras.utils.clear_session()
grown = keras.Sequential([keras.Input(shape=(3,)),
                          Dense(4), Dense(4), Dense(1)])
try:  # dense_1 is now the inserted layer
    grown.load_weights("auto.h5", by_name=True)
except ValueError as error:
    print(str(error).split(". ")[0])
#> Shape mismatch in layer #1 (named dense_1)for weight sequential/dense_1/kernel
# --8<-- [end:auto_names]
