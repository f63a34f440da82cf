# --8<-- [start:data]
import glob
import os
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(128, 4)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [0.5], [3.0]], "float32")


def build():
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(0.05, momentum=0.9),
                  loss="mse")
    return model
# --8<-- [end:data]

# --8<-- [start:callbacks]
every_epoch = keras.callbacks.ModelCheckpoint(
    "checkpoints/epoch-{epoch:02d}.keras")  # (1)!
best_only = keras.callbacks.ModelCheckpoint(
    "best.weights.h5", monitor="val_loss", save_best_only=True,
    save_weights_only=True)
model = build()
history = model.fit(x, y, validation_split=0.25, epochs=4, verbose=0,
                    callbacks=[every_epoch, best_only])
print(sorted(os.listdir("checkpoints")))
#> ['epoch-01.keras', 'epoch-02.keras', 'epoch-03.keras', 'epoch-04.keras']
print([round(v, 3) for v in history.history["val_loss"]])
#> [3.2, 2.388, 3.773, 1.803]
# --8<-- [end:callbacks]

# --8<-- [start:resume]
latest = sorted(glob.glob("checkpoints/epoch-*.keras"))[-1]  # (1)!
resumed = keras.models.load_model(latest)
for saved, loaded in zip(model.weights + model.optimizer.variables,
                         resumed.weights + resumed.optimizer.variables,
                         strict=True):
    # same weights, same optimizer state
    np.testing.assert_array_equal(saved, loaded)
best_only = keras.callbacks.ModelCheckpoint(  # created anew, as after a crash
    "best.weights.h5", monitor="val_loss", save_best_only=True,
    save_weights_only=True,
    initial_value_threshold=min(history.history["val_loss"]))  # (3)!
more = resumed.fit(x, y, validation_split=0.25, initial_epoch=4, epochs=6,
                   verbose=0, callbacks=[every_epoch, best_only])  # (2)!
print(latest, sorted(os.listdir("checkpoints"))[-2:])
#> checkpoints/epoch-04.keras ['epoch-05.keras', 'epoch-06.keras']
# --8<-- [end:resume]

# --8<-- [start:best]
best = build()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    best.load_weights("best.weights.h5")  # (1)!
assert "Skipping variable loading" in str(caught[0].message)
assert int(best.optimizer.iterations) == 0  # its optimizer: not loaded
best_loss = best.evaluate(x[96:], y[96:], verbose=0)
val_losses = history.history["val_loss"] + more.history["val_loss"]
print(round(best_loss, 3) == round(min(val_losses), 3))  # the best of 6
#> True
# --8<-- [end:best]
