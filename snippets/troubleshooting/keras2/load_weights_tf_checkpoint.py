# --8<-- [start:problem]
import shutil

import keras
import numpy as np
import tensorflow as tf
import tf_keras

tf_keras.utils.set_random_seed(0)
old = tf_keras.Sequential([
    tf_keras.Input(shape=(3,)),
    tf_keras.layers.Dense(2),
])
old.compile(optimizer="adam", loss="mean_squared_error")
old.fit(np.ones((4, 3)), np.ones((4, 2)), verbose=0)
# no extension: Keras 2 wrote a TF-format checkpoint
old.save_weights("ckpt/weights")
new = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
try:
    new.load_weights("ckpt/weights")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> File format not supported: filepath=ckpt/weights.
# --8<-- [end:problem]

# --8<-- [start:fix]
reader = tf.train.load_checkpoint("ckpt/weights")  # plain TensorFlow reads it
names = reader.get_variable_to_shape_map()
keys = sorted(k for k in names if k.startswith("layer_with"))
# the optimizer's state is there too: copied below, to resume
assert "optimizer/_iterations/.ATTRIBUTES/VARIABLE_VALUE" in names
print(*keys, sep="\n")
#> layer_with_weights-0/bias/.ATTRIBUTES/VARIABLE_VALUE
#> layer_with_weights-0/kernel/.ATTRIBUTES/VARIABLE_VALUE
key = "layer_with_weights-0/{}/.ATTRIBUTES/VARIABLE_VALUE"
# in the order of new.weights
new.set_weights([reader.get_tensor(key.format(name))
                 for name in ("kernel", "bias")])
x = np.ones((1, 3), "float32")
np.testing.assert_allclose(new(x), old(x), rtol=1e-6)
new.compile(optimizer="adam", loss="mean_squared_error")
new.optimizer.build(new.trainable_variables)  # a fresh Adam: step 0
# to resume: the old Adam's step, then m and v for each weight in turn
opt = "optimizer/{}/.ATTRIBUTES/VARIABLE_VALUE"
count = 2 * len(new.trainable_weights)  # an m and a v for each
slots = [f"_variables/{i}" for i in range(1, count + 1)]
saved = [reader.get_tensor(opt.format(k)) for k in ["_iterations", *slots]]
state = [v for v in new.optimizer.variables if v.name != "learning_rate"]
for variable, value in zip(state, saved, strict=True):
    variable.assign(value)
for model in (old, new):  # one more step in each: it trains, as the old one
    model.fit(x, np.ones((1, 2)), verbose=0)
np.testing.assert_allclose(new(x), old(x), rtol=1e-5, atol=1e-6)
for k2, k3 in zip(old.optimizer.variables, state, strict=True):
    np.testing.assert_allclose(k3.numpy(), k2.numpy(), rtol=1e-5, atol=1e-8)
new.save_weights("new.weights.h5")
shutil.rmtree("ckpt")  # the new file needs nothing of the old
again = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
again.load_weights("new.weights.h5")
np.testing.assert_allclose(again(x), new(x), rtol=1e-6)
# --8<-- [end:fix]
