# --8<-- [start:problem]
import os

import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
x, y = np.ones((8, 3)), np.ones((8, 1))
checkpoint = keras.callbacks.ModelCheckpoint(
    "ckpt-{epoch:02d}-{val_loss:.2f}.keras")
try:  # no validation data: no val_loss to put in the name
    model.fit(x, y, epochs=1, callbacks=[checkpoint], verbose=0)
except KeyError as error:
    print(error.args[0])
#> Failed to format this callback filepath: "ckpt-{epoch:02d}-{val_loss:.2f}.keras". Reason: 'val_loss'
# --8<-- [end:problem]

# --8<-- [start:keys]
history = model.fit(x, y, validation_split=0.25, epochs=1, verbose=0)
print(sorted(history.history))  # the names a filepath can use
#> ['loss', 'val_loss']
# --8<-- [end:keys]

# --8<-- [start:fix]
model.fit(x, y, validation_split=0.25, epochs=1,
          callbacks=[checkpoint], verbose=0)
saved = [name for name in os.listdir() if name.startswith("ckpt-")]
print(len(saved), saved[0].startswith("ckpt-01-"))
#> 1 True
reloaded = keras.models.load_model(saved[0])
np.testing.assert_array_equal(reloaded(x), model(x))
for mine, theirs in zip(reloaded.optimizer.variables,
                        model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # optimizer state too
reloaded.fit(x, y, verbose=0)  # and it trains on
# --8<-- [end:fix]
