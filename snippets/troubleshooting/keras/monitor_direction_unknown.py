# --8<-- [start:problem]
import os

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = (x.sum(axis=1) > 1.5).astype("float32")
model = keras.Sequential([keras.Input(shape=(3,)),
                          keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy",
              metrics=["accuracy"])
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_acc", save_best_only=True)
try:
    model.fit(x, y, validation_split=0.25, epochs=2, verbose=0,
              callbacks=[checkpoint])
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> ModelCheckpoint callback received monitor=val_acc, but Keras isn't able to automatically determine whether that metric should be maximized or minimized.
# --8<-- [end:problem]

# --8<-- [start:reported]
def hits(y_true, y_pred):  # a metric function, not a metric object
    return keras.ops.mean(keras.ops.equal(y_true, keras.ops.round(y_pred)))


inputs = keras.Input(shape=(3,))
two = keras.Model(inputs, {"a": keras.layers.Dense(1, name="a")(inputs),
                           "b": keras.layers.Dense(1, name="b")(inputs)})
two.compile(optimizer="adam", loss={"a": "mse", "b": "mse"},
            metrics={"a": [hits]})
history = two.fit(x, {"a": y, "b": y}, validation_split=0.25, verbose=0)
for name in ["val_a_loss", "val_a_hits"]:  # both in history.history
    assert name in history.history
    checkpoint = keras.callbacks.ModelCheckpoint("two.keras", monitor=name)
    try:
        two.fit(x, {"a": y, "b": y}, validation_split=0.25, verbose=0,
                callbacks=[checkpoint])
    except ValueError as error:
        print(str(error).split(",")[0])
#> ModelCheckpoint callback received monitor=val_a_loss
#> ModelCheckpoint callback received monitor=val_a_hits
# --8<-- [end:reported]

# --8<-- [start:fix]
history = model.fit(x, y, validation_split=0.25, epochs=1, verbose=0)
print(sorted(history.history))  # the names the callback can monitor
#> ['accuracy', 'loss', 'val_accuracy', 'val_loss']
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_accuracy", mode="max", save_best_only=True)
model.fit(x, y, validation_split=0.25, epochs=2, verbose=0,
          callbacks=[checkpoint])
assert os.path.exists("best.keras")
checkpoint = keras.callbacks.ModelCheckpoint(  # a loss: mode="min"
    "two.keras", monitor="val_a_loss", mode="min", save_best_only=True)
two.fit(x, {"a": y, "b": y}, validation_split=0.25, epochs=2, verbose=0,
        callbacks=[checkpoint])
assert os.path.exists("two.keras")
# --8<-- [end:fix]
