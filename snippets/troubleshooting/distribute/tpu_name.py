# --8<-- [start:problem]
import os

import keras
import numpy as np
import tensorflow as tf

for name in ["TPU_NAME", "KUBE_GOOGLE_CLOUD_TPU_ENDPOINTS", "TPU_CONFIG"]:
    os.environ.pop(name, None)  # as on a machine with no TPU
try:
    resolver = tf.distribute.cluster_resolver.TPUClusterResolver()
except ValueError as error:
    print(error)
#> Please provide a TPU Name to connect to.
# --8<-- [end:problem]

# --8<-- [start:fix]
def pick_strategy():
    try:  # a TPU runtime sets TPU_NAME (or pass tpu="local" on a TPU VM)
        resolver = tf.distribute.cluster_resolver.TPUClusterResolver()
    except ValueError:  # no TPU here: CPU or GPUs
        return tf.distribute.MirroredStrategy()
    tf.config.experimental_connect_to_cluster(resolver)
    tf.tpu.experimental.initialize_tpu_system(resolver)
    return tf.distribute.TPUStrategy(resolver)


strategy = pick_strategy()
print(type(strategy).__name__, strategy.num_replicas_in_sync)
#> MirroredStrategy 1
x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
with strategy.scope():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
before = model.layers[0].kernel.numpy().copy()
model.fit(x, y, batch_size=8, epochs=1, verbose=0)
assert not np.allclose(model.layers[0].kernel.numpy(), before)  # trains
# --8<-- [end:fix]
