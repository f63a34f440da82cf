# --8<-- [start:problem]
import os

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = (x.sum(axis=1) > 1.5).astype("float32")
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"])
checkpoint = keras.callbacks.ModelCheckpoint("best.keras", monitor="val_acc", save_best_only=True)
try:
    model.fit(x, y, validation_split=0.25, epochs=2, verbose=0, callbacks=[checkpoint])
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> ModelCheckpoint callback received monitor=val_acc, but Keras isn't able to automatically determine whether that metric should be maximized or minimized.
every_epoch = keras.callbacks.ModelCheckpoint("last.keras", monitor="val_acc")
try:  # save_best_only=False (the default) raises the same
    model.fit(x, y, validation_split=0.25, epochs=1, verbose=0, callbacks=[every_epoch])
except ValueError as error:
    print(str(error).split(",")[0])
#> ModelCheckpoint callback received monitor=val_acc
# --8<-- [end:problem]

# --8<-- [start:fix]
history = model.fit(x, y, validation_split=0.25, epochs=1, verbose=0)
print(sorted(history.history))  # the names the callback can monitor
#> ['accuracy', 'loss', 'val_accuracy', 'val_loss']
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_accuracy", mode="max", save_best_only=True)
model.fit(x, y, validation_split=0.25, epochs=2, verbose=0, callbacks=[checkpoint])
assert os.path.exists("best.keras")
# --8<-- [end:fix]
