# --8<-- [start:problem]
import json
import os
import socket

import tensorflow as tf

with socket.socket() as s:  # a free local port for this one worker
    s.bind(("localhost", 0))
    port = s.getsockname()[1]
os.environ["TF_CONFIG"] = json.dumps({
    "cluster": {"worker": [f"localhost:{port}"]},
    "task": {"type": "worker", "index": 0}})

gpus = tf.config.list_logical_devices("GPU")  # starts TF's runtime
try:
    strategy = tf.distribute.MultiWorkerMirroredStrategy()
except RuntimeError as error:
    print(error)
#> Collective ops must be configured at program startup
# --8<-- [end:problem]
