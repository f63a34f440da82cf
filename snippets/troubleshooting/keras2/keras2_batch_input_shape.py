# --8<-- [start:problem]
import keras
import numpy as np
import tf_keras  # Keras 2, as TensorFlow 2.15 and older shipped it

old = tf_keras.Sequential([
    tf_keras.layers.Dense(2, input_shape=(3,)),  # the Keras 2 idiom
])
old.compile(optimizer="adam", loss="mse")
old.save("old.keras")  # a `.keras` file as Keras 2.12-2.15 wrote it
try:
    keras.models.load_model("old.keras")
except TypeError as error:
    last = str(error).splitlines()[-1]
    print(last.removeprefix("Exception encountered: "))
#> Unrecognized keyword arguments passed to Dense: {'batch_input_shape': [None, 3]}
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
legacy = tf_keras.models.load_model("old.keras")  # Keras 2 reads its file
legacy.save("old.h5")  # legacy HDF5: Keras 3 converts its configs
# compile=False: "mse" would fail, and the optimizer state is lost anyway
new = keras.models.load_model("old.h5", compile=False)
np.testing.assert_allclose(new(x), legacy(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((1, 2)), verbose=0)  # trains, from a fresh optimizer
new.save("new.keras")  # from now on, a Keras 3 file
print([layer.name for layer in keras.models.load_model("new.keras").layers])
#> ['dense']
# --8<-- [end:fix]
