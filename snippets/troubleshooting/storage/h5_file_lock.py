# --8<-- [start:problem]
import subprocess
import sys

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.save_weights("model.weights.h5")

# another process (a notebook, a second run, a viewer) keeps the file open
holder = subprocess.Popen(
    [sys.executable, "-c", "import h5py, sys\n"
     "f = h5py.File('model.weights.h5', 'r'); print('open', flush=True)\n"
     "sys.stdin.read()"],
    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
holder.stdout.readline()  # wait until it holds the file
try:
    model.save_weights("model.weights.h5")  # overwrite it
except BlockingIOError as error:
    print(str(error).split("(")[1].rstrip(")"))
#> unable to lock file, errno = 11, error message = 'Resource temporarily unavailable'
# --8<-- [end:problem]

# --8<-- [start:fix]
holder.communicate("")  # the other process closes the file and exits
model.save_weights("model.weights.h5")  # now the overwrite works
again = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
again.load_weights("model.weights.h5")
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(again.predict(x, verbose=0),
                           model.predict(x, verbose=0))
print(holder.returncode)
#> 0
# --8<-- [end:fix]
