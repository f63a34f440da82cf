# --8<-- [start:build]
import os

import tensorflow as tf

step = tf.Variable(0, dtype=tf.int64)
ckpt = tf.train.Checkpoint(step=step, w=tf.Variable([1.0, 2.0]))
manager = tf.train.CheckpointManager(ckpt, directory="training", max_to_keep=3)  # (1)!
# --8<-- [end:build]

# --8<-- [start:save]
for _ in range(5):
    step.assign_add(1)
    manager.save(checkpoint_number=step)  # (1)!
print([os.path.basename(p) for p in manager.checkpoints])
#> ['ckpt-3', 'ckpt-4', 'ckpt-5']
print(manager.latest_checkpoint)
#> training/ckpt-5
print(open("training/checkpoint").read().splitlines()[0])
#> model_checkpoint_path: "ckpt-5"
# --8<-- [end:save]
