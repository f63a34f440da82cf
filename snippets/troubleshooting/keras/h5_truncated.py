# --8<-- [start:problem]
import contextlib
import hashlib
import io
import os

import h5py
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.save("model.h5")
with open("model.h5", "rb") as file:
    data = file.read()
with open("partial.h5", "wb") as file:  # a download that stopped early
    file.write(data[:4096])
try:
    keras.models.load_model("partial.h5")
except OSError as error:
    message = str(error)
    print(message.split(", sblock")[0] + ", ...)")  # the rest: sizes in bytes
#> Unable to synchronously open file (truncated file: eof = 4096, ...)
# the header knows the full size
assert f"stored_eof = {len(data)})" in message
# the header is intact: only the size gives it away
print(h5py.is_hdf5("partial.h5"))
#> True
# --8<-- [end:problem]

# --8<-- [start:fix]
expected = hashlib.sha256(data).hexdigest()  # publish this beside the file
with contextlib.redirect_stdout(io.StringIO()):  # hide get_file's progress bar
    try:  # a local file:// URL stands in for the download
        keras.utils.get_file("model.h5",
                             "file://" + os.path.abspath("partial.h5"),
                             file_hash=expected, cache_dir=".")
    except ValueError as error:
        caught = str(error).split(". ")[0]
    # the cached copy fails the hash too, so get_file downloads it again:
    path = keras.utils.get_file("model.h5",
                                "file://" + os.path.abspath("model.h5"),
                                file_hash=expected, cache_dir=".")
print(caught)
#> Incomplete or corrupted file detected
print(keras.models.load_model(path).count_params())
#> 4
# --8<-- [end:fix]
