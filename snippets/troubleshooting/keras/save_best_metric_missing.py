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
    model.fit(x, y, epochs=3, verbose=0, callbacks=[checkpoint])  # no validation data
print(sorted({str(w.message) for w in caught if w.category is UserWarning}))
#> ['Can save best model only with val_loss available.']
print(sorted(os.listdir(".")))  # Keras 3 then saves every epoch
#> ['model-1.keras', 'model-2.keras', 'model-3.keras']
# --8<-- [end:problem]

# --8<-- [start:fix]
os.makedirs("fixed")
checkpoint = keras.callbacks.ModelCheckpoint(
    "fixed/best.keras", monitor="val_loss", save_best_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model.fit(x, y, validation_data=(x, y), epochs=1, verbose=0, callbacks=[checkpoint])
assert not [w for w in caught if w.category is UserWarning]
print(sorted(os.listdir("fixed")))
#> ['best.keras']
# --8<-- [end:fix]
