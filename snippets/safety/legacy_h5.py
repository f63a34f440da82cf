# --8<-- [start:tf_keras_lambda]
import json

import h5py
import keras
import numpy as np
import tf_keras

inputs = tf_keras.Input(shape=(3,))
lam = tf_keras.layers.Lambda(lambda t: t * 2.0 + 1.0)  # Python bytecode
tf_keras.Model(inputs, lam(inputs)).save("received.h5")
# tf_keras 2.21 runs the lambda's bytecode, whatever safe_mode says
legacy = tf_keras.models.load_model("received.h5", safe_mode=True)
print(legacy(np.ones((1, 3))).numpy())
#> [[3. 3. 3.]]
try:  # Keras 3 refuses the same file
    keras.models.load_model("received.h5")
except ValueError as error:
    print(str(error).split(" whose")[0])
#> Requested the deserialization of a `Lambda` layer
# --8<-- [end:tf_keras_lambda]

# --8<-- [start:external]
with open("secret.txt", "wb") as file:  # any file the process may read
    file.write(b"PASSWORD-0123456789abcdefghijklm")  # 32 bytes
dense = tf_keras.Sequential([
    tf_keras.Input(shape=(4,)),
    tf_keras.layers.Dense(2, name="d"),
])
dense.save_weights("received_weights.h5")
with h5py.File("received_weights.h5", "a") as f:  # an attacker edits it:
    del f["d/d/kernel:0"]  # the kernel's 32 bytes now come from secret.txt
    f["d/d"].create_dataset("kernel:0", (4, 2), "float32",
                            external=[("secret.txt", 0, 32)])
dense.load_weights("received_weights.h5")  # tf_keras follows the link
print(dense.get_weights()[0].tobytes()[:8])
#> b'PASSWORD'
dense3 = keras.Sequential([keras.Input(shape=(4,)),
                           keras.layers.Dense(2, name="d")])
try:
    dense3.load_weights("received_weights.h5")  # Keras 3 refuses
except ValueError as error:
    print(str(error).split(":")[0] + ":" + str(error).split(":")[1])
#> Not allowed: H5 file with external Dataset
# --8<-- [end:external]

# --8<-- [start:tf_keras_lookup]
# a config entry naming a function of any installed module
config = {"module": "os", "class_name": "function", "config": "getcwd",
          "registered_name": None}
found = tf_keras.saving.deserialize_keras_object(config, safe_mode=True)
print(found.__module__, found.__name__)  # tf_keras hands it over
#> posix getcwd
try:
    keras.saving.deserialize_keras_object(config, safe_mode=True)
except TypeError as error:  # Keras 3 does not import the module
    print(str(error).split(". ")[0] + ".")
#> Could not locate function 'getcwd'.
# --8<-- [end:tf_keras_lookup]

# --8<-- [start:inspect]
def h5_warnings(path):
    """What to look at before any Keras opens an .h5 file."""
    found = []
    with h5py.File(path, "r") as f:  # reads attributes, runs nothing
        def visit(name, link):  # every link, none followed
            if isinstance(link, h5py.ExternalLink):
                found.append(f"link to another file: {name}")
            elif isinstance(link, h5py.HardLink):
                item = f[name]
                if isinstance(item, h5py.Dataset) and (
                        item.external or item.is_virtual):
                    found.append(f"data from another file: {name}")

        f.visititems_links(visit)
        if "model_config" in f.attrs:  # a whole model, not only weights
            config = f.attrs["model_config"]
            classes = set()
            todo = [json.loads(config)]
            while todo:
                item = todo.pop()
                if isinstance(item, dict):
                    classes.add(item.get("class_name"))
                    todo.extend(item.values())
                elif isinstance(item, list):
                    todo.extend(item)
            for risky in ("Lambda", "TFOpLambda", "__lambda__"):
                if risky in classes:
                    found.append(f"code in the config: {risky}")
    return found


print(h5_warnings("received.h5"))
#> ['code in the config: Lambda']
print(h5_warnings("received_weights.h5"))
#> ['data from another file: d/d/kernel:0']
with h5py.File("linked.h5", "w") as f:  # a link into another HDF5 file
    f["kernel:0"] = h5py.ExternalLink("received_weights.h5", "d/d/bias:0")
print(h5_warnings("linked.h5"))  # tf_keras would follow it
#> ['link to another file: kernel:0']
# --8<-- [end:inspect]
