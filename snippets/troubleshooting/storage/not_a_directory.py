# --8<-- [start:problem]
import os

import numpy as np
import tensorflow as tf

with open("checkpoints", "w") as f:  # a FILE named like the folder
    f.write("an earlier run wrote its log here\n")

w = tf.Variable([1.0, 2.0])
ckpt = tf.train.Checkpoint(w=w)
manager = tf.train.CheckpointManager(ckpt, "checkpoints", max_to_keep=2)
try:
    manager.save()
except tf.errors.FailedPreconditionError as error:
    print(error.message)
#> checkpoints is not a directory
# --8<-- [end:problem]

# --8<-- [start:fix]
def checkpoint_folder(path):  # say what is in the way, before training
    if os.path.exists(path) and not os.path.isdir(path):
        raise FileExistsError(f"{path} is a file: remove it or rename one")
    return path


try:
    checkpoint_folder("checkpoints")
except FileExistsError as error:
    print(error)
#> checkpoints is a file: remove it or rename one
os.remove("checkpoints")  # it was only a log
manager = tf.train.CheckpointManager(
    ckpt, checkpoint_folder("checkpoints"), max_to_keep=2)
path = manager.save()
w.assign([0.0, 0.0])
ckpt.restore(path).assert_consumed()
np.testing.assert_allclose(w.numpy(), [1.0, 2.0])
# on Linux a non-ASCII folder name works too (not tested on Windows)
ckpt.write("检查点/模型")
w.assign([0.0, 0.0])
ckpt.read("检查点/模型").assert_consumed()
np.testing.assert_allclose(w.numpy(), [1.0, 2.0])
print(sorted(os.listdir("checkpoints")))
#> ['checkpoint', 'ckpt-2.data-00000-of-00001', 'ckpt-2.index']
# --8<-- [end:fix]
