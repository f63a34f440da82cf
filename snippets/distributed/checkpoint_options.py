# --8<-- [start:async]
import os

import numpy as np
import tensorflow as tf

weights = {f"w{i}": tf.Variable(np.full(256, i, "float32"))
           for i in range(4)}  # four float32 tensors of 1 KB
ckpt = tf.train.Checkpoint(**weights)
options = tf.train.CheckpointOptions(enable_async=True)
path = ckpt.save("async/ckpt", options=options)  # returns at once
weights["w1"].assign(np.zeros(256))  # training goes on meanwhile
ckpt.sync()  # wait for the background write before reading the files
print(path, sorted(os.listdir("async")))
#> async/ckpt-1 ['checkpoint', 'ckpt-1.data-00000-of-00001', 'ckpt-1.index']
ckpt.restore(path).assert_consumed()  # the values at save(), not later
np.testing.assert_array_equal(weights["w1"].numpy(), np.ones(256))
# --8<-- [end:async]

# --8<-- [start:shards]
policy = tf.train.experimental.MaxShardSizePolicy(max_shard_size=2048)
options = tf.train.CheckpointOptions(experimental_sharding_callback=policy)
ckpt.write("sharded/ckpt", options=options)
data = sorted(f for f in os.listdir("sharded") if ".data-" in f)
print(data)
#> ['ckpt.data-00000-of-00002', 'ckpt.data-00001-of-00002']
print([os.path.getsize(f"sharded/{f}") for f in data])
#> [2048, 2352]
for v in weights.values():
    v.assign(np.zeros(256))
tf.train.Checkpoint(**weights).read("sharded/ckpt").assert_consumed()
np.testing.assert_array_equal(weights["w3"].numpy(), np.full(256, 3.0))
# --8<-- [end:shards]

# --8<-- [start:io_device]
# write through the host's CPU: a checkpoint of TPU or GPU variables
options = tf.train.CheckpointOptions(experimental_io_device="/cpu:0")
ckpt.write("io/ckpt", options=options)
print(sorted(os.listdir("io")))
#> ['ckpt.data-00000-of-00001', 'ckpt.index']
weights["w2"].assign(np.zeros(256))
tf.train.Checkpoint(**weights).read("io/ckpt", options).assert_consumed()
np.testing.assert_array_equal(weights["w2"].numpy(), np.full(256, 2.0))
# --8<-- [end:io_device]
