# --8<-- [start:problem]
import os

import keras
import numpy as np

try:
    keras.callbacks.ModelCheckpoint("training_1/cp-{epoch:04d}.ckpt",
                                    save_weights_only=True)
except ValueError as error:
    print(error)
#> When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided must end in `.weights.h5` (Keras weights format). Received: filepath=training_1/cp-{epoch:04d}.ckpt
# --8<-- [end:problem]

# --8<-- [start:fix]
weights_only = keras.callbacks.ModelCheckpoint(
    "training_1/cp-{epoch:04d}.weights.h5", save_weights_only=True)
whole_model = keras.callbacks.ModelCheckpoint(
    "training_1/cp-{epoch:04d}.keras")
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
x, y = np.ones((8, 3), "float32"), np.ones((8, 1), "float32")
model.fit(x, y, epochs=2, verbose=0, callbacks=[weights_only, whole_model])
print(sorted(os.listdir("training_1")))
#> ['cp-0001.keras', 'cp-0001.weights.h5', 'cp-0002.keras', 'cp-0002.weights.h5']
latest = keras.models.load_model("training_1/cp-0002.keras")
np.testing.assert_allclose(latest(x), model(x), rtol=1e-6)
# To resume from a weights file, build the optimizer before loading:
resumed = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
resumed.compile(optimizer="adam", loss="mse")
resumed.optimizer.build(resumed.trainable_variables)  # else its state
resumed.load_weights("training_1/cp-0002.weights.h5")  # is skipped (a warning)
np.testing.assert_allclose(resumed(x), model(x), rtol=1e-6)
for loaded in [latest, resumed]:  # both have the step count and moments
    for mine, saved in zip(loaded.optimizer.variables,
                           model.optimizer.variables, strict=True):
        np.testing.assert_array_equal(mine, saved)
    loaded.fit(x, y, epochs=1, verbose=0)  # and train on
# --8<-- [end:fix]
