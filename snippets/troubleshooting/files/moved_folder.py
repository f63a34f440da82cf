# --8<-- [start:problem]
import logging
import os
import shutil

import numpy as np
import tensorflow as tf

w = tf.Variable([1.0, 2.0])
saver = tf.compat.v1.train.Saver(var_list=[w])
# absolute paths go in the checkpoint file
saver.save(None, os.path.abspath("run/model"))
shutil.move("run", "copied_run")  # another machine, another folder name...
state = tf.train.get_checkpoint_state("copied_run")
# ...the old absolute path
assert state.model_checkpoint_path == os.path.abspath("run/model")

logged = []
handler = logging.Handler()
handler.emit = logged.append  # catch what TensorFlow logs, to show it here
tf.get_logger().addHandler(handler)
# no exception: a log line, then None
print(tf.train.latest_checkpoint("copied_run"))
#> None
tf.get_logger().removeHandler(handler)
# the log shows the absolute path; relative here, to be stable
for record in logged:
    line = f"{record.levelname}:{record.name}:{record.getMessage()}"
    print(line.replace(os.getcwd() + "/", ""))
#> ERROR:tensorflow:Couldn't match files for checkpoint run/model
# --8<-- [end:problem]

# --8<-- [start:fix]
# Either pass the prefix yourself (the files themselves are fine)...
w.assign([0.0, 0.0])  # forget the values, so that the restore must bring them
tf.compat.v1.train.Saver(var_list=[w]).restore(None, "copied_run/model")
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# ...or save relative paths from the start.
relative = tf.compat.v1.train.Saver(var_list=[w], save_relative_paths=True)
relative.save(None, os.path.abspath("run2/model"))
shutil.move("run2", "copied_run2")
print(tf.train.latest_checkpoint("copied_run2"))
#> copied_run2/model
w.assign([0.0, 0.0])
relative.restore(None, tf.train.latest_checkpoint("copied_run2"))
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# A CheckpointManager writes relative paths: its folder moves too.
manager = tf.train.CheckpointManager(
    tf.train.Checkpoint(w=w), os.path.abspath("run3"), max_to_keep=2)
manager.save()
shutil.move("run3", "copied_run3")
w.assign([0.0, 0.0])
moved = tf.train.CheckpointManager(
    tf.train.Checkpoint(w=w), "copied_run3", max_to_keep=2)
print(moved.restore_or_initialize())
#> copied_run3/ckpt-1
np.testing.assert_array_equal(w.numpy(), [1.0, 2.0])
# --8<-- [end:fix]
