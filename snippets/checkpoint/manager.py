# --8<-- [start:build]
import os

import tensorflow as tf

step = tf.Variable(0, dtype=tf.int64)
ckpt = tf.train.Checkpoint(step=step, w=tf.Variable([1.0, 2.0]))
manager = tf.train.CheckpointManager(
    ckpt, directory="training", max_to_keep=3)  # (1)!
# --8<-- [end:build]

# --8<-- [start:save]
for _ in range(5):
    step.assign_add(1)
    manager.save(checkpoint_number=step)  # (1)!
print([os.path.basename(p) for p in manager.checkpoints])
#> ['ckpt-3', 'ckpt-4', 'ckpt-5']
# on disk:
print(sorted(n for n in os.listdir("training") if n.endswith(".index")))
#> ['ckpt-3.index', 'ckpt-4.index', 'ckpt-5.index']
print(manager.latest_checkpoint)
#> training/ckpt-5
print(open("training/checkpoint").read().splitlines()[0])
#> model_checkpoint_path: "ckpt-5"
# --8<-- [end:save]

# --8<-- [start:required]
try:
    tf.train.CheckpointManager(ckpt, directory="training")
except TypeError as error:
    print(error)
#> CheckpointManager.__init__() missing 1 required positional argument: 'max_to_keep'
# --8<-- [end:required]

# --8<-- [start:keep_all]
keep_all = tf.train.CheckpointManager(
    tf.train.Checkpoint(step=step), "all", max_to_keep=None)
for _ in range(5):
    keep_all.save()
print(sorted(name for name in os.listdir("all") if name.endswith(".index")))
#> ['ckpt-1.index', 'ckpt-2.index', 'ckpt-3.index', 'ckpt-4.index', 'ckpt-5.index']
# --8<-- [end:keep_all]
