# --8<-- [start:problem]
import os

import keras
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
model.load_weights("training_1/cp.weights.h5")
# For a TF-format checkpoint of the model, use tf.train.Checkpoint:
print(tf.train.Checkpoint(model=model).write("training_1/cp.ckpt"))
#> training_1/cp.ckpt
# --8<-- [end:fix]
