# --8<-- [start:problem]
import os

import keras
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2, name="dense"),
    # saved as Python bytecode
    tf_keras.layers.Lambda(lambda t: tf.nn.relu(t) + 1.0, name="shift"),
])
old.save("old.h5")
try:
    keras.models.load_model("old.h5")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:problem]

# --8<-- [start:fix]
@keras.saving.register_keras_serializable(package="basics")
def shift(t):  # a named, registered function: saved by name, not as bytecode
    return keras.ops.relu(t) + 1.0


new = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(2, name="dense"),
    keras.layers.Activation(shift, name="shift"),
])
new.load_weights("old.h5")  # weights only: no bytecode is read
x = np.ones((1, 3), "float32")
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, np.ones((1, 2)), verbose=0)  # trains
new.save("new.keras")
os.remove("old.h5")  # the new file needs nothing of the old
reloaded = keras.models.load_model("new.keras")  # safe_mode stays on
np.testing.assert_allclose(reloaded(x), new(x), rtol=1e-6)
print(reloaded.get_layer("shift").activation.__name__)
#> shift
# --8<-- [end:fix]

# --8<-- [start:json]
config = old.to_json()  # Keras 2's other way: JSON config + weights file
try:
    tf_keras.models.model_from_json(config)  # no safe_mode argument
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a Lambda layer with a Python `lambda` inside it.
tf_keras.__internal__.enable_unsafe_deserialization()  # trusted config only
rebuilt = tf_keras.models.model_from_json(config)
rebuilt.set_weights(old.get_weights())
np.testing.assert_allclose(rebuilt(x), old(x), rtol=1e-6)
# the switch stays on for this thread: safe_mode=True no longer refuses
old.save("old.keras")
tf_keras.models.load_model("old.keras", safe_mode=True)  # the lambda loads
# --8<-- [end:json]
