# --8<-- [start:problem]
import os
import shutil

import tensorflow as tf

w = tf.Variable([1.0, 2.0])
saver = tf.compat.v1.train.Saver(var_list=[w])
saver.save(None, os.path.abspath("run/model"))  # absolute paths go in the checkpoint file
shutil.move("run", "copied_run")  # another machine, another folder name...
print(tf.train.latest_checkpoint("copied_run"))  # no error, just None
#> None
# --8<-- [end:problem]

# --8<-- [start:fix]
# Either pass the prefix yourself (the files themselves are fine)...
tf.compat.v1.train.Saver(var_list=[w]).restore(None, "copied_run/model")
# ...or save relative paths from the start.
relative = tf.compat.v1.train.Saver(var_list=[w], save_relative_paths=True)
relative.save(None, os.path.abspath("run2/model"))
shutil.move("run2", "copied_run2")
print(tf.train.latest_checkpoint("copied_run2"))
#> copied_run2/model
# --8<-- [end:fix]
