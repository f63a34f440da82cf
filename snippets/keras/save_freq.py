# --8<-- [start:save_freq]
import os
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")

every_3_batches = keras.callbacks.ModelCheckpoint(
    "every_3_batches/epoch{epoch}-batch{batch}.weights.h5",  # (1)!
    save_weights_only=True, save_freq=3)
model.fit(x, y, batch_size=16, epochs=2, verbose=0,
          callbacks=[every_3_batches])  # (2)!
print(sorted(os.listdir("every_3_batches")))
#> ['epoch1-batch3.weights.h5', 'epoch2-batch2.weights.h5']
# --8<-- [end:save_freq]

# --8<-- [start:best]
best = keras.callbacks.ModelCheckpoint(  # monitor="val_loss" by default
    "best/epoch{epoch}-batch{batch}.weights.h5", save_weights_only=True,
    save_freq=3, save_best_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(x, y, batch_size=16, epochs=2, validation_data=(x, y),
              verbose=0, callbacks=[best])  # (1)!
print(sorted({str(w.message) for w in caught
              if w.category is UserWarning}))
#> ['Can save best model only with val_loss available.']
print(sorted(os.listdir("best")))  # every save, best or not
#> ['epoch1-batch3.weights.h5', 'epoch2-batch2.weights.h5']

by_loss = keras.callbacks.ModelCheckpoint(  # the running training loss
    "by_loss/epoch{epoch}-batch{batch}.weights.h5", save_weights_only=True,
    save_freq=3, save_best_only=True, monitor="loss", mode="min")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(x, y, batch_size=16, epochs=2, verbose=0, callbacks=[by_loss])
assert not [w for w in caught if w.category is UserWarning]
print(sorted(os.listdir("by_loss")))  # saved because the loss improved
#> ['epoch1-batch3.weights.h5', 'epoch2-batch2.weights.h5']
too_early = keras.callbacks.ModelCheckpoint(  # (2)!
    "too_early.weights.h5", save_weights_only=True, save_freq=1,
    save_best_only=True, monitor="loss", mode="min")
try:
    model.fit(x, y, batch_size=16, epochs=1, verbose=0,
              callbacks=[too_early])
except TypeError as error:
    print(error)
#> 'NoneType' object is not callable
# --8<-- [end:best]
