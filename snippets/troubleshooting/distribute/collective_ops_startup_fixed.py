# --8<-- [start:fix]
import json
import os
import socket

import keras
import numpy as np
import tensorflow as tf

with socket.socket() as s:
    s.bind(("localhost", 0))
    port = s.getsockname()[1]
os.environ["TF_CONFIG"] = json.dumps({
    "cluster": {"worker": [f"localhost:{port}"]},
    "task": {"type": "worker", "index": 0}})

strategy = tf.distribute.MultiWorkerMirroredStrategy()  # first
gpus = tf.config.list_physical_devices("GPU")  # does not start it
x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
with strategy.scope():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
before = model.layers[0].kernel.numpy().copy()
model.fit(x, y, batch_size=8, epochs=1, verbose=0)
assert not np.allclose(model.layers[0].kernel.numpy(), before)
print(strategy.cluster_resolver.task_type, strategy.num_replicas_in_sync)
#> worker 1
# --8<-- [end:fix]
