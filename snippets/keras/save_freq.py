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
# --8<-- [end:best]
