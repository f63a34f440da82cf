# --8<-- [start:clock]
import os
from unittest import mock

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(tf.zeros([2]), name="w1")
sess = tf.Session()
sess.run(tf.global_variables_initializer())

# Ten hours of training in a second: the Saver reads time.time(),
# so a fake clock will do.
hours = 0
clock = mock.patch("time.time", lambda: hours * 3600.0)
# --8<-- [end:clock]

# --8<-- [start:save]
with clock:
    saver = tf.train.Saver(max_to_keep=4, keep_checkpoint_every_n_hours=2)
    for hours in range(1, 11):  # one save at the end of each hour
        saver.save(sess, "my_test_model", global_step=hours,
                   write_meta_graph=False)

steps = sorted(int(name.split("-")[1].split(".")[0])
               for name in os.listdir(".") if name.endswith(".index"))
print("checkpoints on disk after hour:", steps)
#> checkpoints on disk after hour: [3, 5, 7, 8, 9, 10]
managed = [int(p.split("-")[1]) for p in saver.last_checkpoints]
print("the Saver still manages hours:", managed)
#> the Saver still manages hours: [7, 8, 9, 10]
# --8<-- [end:save]
