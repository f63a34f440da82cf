# --8<-- [start:save]
import json
import os

import keras
import numpy as np


def build():
    return keras.Sequential([keras.Input(shape=(3,)),
                             keras.layers.Dense(2, name="dense")])


keras.utils.set_random_seed(0)
model = build()
model.save_weights("model.weights.h5")  # (1)!
# --8<-- [end:save]

# --8<-- [start:load]
other = build()  # the same architecture, other random weights
other.load_weights("model.weights.h5")
for a, b in zip(model.get_weights(), other.get_weights(), strict=True):
    np.testing.assert_array_equal(a, b)
print([w.shape for w in other.get_weights()])
#> [(3, 2), (2,)]
# --8<-- [end:load]

# --8<-- [start:sharded]
def build_big():
    return keras.Sequential([keras.Input(shape=(64,)), keras.layers.Dense(64),
                             # two 64x64 kernels of 16 KB each
                             keras.layers.Dense(64)])


big = build_big()
big.save_weights("big.weights.json", max_shard_size=0.00002)  # (1)!
print(sorted(name for name in os.listdir(".") if name.startswith("big")))
#> ['big.weights.json', 'big_00000.weights.h5', 'big_00001.weights.h5']
with open("big.weights.json") as index:
    # which shard holds what
    for path, files in json.load(index)["weight_map"].items():
        print(path, sorted(set(files)))
#> /layers/dense/vars ['big_00000.weights.h5']
#> /layers/dense_1/vars ['big_00001.weights.h5']
again = keras.Sequential([keras.Input(shape=(64,)),
                          keras.layers.Dense(64, name="first"),
                          # other names, same classes
                          keras.layers.Dense(64, name="second")])
again.load_weights("big.weights.json")  # the index file, not a shard
for a, b in zip(big.get_weights(), again.get_weights(), strict=True):
    np.testing.assert_array_equal(a, b)
# --8<-- [end:sharded]
