# --8<-- [start:train]
import numpy as np
import keras

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
restored = keras.models.load_model("classifier.keras")
np.testing.assert_array_equal(restored.predict(x, verbose=0), model.predict(x, verbose=0))
print(restored.predict(x[:2], verbose=0).round(3).ravel())
#> [0.423 0.249]
# --8<-- [end:save]

# --8<-- [start:resume]
# The optimizer's state is in the file too: training picks up where it stopped.
print(restored.optimizer.iterations.numpy())
#> 6
restored.fit(x, y, epochs=1, verbose=0)
print(restored.optimizer.iterations.numpy())
#> 8
# --8<-- [end:resume]
