# --8<-- [start:problem]
import os

import keras
import numpy as np

try:  # Keras 2 code: save every 2 epochs
    keras.callbacks.ModelCheckpoint("cp-{epoch:02d}.weights.h5",
                                    save_weights_only=True, period=2)
except TypeError as error:
    print(error)
#> ModelCheckpoint.__init__() got an unexpected keyword argument 'period'
# --8<-- [end:problem]

# --8<-- [start:removed]
# also gone in Keras 3
for keyword in [{"options": None}, {"save_format": "tf"}]:
    try:
        keras.callbacks.ModelCheckpoint("cp.keras", **keyword)
    except TypeError as error:
        print(str(error).split("argument ")[1])
#> 'options'
#> 'save_format'
# --8<-- [end:removed]

# --8<-- [start:fix]
x = np.ones((8, 3), "float32")
y = np.ones((8, 1), "float32")
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
steps_per_epoch = 2  # 8 samples, batch_size=4
checkpoint = keras.callbacks.ModelCheckpoint(
    "cp-{epoch:02d}.weights.h5", save_weights_only=True,
    save_freq=2 * steps_per_epoch)
model.fit(x, y, batch_size=4, epochs=6, verbose=0, callbacks=[checkpoint])
print(sorted(os.listdir(".")))  # save_freq counts batches, not epochs
#> ['cp-02.weights.h5', 'cp-04.weights.h5', 'cp-06.weights.h5']
# --8<-- [end:fix]
