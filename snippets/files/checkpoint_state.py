# --8<-- [start:absolute]
import os
import shutil

import tensorflow as tf

w = tf.Variable([1.0, 2.0])
here = os.getcwd()
saver = tf.compat.v1.train.Saver(var_list=[w])  # TF1 Saver in eager mode: list the variables
saver.save(None, os.path.join(here, "run_a", "model"))  # an absolute prefix
state = open("run_a/checkpoint").read().replace(here, "<cwd>")  # hide this machine's path
print(state)
#> model_checkpoint_path: "<cwd>/run_a/model"
#> all_model_checkpoint_paths: "<cwd>/run_a/model"
#>
# --8<-- [end:absolute]

# --8<-- [start:moved]
shutil.move("run_a", "moved_a")  # copy to another machine, rename a folder, ...
print(tf.train.latest_checkpoint("moved_a"))
#> None
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
# --8<-- [end:relative]

# --8<-- [start:manager]
manager = tf.train.CheckpointManager(tf.train.Checkpoint(w=w), os.path.join(here, "run_c"), 3)
manager.save()
print(open("run_c/checkpoint").read().splitlines()[0])  # always relative
#> model_checkpoint_path: "ckpt-1"
# --8<-- [end:manager]
