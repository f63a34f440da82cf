# --8<-- [start:first_run]
import numpy as np
import tensorflow as tf

# e.g. downloaded weights
tf.train.Checkpoint(w=tf.Variable([1.0, 2.0])).write("pretrained")


def start():
    """What every run of the training program does first."""
    w, step = tf.Variable([0.0, 0.0]), tf.Variable(0, dtype=tf.int64)

    def init_fn():  # (1)!
        tf.train.Checkpoint(w=w).read("pretrained").assert_consumed()
        print("init_fn: no checkpoint in 'training', "
              "starting from 'pretrained'")

    ckpt = tf.train.Checkpoint(w=w, step=step)
    manager = tf.train.CheckpointManager(
        ckpt, "training", max_to_keep=3, init_fn=init_fn)
    return w, step, manager


w, step, manager = start()
print(manager.restore_or_initialize())
#> init_fn: no checkpoint in 'training', starting from 'pretrained'
#> None
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
w.assign_add([10.0, 10.0])  # train...
step.assign(5)
manager.save()
# --8<-- [end:first_run]

# --8<-- [start:second_run]
w, step, manager = start()  # the program runs again
print(manager.restore_or_initialize())  # (1)!
#> training/ckpt-1
# the trained values, not 'pretrained'
np.testing.assert_array_equal(w.numpy(), [11.0, 12.0])
print(int(step))
#> 5
assert int(step) == 5
# --8<-- [end:second_run]

# --8<-- [start:restore_none]
ckpt = tf.train.Checkpoint(w=tf.Variable([0.0, 0.0]))
path = tf.train.latest_checkpoint("no_such_folder")
print(path)
#> None
status = ckpt.restore(path)  # (1)!
try:
    status.assert_consumed()
except AssertionError as error:
    print(error)
#> No checkpoint specified (save_path=None); nothing is being restored.
# --8<-- [end:restore_none]
