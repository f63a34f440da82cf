# --8<-- [start:problem]
import os
import warnings

import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2),
                          keras.layers.Dense(1)])
try:  # no folder named "weights" here
    model.save_weights("weights/model.weights.h5")
except FileNotFoundError as error:  # an OSError
    print(error)
#> [Errno 2] Unable to synchronously create file (unable to open file: name = 'weights/model.weights.h5', errno = 2, error message = 'No such file or directory', flags = 13, o_flags = 242)
# --8<-- [end:problem]

# --8<-- [start:who]
try:  # a .keras file: the same, in Python's words
    model.save("models/model.keras")
except FileNotFoundError as error:
    print(error)
#> [Errno 2] No such file or directory: 'models/model.keras'
model.layers[0].trainable = False  # a frozen layer, then training
model.compile(optimizer="adam", loss="mean_squared_error")
checkpoint = keras.callbacks.ModelCheckpoint("ckpts/{epoch}.keras")
model.fit(np.ones((2, 3)), np.ones((2, 1)), callbacks=[checkpoint],
          verbose=0)
print(os.listdir("ckpts"))  # ModelCheckpoint made its folder
#> ['1.keras']
# --8<-- [end:who]

# --8<-- [start:fix]
os.makedirs("weights", exist_ok=True)  # once, before the first save
model.save_weights("weights/model.weights.h5")
x = np.ones((1, 3), "float32")
rebuilt = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2),
                            keras.layers.Dense(1)])
rebuilt.layers[0].trainable = False  # not in the file: freeze it first
rebuilt.compile(optimizer="adam", loss="mean_squared_error")
rebuilt.optimizer.build(rebuilt.trainable_variables)  # to take its state
rebuilt.load_weights("weights/model.weights.h5")
np.testing.assert_array_equal(rebuilt(x), model(x))
for mine, theirs in zip(rebuilt.optimizer.variables,
                        model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # Adam's step and moments
frozen = rebuilt.layers[0].get_weights()
rebuilt.fit(x, np.ones((1, 1)), verbose=0)  # trains on, the layer frozen
np.testing.assert_equal(rebuilt.layers[0].get_weights(), frozen)
print(os.listdir("weights"))
#> ['model.weights.h5']
# --8<-- [end:fix]

# --8<-- [start:late]
def fresh():
    return keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2),
                             keras.layers.Dense(1)])


early = fresh()  # loaded before compiling: the optimizer's state is dropped
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    early.load_weights("weights/model.weights.h5")
assert not caught  # no message at all
early.layers[0].trainable = False
early.compile(optimizer="adam", loss="mean_squared_error")
early.optimizer.build(early.trainable_variables)
print(int(early.optimizer.iterations))  # Adam starts afresh
#> 0

late = fresh()
late.compile(optimizer=keras.optimizers.Adam(name="adam"),
             loss="mean_squared_error")
late.optimizer.build(late.trainable_variables)  # moments for all 4
late.layers[0].trainable = False  # frozen too late for the optimizer
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    late.load_weights("weights/model.weights.h5")
print(str(caught[0].message).strip().replace(", because", ",\nbecause"))
#> Skipping variable loading for optimizer 'adam',
#> because it has 10 variables whereas the saved optimizer has 6 variables.
np.testing.assert_array_equal(late(x), model(x))  # the layers: loaded
print(int(late.optimizer.iterations))  # Adam starts afresh
#> 0

slower = fresh()
slower.layers[0].trainable = False
slower.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-5),
               loss="mean_squared_error")
slower.optimizer.build(slower.trainable_variables)
slower.load_weights("weights/model.weights.h5")  # the file's rate wins
print(round(float(slower.optimizer.learning_rate), 6))
#> 0.001
slower.optimizer.learning_rate = 1e-5  # a new rate: set it after the load
# --8<-- [end:late]
