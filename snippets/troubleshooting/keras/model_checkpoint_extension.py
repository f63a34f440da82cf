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
# --8<-- [end:fix]
