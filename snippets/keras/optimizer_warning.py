# --8<-- [start:warning]
import warnings

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(32, 4)).astype("float32")
y = x.sum(axis=1, keepdims=True)


def build():
    model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.Adam(name="adam"), loss="mse")
    return model


trained = build()
trained.fit(x, y, epochs=2, verbose=0)
trained.save_weights("trained.weights.h5")  # (1)!

fresh = build()  # compiled, never trained: its optimizer is not built yet
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fresh.load_weights("trained.weights.h5")
message = str(caught[0].message).strip()
print(caught[0].category.__name__,
      message.replace(", because", ",\nbecause"))  # (2)!
#> UserWarning Skipping variable loading for optimizer 'adam',
#> because it has 2 variables whereas the saved optimizer has 6 variables.
# layers: loaded
np.testing.assert_array_equal(fresh.get_weights()[0], trained.get_weights()[0])
# optimizer: skipped, it starts from zero
print(fresh.optimizer.iterations.numpy())
#> 0
# --8<-- [end:warning]

# --8<-- [start:fix]
resumed = build()
resumed.optimizer.build(resumed.trainable_variables)  # (1)!
with warnings.catch_warnings():
    warnings.simplefilter("error")  # any warning would now raise
    resumed.load_weights("trained.weights.h5")
for mine, saved in zip(resumed.optimizer.variables,
                       trained.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, saved)
print(resumed.optimizer.iterations.numpy())
#> 2
# the next step is the one the trained model takes
resumed.fit(x, y, epochs=1, shuffle=False, verbose=0)
trained.fit(x, y, epochs=1, shuffle=False, verbose=0)
np.testing.assert_equal(resumed.get_weights(),  # kernel and bias
                        trained.get_weights())
# --8<-- [end:fix]

# --8<-- [start:harmless]
# compiled, never trained: no optimizer state in the file
build().save("untrained.keras")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    keras.models.load_model("untrained.keras")
print(str(caught[0].message).strip().replace(", because", ",\nbecause"))
#> Skipping variable loading for optimizer 'adam',
#> because it has 6 variables whereas the saved optimizer has 2 variables.
# --8<-- [end:harmless]
