# --8<-- [start:import]
import os
import subprocess
import sys

import keras  # Keras 3, what `tf.keras` is since TensorFlow 2.16
import tensorflow as tf
import tf_keras  # pip install tf_keras: Keras 2, released with each TensorFlow

print(tf_keras.__version__, keras.__version__)
#> 2.21.0 3.15.1
# --8<-- [end:import]

# --8<-- [start:env_var]
print(tf.keras.Sequential.__module__)  # this process: Keras 3
#> keras.src.models.sequential
code = "import tensorflow as tf; print(tf.keras.Sequential.__module__)"
env = dict(os.environ, TF_USE_LEGACY_KERAS="1", TF_CPP_MIN_LOG_LEVEL="3")
child = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
print(child.stdout.strip())  # a new process, the variable set before TensorFlow loads
#> tf_keras.src.engine.sequential
# --8<-- [end:env_var]
