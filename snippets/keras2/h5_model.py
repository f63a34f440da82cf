# --8<-- [start:write]
import json
import os
import shutil

import h5py
import keras
import numpy as np
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    # Keras 2 style: the first layer is given its input shape
    tf_keras.layers.Dense(4, activation="relu", input_shape=(3,)),
    tf_keras.layers.Dense(1),
])
old.layers[0].trainable = False  # a frozen layer
old.compile(optimizer="adam", loss="mean_squared_error")
old.save("old.h5")  # legacy HDF5: config and weights in one file
with h5py.File("old.h5") as f:
    assert "model_config" in f.attrs  # the architecture, as a JSON string
    print(f.attrs["keras_version"], sorted(f))
#> 2.21.0 ['model_weights', 'optimizer_weights']
# --8<-- [end:write]

# --8<-- [start:load]
# compile=False: architecture and weights; the optimizer is not restored
new = keras.models.load_model("old.h5", compile=False)
x = np.ones((2, 3), "float32")
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
frozen = [layer.trainable for layer in new.layers]
assert frozen == [layer.trainable for layer in old.layers] == [False, True]
new.compile(optimizer="adam", loss="mean_squared_error")  # in Keras 3
new.fit(x, np.ones((2, 1)), epochs=1, verbose=0)  # it trains
new.save("new.keras")  # re-save once: from now on a Keras 3 file
os.remove("old.h5")
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(type(again).__module__, again.optimizer.iterations.numpy())
#> keras.src.models.sequential 1
# --8<-- [end:load]

# --8<-- [start:weights]
old.save_weights("old_weights.h5")  # Keras 2 weights-only HDF5 file
again = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(4, activation="relu"),
    keras.layers.Dense(1),
])
again.load_weights("old_weights.h5")  # Keras 3 reads it, layer by layer
np.testing.assert_allclose(again(x), old(x), rtol=1e-6)
again.compile(optimizer="adam", loss="mean_squared_error")  # a new Adam
again.fit(x, np.ones((2, 1)), epochs=1, verbose=0)  # it trains
# --8<-- [end:weights]

# --8<-- [start:axis]
def norm_model(lib, **weights):  # normalizes over the last two axes
    return lib.Sequential([
        lib.Input(shape=(2, 3)),
        lib.layers.LayerNormalization(axis=[1, 2], **weights),
    ])


bare = norm_model(tf_keras, center=False, scale=False)  # no weights
bare.save("bare.h5")
loaded = keras.models.load_model("bare.h5", compile=False)
print(loaded.layers[0].axis)  # the converter dropped [1, 2]
#> [-1]
rng = np.random.default_rng(0)
xs = rng.random((4, 2, 3), "float32")
assert not np.allclose(loaded(xs), bare(xs))  # and nothing said so
full = norm_model(tf_keras)  # with gamma and beta, of shape (2, 3)
full.set_weights([rng.random((2, 3)), rng.random((2, 3))])
full.save("full.h5")
try:
    keras.models.load_model("full.h5", compile=False)
except ValueError as error:
    print(str(error).split(" (named")[0])
#> Shape mismatch in layer #0
rebuilt = norm_model(keras)  # the architecture, in Keras 3 code
rebuilt.load_weights("full.h5")
np.testing.assert_allclose(rebuilt(xs), full(xs), rtol=1e-5, atol=1e-6)
rebuilt.compile(optimizer="adam", loss="mean_squared_error")
rebuilt.fit(xs, xs, epochs=1, verbose=0)  # it trains
# --8<-- [end:axis]

# --8<-- [start:rnn]
tf_keras.utils.set_random_seed(0)
seq = tf_keras.Sequential([
    tf_keras.Input(shape=(5, 4)),
    tf_keras.layers.Bidirectional(
        tf_keras.layers.LSTM(3, return_sequences=True)),
    tf_keras.layers.GRU(2),
    tf_keras.layers.Dense(1),
])
seq.save("rnn.h5")
try:
    keras.models.load_model("rnn.h5", compile=False)
except ValueError as error:
    print(error)
#> Unrecognized keyword arguments passed to LSTM: {'time_major': False}


def drop_time_major(item):
    """Removes `time_major: false` from every layer config, nested too."""
    if isinstance(item, dict):
        if item.pop("time_major", False):  # True: Keras 3 has no such mode
            raise ValueError("time_major=True: rebuild this model instead")
        for value in item.values():
            drop_time_major(value)
    elif isinstance(item, list):
        for value in item:
            drop_time_major(value)


shutil.copy("rnn.h5", "rnn_keras3.h5")  # edit a copy, keep the original
with h5py.File("rnn_keras3.h5", "a") as f:
    config = json.loads(f.attrs["model_config"])
    drop_time_major(config)
    f.attrs["model_config"] = json.dumps(config)
fixed = keras.models.load_model("rnn_keras3.h5", compile=False)
seqs = np.random.default_rng(1).random((8, 5, 4), "float32")
np.testing.assert_allclose(fixed(seqs), seq(seqs), rtol=1e-5, atol=1e-6)
fixed.compile(optimizer="adam", loss="mean_squared_error")
fixed.fit(seqs, np.ones((8, 1)), epochs=1, verbose=0)  # it trains
fixed.save("rnn.keras")  # a Keras 3 file: neither .h5 is needed any more
for path in ("rnn.h5", "rnn_keras3.h5"):
    os.remove(path)
again = keras.models.load_model("rnn.keras")
np.testing.assert_allclose(again(seqs), fixed(seqs), rtol=1e-6)
# --8<-- [end:rnn]
