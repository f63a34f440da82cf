# --8<-- [start:problem]
import os

import keras
import numpy as np
import tensorflow as tf
import tf_keras

# What Keras 2 (TF <= 2.15, or tf_keras) wrote for model.save("my_model"):
old = tf_keras.Sequential([tf_keras.Input(shape=(2,)),
                           tf_keras.layers.Dense(1, name="d")])
old.compile(optimizer="adam", loss="mse")
x = np.ones((4, 2), "float32")
old.fit(x, np.zeros((4, 1)), epochs=2, verbose=0)  # Adam has state now
old.save("my_model")  # no extension: a SavedModel folder
answers = old(x)  # what the folder's model answers
try:
    keras.models.load_model("my_model")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> File format not supported: filepath=my_model.
# --8<-- [end:problem]

# --8<-- [start:fix]
# The whole Keras 2 model back, with its compile() settings:
full = tf_keras.models.load_model("my_model")
np.testing.assert_allclose(full(x), answers, rtol=1e-6)
print(full.optimizer.iterations.numpy())  # a new Adam: the state is lost
#> 0
# ...but still in the folder's checkpoint: build Adam, then read it in
full.optimizer.build(full.trainable_variables)  # (1)!
tf.train.Checkpoint(root=full).read(
    "my_model/variables/variables").expect_partial()
for mine, original in zip(full.optimizer.variables,
                          old.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, original)  # step count, moments
full.fit(x, np.zeros((4, 1)), epochs=1, verbose=0)  # it trains on, as
old.fit(x, np.zeros((4, 1)), epochs=1, verbose=0)  # the original does
np.testing.assert_array_equal(full.get_weights()[0], old.get_weights()[0])
# --8<-- [end:fix]

# --8<-- [start:tfsmlayer]
# Or, in Keras 3, one function of it as a layer (inference only):
layer = keras.layers.TFSMLayer("my_model", call_endpoint="serving_default")
outputs = layer(x)  # a dict, keyed by the output layer's name
print(sorted(outputs))
#> ['d']
np.testing.assert_allclose(outputs["d"], answers, rtol=1e-6)
inputs = keras.Input(shape=(2,))
wrapped = keras.Model(inputs, layer(inputs)["d"])
wrapped.save("wrapped.keras")  # stores the folder's path, not the folder
os.rename("my_model", "moved")
try:
    keras.models.load_model("wrapped.keras", safe_mode=False)
except OSError as error:
    print(str(error).split(" at:")[0])
#> SavedModel file does not exist
# --8<-- [end:tfsmlayer]
