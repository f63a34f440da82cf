# --8<-- [start:problem]
import os
import warnings

import keras
import numpy as np

x = np.ones((8, 3), "float32")
y = np.ones((8, 1), "float32")
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
checkpoint = keras.callbacks.ModelCheckpoint(
    "model-{epoch}.keras", monitor="val_loss", save_best_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(x, y, epochs=3, verbose=0, callbacks=[checkpoint])
print(sorted({str(w.message) for w in caught
              if w.category is UserWarning}))
#> ['Can save best model only with val_loss available.']
print(sorted(os.listdir(".")))  # Keras 3 then saves every epoch
#> ['model-1.keras', 'model-2.keras', 'model-3.keras']
# --8<-- [end:problem]

# --8<-- [start:validation_freq]
os.makedirs("freq")
checkpoint = keras.callbacks.ModelCheckpoint(
    "freq/best-{epoch}.keras", monitor="val_loss", save_best_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(x, y, validation_data=(x, y), validation_freq=2, epochs=4,
              verbose=0, callbacks=[checkpoint])
print(sorted(os.listdir("freq")))  # epochs 1 and 3 did not validate
#> ['best-1.keras', 'best-2.keras', 'best-3.keras', 'best-4.keras']
# --8<-- [end:validation_freq]

# --8<-- [start:fix]
os.makedirs("fixed")
checkpoint = keras.callbacks.ModelCheckpoint(
    "fixed/best.keras", monitor="val_loss", save_best_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    history = model.fit(x, y, validation_data=(x, y), epochs=3, verbose=0,
                        callbacks=[checkpoint])  # validates every epoch
assert not [w for w in caught if w.category is UserWarning]
best = keras.models.load_model("fixed/best.keras")
np.testing.assert_allclose(best.evaluate(x, y, verbose=0),
                           min(history.history["val_loss"]), rtol=1e-5)
print(sorted(os.listdir("fixed")))
#> ['best.keras']
# --8<-- [end:fix]
