# --8<-- [start:problem]
import os
import shutil

import numpy as np
import tensorflow as tf

# /dev/full: a Linux device that answers every write with "disk full"
try:
    with tf.io.gfile.GFile("/dev/full", "wb") as f:
        f.write(b"\0" * 1_000_000)
except tf.errors.ResourceExhaustedError as error:
    print(error.message)
#> /dev/full; No space left on device
# --8<-- [end:problem]

# --8<-- [start:fix]
w = tf.Variable(np.zeros(250_000, "float32"))  # 1 MB per checkpoint
ckpt = tf.train.Checkpoint(w=w)
manager = tf.train.CheckpointManager(ckpt, "ckpts", max_to_keep=2)
for _ in range(5):
    need = 2 * 1_000_000  # room for one more save, with a margin
    if shutil.disk_usage(".").free < need:
        raise RuntimeError("disk almost full: free space before saving")
    w.assign_add(tf.ones_like(w))
    manager.save()  # deletes the oldest beyond max_to_keep
print(len(manager.checkpoints), sorted(os.listdir("ckpts"))[:3])
#> 2 ['checkpoint', 'ckpt-4.data-00000-of-00001', 'ckpt-4.index']
w.assign(tf.zeros_like(w))
ckpt.restore(manager.latest_checkpoint).assert_consumed()
np.testing.assert_array_equal(w.numpy()[:3], [5.0, 5.0, 5.0])
# --8<-- [end:fix]
