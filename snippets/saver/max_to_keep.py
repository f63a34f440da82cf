# --8<-- [start:build]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(tf.zeros([2]), name="w1")
sess = tf.Session()
sess.run(tf.global_variables_initializer())
# --8<-- [end:build]

# --8<-- [start:save]
saver = tf.train.Saver(max_to_keep=4)
# the graph is written once, with the first checkpoint
for step in range(1, 7):
    saver.save(sess, "my_test_model", global_step=step,
               write_meta_graph=(step == 1))
print(saver.last_checkpoints)
#> ['my_test_model-3', 'my_test_model-4', 'my_test_model-5', 'my_test_model-6']
on_disk = sorted(os.listdir("."))
print(sorted(name[:-len(".index")]
             for name in on_disk if name.endswith(".index")))
#> ['my_test_model-3', 'my_test_model-4', 'my_test_model-5', 'my_test_model-6']
# the one .meta went with step 1
print([name for name in on_disk if name.endswith(".meta")])
#> []
# --8<-- [end:save]

# --8<-- [start:keep_all]
keep_all = tf.train.Saver(max_to_keep=None)  # or 0
for step in range(1, 4):
    keep_all.save(sess, "all/my_test_model", global_step=step,
                  write_meta_graph=False)
print(sorted(name for name in os.listdir("all") if name.endswith(".index")))
#> ['my_test_model-1.index', 'my_test_model-2.index', 'my_test_model-3.index']
print(keep_all.last_checkpoints)  # it tracks nothing...
#> []
# ...so the state file names only the newest
print(open("all/checkpoint").read())
#> model_checkpoint_path: "my_test_model-3"
#> all_model_checkpoint_paths: "my_test_model-3"
#>
# --8<-- [end:keep_all]
