# --8<-- [start:write]
import os
import shutil

import keras
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(4, name="hidden"),
    tf_keras.layers.Dense(2, name="out"),
])
old.layers[0].trainable = False  # a frozen layer
old.compile(optimizer="adam", loss="mean_squared_error")
data = np.random.default_rng(0).random((8, 3), "float32")
target = 2.0 * data[:, :2]
old.fit(data, target, epochs=3, verbose=0)  # Adam has 3 steps of state
old.save("old_model")  # no extension: Keras 2 wrote a SavedModel folder
print(sorted(os.listdir("old_model")))
#> ['assets', 'fingerprint.pb', 'keras_metadata.pb', 'saved_model.pb', 'variables']
# --8<-- [end:write]

# --8<-- [start:tfsmlayer]
layer = keras.layers.TFSMLayer("old_model", call_endpoint="serving_default")
x = np.ones((2, 3), "float32")
outputs = layer(x)  # a signature returns a dict, keyed by output layer name
print(list(outputs))
#> ['out']
np.testing.assert_allclose(outputs["out"], old(x), rtol=1e-6)
# --8<-- [end:tfsmlayer]

# --8<-- [start:saved_model_load]
loaded = tf.saved_model.load("old_model")  # plain TensorFlow: no Keras at all
np.testing.assert_allclose(loaded(x), old(x), rtol=1e-6)
print(list(loaded.signatures))
#> ['serving_default']
# --8<-- [end:saved_model_load]

# --8<-- [start:train_again]
# Keras 2 rebuilds the Python model, but compiles it with a new Adam
legacy = tf_keras.models.load_model("old_model")
assert int(legacy.optimizer.iterations) == 0  # step 0, not 3: silently
new = keras.Sequential([
    keras.Input(shape=(3,)),
    keras.layers.Dense(4, name="hidden"),
    keras.layers.Dense(2, name="out"),
])
# same layers, same order: the weights fit
new.set_weights(legacy.get_weights())
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
# values only: freeze by hand what was frozen, then compare the flags
new.layers[0].trainable = False
flags = [layer.trainable for layer in legacy.layers]
assert [layer.trainable for layer in new.layers] == flags == [False, True]
new.compile(optimizer="adam", loss="mean_squared_error")
new.optimizer.build(new.trainable_variables)  # a fresh Adam: step 0
# the old Adam's state is in the folder's checkpoint: step, then m, v...
reader = tf.train.load_checkpoint("old_model/variables/variables")
key = "optimizer/{}/.ATTRIBUTES/VARIABLE_VALUE"
slots = [key.format(f"_variables/{i}")
         for i in range(1, 2 * len(new.trainable_variables) + 1)]
saved = [reader.get_tensor(k) for k in [key.format("_iterations"), *slots]]
state = [v for v in new.optimizer.variables if v.name != "learning_rate"]
for variable, value in zip(state, saved, strict=True):
    variable.assign(value)
old.fit(data, target, epochs=1, verbose=0, shuffle=False)  # one more step
new.fit(data, target, epochs=1, verbose=0, shuffle=False)  # in each
for k2, k3 in zip(old.optimizer.variables, state, strict=True):
    np.testing.assert_allclose(k3.numpy(), k2.numpy(), rtol=1e-5, atol=1e-8)
np.testing.assert_allclose(new(x), old(x), rtol=1e-5, atol=1e-6)
new.save("new.keras")  # a Keras 3 model, in a Keras 3 file
shutil.rmtree("old_model")  # the new file needs nothing of the old
again = keras.models.load_model("new.keras")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
print(int(again.optimizer.iterations.numpy()))
#> 4
# --8<-- [end:train_again]
