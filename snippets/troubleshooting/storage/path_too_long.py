# --8<-- [start:problem]
import hashlib
import json
import os

import numpy as np
import tensorflow as tf

w = tf.Variable([1.0, 2.0])
ckpt = tf.train.Checkpoint(w=w)
hparams = {"lr": 0.0005, "routing": 2, "filters": "3_11", "channels": "8_16",
           "primary": "13_4_32", "output": 32, "dense": "256_512"}
name = "_".join(f"{k}_{v}" for k, v in hparams.items()) * 4  # one name
print(len(name))  # Linux allows 255 bytes per name, Windows 260 per path
#> 344
try:
    ckpt.write(os.path.join("runs", name, "ckpt"))
except tf.errors.InvalidArgumentError as error:
    print(error.message.split("; ")[-1])
#> File name too long
# --8<-- [end:problem]

# --8<-- [start:fix]
folder = os.path.join("runs", hashlib.sha1(name.encode()).hexdigest()[:12])
os.makedirs(folder, exist_ok=True)
with open(os.path.join(folder, "hparams.json"), "w") as f:
    json.dump(hparams, f)  # the long description, as data
path = ckpt.write(os.path.join(folder, "ckpt"))
w.assign([0.0, 0.0])
ckpt.read(path).assert_consumed()
np.testing.assert_allclose(w.numpy(), [1.0, 2.0])
print(len(path), sorted(os.listdir(folder)))
#> 22 ['ckpt.data-00000-of-00001', 'ckpt.index', 'hparams.json']
# --8<-- [end:fix]
