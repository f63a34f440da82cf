# --8<-- [start:problem]
import h5py
import keras
import numpy as np
import tf_keras

# a Keras 2 weights file, as save_weights("....h5") or
# ModelCheckpoint(save_weights_only=True) wrote them
tf_keras.utils.set_random_seed(0)  # the same weights on every run
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(8, name="dense"),
    tf_keras.layers.LayerNormalization(),
])
old.save_weights("weights.h5")
try:
    keras.models.load_model("weights.h5")
except ValueError as error:
    print(error)
#> No model config found in the file at weights.h5.
# --8<-- [end:problem]

# --8<-- [start:why]
with h5py.File("weights.h5", "r") as f:
    print(sorted(f.attrs))  # no "model_config": no architecture
#> ['backend', 'keras_version', 'layer_names']
# --8<-- [end:why]

# --8<-- [start:fix]
x = np.random.default_rng(0).normal(size=(64, 3)).astype("float32")
model = keras.Sequential([  # the architecture, from code
    keras.Input(shape=(3,)),
    keras.layers.Dense(8, name="dense"),
    keras.layers.LayerNormalization(),
])
model.load_weights("weights.h5")  # layer by layer, in order
np.testing.assert_allclose(model(x), old(x), rtol=1e-6, atol=1e-6)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((64, 8)), batch_size=64, verbose=0)  # trains
model.save("model.keras")  # architecture and weights in one file
reloaded = keras.models.load_model("model.keras")  # no code needed
np.testing.assert_array_equal(reloaded(x), model(x))
assert int(reloaded.optimizer.iterations) == 1  # the optimizer too
reloaded.fit(x, np.ones((64, 8)), verbose=0)
print(reloaded.count_params())
#> 48
# --8<-- [end:fix]

# --8<-- [start:keras3]
def build():
    return keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])


trained = build()
trained.compile(optimizer="adam", loss="mean_squared_error")
trained.fit(x, np.ones((64, 2)), verbose=0)
trained.save_weights("trained.weights.h5")  # Keras 3: the optimizer too
try:
    keras.models.load_model("trained.weights.h5")
except ValueError as error:
    print(error)
#> No model config found in the file at trained.weights.h5.
resumed = build()
resumed.compile(optimizer="adam", loss="mean_squared_error")
resumed.optimizer.build(resumed.trainable_variables)  # before the load
resumed.load_weights("trained.weights.h5")
for mine, theirs in zip(resumed.optimizer.variables,
                        trained.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # Adam's step and moments
print(int(resumed.optimizer.iterations))
#> 2
# --8<-- [end:keras3]
