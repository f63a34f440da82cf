# --8<-- [start:interrupted]
import os

import keras
import numpy as np

x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], "float32")


def build():
    keras.utils.set_random_seed(0)  # the same initial weights every time
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(0.1), loss="mse")
    return model


class Crash(keras.callbacks.Callback):  # stands in for a killed job
    def on_epoch_begin(self, epoch, logs=None):
        if epoch == 3:
            raise RuntimeError("interrupted in epoch 4")


backup = keras.callbacks.BackupAndRestore("backup")  # (1)!
try:
    build().fit(x, y, batch_size=16, epochs=6, shuffle=False, verbose=0,
                callbacks=[backup, Crash()])
except RuntimeError as error:
    print(error)
#> interrupted in epoch 4
print(sorted(os.listdir("backup")),
      open("backup/training_metadata.json").read())
#> ['latest.weights.h5', 'training_metadata.json'] {"epoch": 3, "batch": 0}
# --8<-- [end:interrupted]

# --8<-- [start:resume]
# a new process would start here: a fresh model, the same call to fit
model = build()
history = model.fit(x, y, batch_size=16, epochs=6, shuffle=False, verbose=0,
                    callbacks=[backup])
print(history.epoch, os.path.exists("backup"))  # (1)!
#> [3, 4, 5] False

uninterrupted = build()
uninterrupted.fit(x, y, batch_size=16, epochs=6, shuffle=False, verbose=0)
for resumed, straight in zip(model.weights, uninterrupted.weights,
                             strict=True):
    np.testing.assert_array_equal(resumed, straight)
print(model.optimizer.iterations.numpy(),
      uninterrupted.optimizer.iterations.numpy())
#> 24 24
# --8<-- [end:resume]
