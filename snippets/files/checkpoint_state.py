# --8<-- [start:absolute]
import logging
import os
import shutil

import numpy as np
import tensorflow as tf

w = tf.Variable([1.0, 2.0])
here = os.getcwd()
# TF1 Saver in eager mode: list the variables
saver = tf.compat.v1.train.Saver(var_list=[w])
saver.save(None, os.path.join(here, "run_a", "model"))  # an absolute prefix
# hide this machine's path
state = open("run_a/checkpoint").read().replace(here, "<cwd>")
print(state)
#> model_checkpoint_path: "<cwd>/run_a/model"
#> all_model_checkpoint_paths: "<cwd>/run_a/model"
#>
# --8<-- [end:absolute]

# --8<-- [start:moved]
# copy to another machine, rename a folder, ...
shutil.move("run_a", "moved_a")
logged = []  # what TensorFlow logs, captured here to show it
handler = logging.Handler()
handler.emit = logged.append
tf.get_logger().addHandler(handler)
print(tf.train.latest_checkpoint("moved_a"))  # no exception...
#> None
for record in logged:  # ...but one line on the log
    line = f"{record.levelname}:{record.name}:{record.getMessage()}"
    print(line.replace(here, "<cwd>"))
#> ERROR:tensorflow:Couldn't match files for checkpoint <cwd>/run_a/model
tf.get_logger().removeHandler(handler)
# --8<-- [end:moved]

# --8<-- [start:relative]
relative = tf.compat.v1.train.Saver(var_list=[w], save_relative_paths=True)
relative.save(None, os.path.join(here, "run_b", "model"))
print(open("run_b/checkpoint").read())
#> model_checkpoint_path: "model"
#> all_model_checkpoint_paths: "model"
#>
shutil.move("run_b", "moved_b")
print(tf.train.latest_checkpoint("moved_b"))
#> moved_b/model
w.assign([0.0, 0.0])  # and it restores from the new place
relative.restore(None, tf.train.latest_checkpoint("moved_b"))
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# --8<-- [end:relative]

# --8<-- [start:manager]
ckpt = tf.train.Checkpoint(w=w)
manager = tf.train.CheckpointManager(
    ckpt, os.path.join(here, "run_c"), max_to_keep=2)
manager.save()
manager.save()
lines = open("run_c/checkpoint").read().splitlines()
for line in lines:
    if "timestamp" not in line:  # paths: always relative
        print(line)
#> model_checkpoint_path: "ckpt-2"
#> all_model_checkpoint_paths: "ckpt-1"
#> all_model_checkpoint_paths: "ckpt-2"
# times of saves
print(sorted({line.split(":")[0] for line in lines if "timestamp" in line}))
#> ['all_model_checkpoint_timestamps', 'last_preserved_timestamp']
# --8<-- [end:manager]

# --8<-- [start:restart]
# A restarted program builds new objects;
# its manager rebuilds its list from the file...
w_again = tf.Variable([0.0, 0.0])
ckpt_again = tf.train.Checkpoint(w=w_again)
restarted = tf.train.CheckpointManager(
    ckpt_again, os.path.join(here, "run_c"), max_to_keep=2)
print([os.path.basename(path) for path in restarted.checkpoints])
#> ['ckpt-1', 'ckpt-2']
ckpt_again.restore(restarted.latest_checkpoint).assert_consumed()  # (1)!
np.testing.assert_array_equal(w_again.numpy(), [1.0, 2.0])
restarted.save()  # ...and deletes by it: ckpt-1 is now one too many
print(sorted(name for name in os.listdir("run_c") if name.endswith(".index")))
#> ['ckpt-2.index', 'ckpt-3.index']
# --8<-- [end:restart]

# --8<-- [start:saver_folder]
for step in range(3):  # a folder a TF1 Saver wrote: no times in its file
    saver.save(None, "run_d/model", global_step=step)
manager_d = tf.train.CheckpointManager(
    tf.train.Checkpoint(w=w), "run_d", max_to_keep=2)
print(manager_d.checkpoints)  # (1)!
#> []
for _ in range(3):
    manager_d.save()
print([os.path.basename(path) for path in manager_d.checkpoints])
#> ['ckpt-2', 'ckpt-3']
print(sorted(name[:-6] for name in os.listdir("run_d")
             if name.endswith(".index")))  # on disk
#> ['ckpt-2', 'ckpt-3', 'model-0', 'model-1', 'model-2']
# --8<-- [end:saver_folder]

# --8<-- [start:no_state_file]
os.remove("moved_a/checkpoint")  # the state file is gone...
w.assign([0.0, 0.0])
saver.restore(None, "moved_a/model")  # ...the prefix still restores
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# write it again, from relative paths: it writes a relative one
tf.compat.v1.train.update_checkpoint_state("moved_a", "moved_a/model")
assert 'model_checkpoint_path: "model"' in open("moved_a/checkpoint").read()
shutil.move("moved_a", "moved_again")  # so the folder moves again safely
print(tf.train.latest_checkpoint("moved_again"))
#> moved_again/model
w.assign([0.0, 0.0])  # and it restores from there
saver.restore(None, tf.train.latest_checkpoint("moved_again"))
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# --8<-- [end:no_state_file]
