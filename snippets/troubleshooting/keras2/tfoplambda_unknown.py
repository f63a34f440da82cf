# --8<-- [start:problem]
import os

import keras
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
inputs = tf_keras.Input(shape=(3,))
hidden = tf_keras.layers.Dense(2, name="dense")(inputs)
# raw TF ops: Keras 2 wraps each in a TFOpLambda layer
outputs = tf.math.sin(hidden) * 2.0
old = tf_keras.Model(inputs, outputs)
print([type(layer).__name__ for layer in old.layers])
#> ['InputLayer', 'Dense', 'TFOpLambda', 'TFOpLambda']
old.save("old.h5")
try:
    keras.models.load_model("old.h5")
except ValueError as error:
    print(str(error).split(" and that")[0])
#> Unknown layer: 'TFOpLambda'. Please ensure you are using a `keras.utils.custom_object_scope`
# --8<-- [end:problem]

# --8<-- [start:keras2]
legacy = tf_keras.models.load_model("old.h5")  # only for a file you trust
x = np.ones((1, 3), "float32")
np.testing.assert_allclose(legacy(x), old(x), rtol=1e-6)
# --8<-- [end:keras2]

# --8<-- [start:fix]
inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(2, name="dense")(inputs)
# the same maths, with keras.ops
new = keras.Model(inputs, keras.ops.sin(hidden) * 2.0)
new.load_weights("old.h5")  # (1)!
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.fit(x, old(x).numpy(), verbose=0)  # trains
new.save("new.keras")
os.remove("old.h5")  # the new file needs nothing of the old
reloaded = keras.models.load_model("new.keras")
np.testing.assert_allclose(reloaded(x), new(x), rtol=1e-6)
print([type(op).__name__ for op in reloaded.operations])
#> ['InputLayer', 'Dense', 'Sin', 'Multiply']
# --8<-- [end:fix]
