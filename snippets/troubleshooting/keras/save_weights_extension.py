# --8<-- [start:problem]
import os

import keras
import numpy as np
import tensorflow as tf

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
try:
    # TensorFlow's older guides did this
    model.save_weights("training_1/cp.ckpt")
except ValueError as error:
    print(error)
#> The filename must end in `.weights.h5`. Received: filepath=training_1/cp.ckpt
# --8<-- [end:problem]

# --8<-- [start:fix]
os.makedirs("training_1", exist_ok=True)  # h5 files need an existing folder
model.save_weights("training_1/cp.weights.h5")
saved = [w.numpy() for w in model.weights]
fresh = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
fresh.load_weights("training_1/cp.weights.h5")
for mine, theirs in zip(fresh.weights, saved, strict=True):
    np.testing.assert_array_equal(mine, theirs)
# For a TF-format checkpoint of the model, use tf.train.Checkpoint:
print(tf.train.Checkpoint(model=model).write("training_1/cp.ckpt"))
#> training_1/cp.ckpt
other = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
tf.train.Checkpoint(model=other).read("training_1/cp.ckpt").assert_consumed()
np.testing.assert_array_equal(other.weights[0], saved[0])
# --8<-- [end:fix]
