# --8<-- [start:env_var]
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # first: before anything imports TensorFlow

import keras  # noqa: E402
import tensorflow as tf  # noqa: E402
import tf_keras  # noqa: E402  pip install tf_keras: Keras 2, released with each TensorFlow
from tensorflow.keras import layers  # noqa: E402

print(tf_keras.__version__, keras.__version__)
#> 2.21.0 3.15.1
# --8<-- [end:env_var]

# --8<-- [start:check]
assert tf.keras.Sequential is tf_keras.Sequential  # tf.keras is now Keras 2
assert layers.Dense is tf_keras.layers.Dense  # so is the `tensorflow.keras` import path
print(tf.keras.Sequential.__module__)
#> tf_keras.src.engine.sequential
print(keras.Sequential.__module__)  # `import keras` is still Keras 3
#> keras.src.models.sequential
# --8<-- [end:check]
