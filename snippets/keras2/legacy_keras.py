# --8<-- [start:env_var]
import os

# first: before anything imports TensorFlow
os.environ["TF_USE_LEGACY_KERAS"] = "1"

import keras
import tensorflow as tf

# pip install tf_keras: Keras 2, released with each TensorFlow
import tf_keras
from tensorflow.keras import layers

print(tf_keras.__version__, keras.__version__)
#> 2.21.0 3.15.1
# --8<-- [end:env_var]

# --8<-- [start:check]
assert tf.keras.Sequential is tf_keras.Sequential  # tf.keras is now Keras 2
# so is the `tensorflow.keras` import path
assert layers.Dense is tf_keras.layers.Dense
print(tf.keras.Sequential.__module__)
#> tf_keras.src.engine.sequential
print(keras.Sequential.__module__)  # `import keras` is still Keras 3
#> keras.src.models.sequential
# --8<-- [end:check]
