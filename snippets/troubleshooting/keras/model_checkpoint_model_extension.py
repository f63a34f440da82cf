# --8<-- [start:problem]
import os

import keras
import numpy as np

try:
    keras.callbacks.ModelCheckpoint("model.weights.best.hdf5",
                                    save_best_only=True)
except ValueError as error:
    print(error)
#> The filepath provided must end in `.keras` (Keras model format). Received: filepath=model.weights.best.hdf5
# --8<-- [end:problem]

# --8<-- [start:fix]
keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(loss="mse")
x, y = np.ones((8, 3)), np.ones((8, 1))
best = keras.callbacks.ModelCheckpoint("model.best.keras", save_best_only=True)
history = model.fit(x, y, validation_data=(x, y), epochs=2,
                    callbacks=[best], verbose=0)
# the whole model and its optimizer, as at the best epoch (step 2)
assert os.path.isfile("model.best.keras")
restored = keras.models.load_model("model.best.keras")
print(type(restored).__name__, restored.optimizer.iterations.numpy())
#> Sequential 2
np.testing.assert_allclose(restored.evaluate(x, y, verbose=0),  # the best
                           min(history.history["val_loss"]), rtol=1e-5)
restored.fit(x, y, epochs=1, verbose=0)  # and it trains on from there
# --8<-- [end:fix]
