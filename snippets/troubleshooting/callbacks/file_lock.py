# --8<-- [start:problem]
import fcntl

import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.save("model.h5")
# another process holds the file, as HDF5 itself would
# (a worker, a notebook that loaded it, a second training job)
other = open("model.h5", "rb")
fcntl.flock(other, fcntl.LOCK_EX | fcntl.LOCK_NB)
try:
    model.save("model.h5")
except BlockingIOError as error:  # an OSError
    print(error)
#> [Errno 11] Unable to synchronously create file (unable to lock file, errno = 11, error message = 'Resource temporarily unavailable')
# --8<-- [end:problem]

# --8<-- [start:fix]
other.close()  # the other process ends or closes the file
model.compile(optimizer="adam", loss="mean_squared_error")
x, y = np.ones((2, 3), "float32"), np.ones((2, 1))
model.fit(x, y, verbose=0)  # in training, as ModelCheckpoint saves it
model.save("model.h5")
reloaded = keras.models.load_model("model.h5", compile=False)
np.testing.assert_array_equal(reloaded(x), model(x))
reloaded.compile(optimizer="adam", loss="mean_squared_error")
reloaded.fit(x, y, verbose=0)  # trains on, from a fresh optimizer
print("optimizer" in model.get_compile_config())  # the .h5 save took it
#> False

model.compile(optimizer=model.optimizer, loss="mean_squared_error")
assert int(model.optimizer.iterations) == 1  # compile kept its state
model.save("model.keras")
held = open("model.keras", "rb")
fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held elsewhere
model.save("model.keras")  # saves all the same
held.close()
reloaded = keras.models.load_model("model.keras")
np.testing.assert_array_equal(reloaded(x), model(x))
for mine, theirs in zip(reloaded.optimizer.variables,
                        model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # Adam's state kept
reloaded.fit(x, y, verbose=0)  # trains on
# --8<-- [end:fix]
