# --8<-- [start:interval]
import os
from unittest import mock

import tensorflow as tf

step = tf.Variable(0, dtype=tf.int64)
ckpt = tf.train.Checkpoint(step=step)
manager = tf.train.CheckpointManager(
    ckpt, "training", max_to_keep=None,
    step_counter=step, checkpoint_interval=10)  # (1)!
for _ in range(35):
    step.assign_add(1)
    # called every step, writes every 10 steps
    manager.save(checkpoint_number=step)
print([os.path.basename(p) for p in manager.checkpoints])
#> ['ckpt-1', 'ckpt-11', 'ckpt-21', 'ckpt-31']
# step 35 < 31 + 10: nothing written
print(manager.save(checkpoint_number=step))
#> None
# forced: written
print(manager.save(checkpoint_number=step, check_interval=False))
#> training/ckpt-35
# but never twice a step
print(manager.save(checkpoint_number=step, check_interval=False))
#> None
# --8<-- [end:interval]

# --8<-- [start:restart]
step = tf.Variable(0, dtype=tf.int64)  # the program restarts
manager = tf.train.CheckpointManager(
    tf.train.Checkpoint(step=step), "training", max_to_keep=None,
    step_counter=step, checkpoint_interval=10)
print(manager.restore_or_initialize(), int(step))
#> training/ckpt-35 35
written = []
for _ in range(10):
    step.assign_add(1)
    if manager.save(checkpoint_number=step):
        written.append(int(step))
print(written)  # (1)!
#> [45]
assert written == [45]
# --8<-- [end:restart]

# --8<-- [start:every_n_hours]
hours = 0
# a fake clock: 10 hours in a second
with mock.patch("time.time", lambda: hours * 3600.0):
    manager = tf.train.CheckpointManager(
        ckpt, "hourly", max_to_keep=4, keep_checkpoint_every_n_hours=2)
    for hours in range(1, 11):
        manager.save(checkpoint_number=hours)
kept = sorted(int(name.split("-")[1].split(".")[0])
              for name in os.listdir("hourly") if name.endswith(".index"))
print(kept)
#> [2, 4, 6, 7, 8, 9, 10]
# --8<-- [end:every_n_hours]
