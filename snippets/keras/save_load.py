# --8<-- [start:train]
import zipfile

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 0).astype("float32")

model = keras.Sequential([
    keras.Input(shape=(4,)),
    keras.layers.Dense(8, activation="relu"),
    keras.layers.Dense(1, activation="sigmoid"),
])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(x, y, epochs=3, verbose=0)
# --8<-- [end:train]

# --8<-- [start:save]
model.save("classifier.keras")  # (1)!
print(sorted(zipfile.ZipFile("classifier.keras").namelist()))
#> ['config.json', 'metadata.json', 'model.weights.h5']
restored = keras.models.load_model("classifier.keras")
np.testing.assert_array_equal(restored.predict(x, verbose=0),
                              model.predict(x, verbose=0))
print(restored.predict(x[:2], verbose=0).round(3).ravel())
#> [0.423 0.249]
# --8<-- [end:save]

# --8<-- [start:resume]
# The optimizer's state is in the file too: step count, learning rate,
# Adam's moments.
for saved, loaded in zip(model.optimizer.variables,
                         restored.optimizer.variables, strict=True):
    np.testing.assert_array_equal(saved, loaded)
print(len(restored.optimizer.variables), restored.optimizer.iterations.numpy())
#> 10 6
restored.fit(x, y, epochs=1, verbose=0)  # training picks up where it stopped
print(restored.optimizer.iterations.numpy())
#> 8
# --8<-- [end:resume]

# --8<-- [start:no_compile]
inference = keras.models.load_model("classifier.keras", compile=False)  # (1)!
np.testing.assert_array_equal(inference.predict(x, verbose=0),
                              model.predict(x, verbose=0))
print(inference.compiled, hasattr(inference, "optimizer"))
#> False False
try:
    inference.fit(x, y, verbose=0)
except ValueError as error:
    print(error)
#> You must call `compile()` before using the model.
inference.compile(optimizer="adam", loss="binary_crossentropy")  # (2)!
inference.optimizer.build(inference.trainable_variables)
inference.load_weights("classifier.keras")  # the optimizer's state too
for saved, loaded in zip(model.optimizer.variables,
                         inference.optimizer.variables, strict=True):
    np.testing.assert_array_equal(saved, loaded)
inference.fit(x, y, epochs=1, verbose=0)  # and it trains on from there
# --8<-- [end:no_compile]
