# --8<-- [start:problem]
import hashlib
import os

import h5py
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.save("real.h5")
with open("real.h5", "rb") as file:
    oid = hashlib.sha256(file.read()).hexdigest()
# what a clone without `git lfs` leaves behind
with open("model.h5", "w") as file:
    file.write("version https://git-lfs.github.com/spec/v1\n"
               f"oid sha256:{oid}\nsize {os.path.getsize('real.h5')}\n")
try:
    keras.models.load_model("model.h5")
except OSError as error:
    print(error)
#> Unable to synchronously open file (file signature not found)
# --8<-- [end:problem]

# --8<-- [start:html]
# a download link that answered with a web page
with open("page.h5", "w") as file:
    file.write("<!DOCTYPE html>\n"
               "<html><head><title>Sign in</title></head></html>\n")
try:
    model.load_weights("page.h5")
except OSError as error:
    print(error)
#> Unable to synchronously open file (file signature not found)
# --8<-- [end:html]

# --8<-- [start:fix]
for name in ["real.h5", "model.h5", "page.h5"]:
    with open(name, "rb") as file:
        first_line = file.readline()[:44]  # HDF5 starts with \x89HDF\r\n\x1a\n
    print(name, h5py.is_hdf5(name), first_line)
#> real.h5 True b'\x89HDF\r\n'
#> model.h5 False b'version https://git-lfs.github.com/spec/v1\n'
#> page.h5 False b'<!DOCTYPE html>\n'
# --8<-- [end:fix]
