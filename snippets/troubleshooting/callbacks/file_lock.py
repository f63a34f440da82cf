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
model.save("model.h5")
x = np.ones((1, 3), "float32")
reloaded = keras.models.load_model("model.h5", compile=False)
np.testing.assert_array_equal(reloaded(x), model(x))
print(reloaded.count_params())
#> 4

model.save("model.keras")
held = open("model.keras", "rb")
fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # held elsewhere
model.save("model.keras")  # saves all the same
held.close()
reloaded = keras.models.load_model("model.keras")
np.testing.assert_array_equal(reloaded(x), model(x))
# --8<-- [end:fix]
