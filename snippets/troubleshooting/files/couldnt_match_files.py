# --8<-- [start:problem]
import glob
import logging
import os

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
records = []  # TensorFlow's Python log lines, captured to be printed
handler = logging.Handler()
handler.emit = records.append
tf.get_logger().addHandler(handler)

w1 = tf.Variable(1.0, name="w1")
saver = tf.train.Saver()
sess = tf.Session()
for step in [1, 2]:
    sess.run(w1.assign(float(step)))
    saver.save(sess, "run/model", global_step=step)
# the newest files are gone (deleted, not copied)
for path in glob.glob("run/model-2.*"):
    os.remove(path)

print(tf.train.latest_checkpoint("run"))
#> None
print(records[-1].levelname, records[-1].getMessage())
#> ERROR Couldn't match files for checkpoint run/model-2
# --8<-- [end:problem]

# --8<-- [start:fix]
state = tf.train.get_checkpoint_state("run")  # every prefix the file lists
print(state.all_model_checkpoint_paths)
#> ['run/model-1', 'run/model-2']
present = [p for p in state.all_model_checkpoint_paths
           if tf.train.checkpoint_exists(p)]
print(present)
#> ['run/model-1']
sess.run(w1.assign(0.0))
saver.restore(sess, present[-1])  # the newest one still on disk
np.testing.assert_allclose(sess.run(w1), 1.0)
# --8<-- [end:fix]
