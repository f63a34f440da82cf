# --8<-- [start:first_run]
import os

import tensorflow as tf


def start(folder):
    """A training program's start-up: its state, a manager for its folder."""
    step = tf.Variable(0, dtype=tf.int64)
    ckpt = tf.train.Checkpoint(step=step)
    return step, ckpt, tf.train.CheckpointManager(ckpt, folder, max_to_keep=2)


def kept(folder):
    """Each checkpoint on disk, with the step it holds."""
    names = sorted(f[:-len(".index")] for f in os.listdir(folder)
                   if f.endswith(".index"))
    return {name: int(tf.train.load_checkpoint(f"{folder}/{name}").get_tensor(
        "step/.ATTRIBUTES/VARIABLE_VALUE")) for name in names}


step, ckpt, manager = start("training")
for _ in range(3):  # steps 100, 200, 300
    step.assign_add(100)
    manager.save()
print(kept("training"))
#> {'ckpt-2': 200, 'ckpt-3': 300}
# --8<-- [end:first_run]

# --8<-- [start:problem]
# the program restarts and saves without restoring
step, ckpt, manager = start("training")
step.assign_add(100)
manager.save()  # (1)!
print(kept("training"), manager.latest_checkpoint)
#> {'ckpt-1': 100, 'ckpt-3': 300} training/ckpt-1
step.assign_add(100)
manager.save()  # (2)!
print(kept("training"))
#> {'ckpt-1': 100, 'ckpt-2': 200}
# the run that reached step 300 is gone
assert max(kept("training").values()) == 200
# --8<-- [end:problem]

# --8<-- [start:fix]
step, ckpt, manager = start("fixed")  # the same first run, in another folder
for _ in range(3):
    step.assign_add(100)
    manager.save()
step, ckpt, manager = start("fixed")  # the restart, done right:
ckpt.restore(manager.latest_checkpoint).assert_consumed()  # restore first
step.assign_add(100)
manager.save()
print(kept("fixed"), manager.latest_checkpoint)
#> {'ckpt-3': 300, 'ckpt-4': 400} fixed/ckpt-4
assert kept("fixed") == {"ckpt-3": 300, "ckpt-4": 400}
# --8<-- [end:fix]
