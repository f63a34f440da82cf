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
for step in range(1, 7):
    saver.save(sess, "my_test_model", global_step=step, write_meta_graph=False)
print(saver.last_checkpoints)
#> ['my_test_model-3', 'my_test_model-4', 'my_test_model-5', 'my_test_model-6']
print(sorted(name for name in os.listdir(".") if name.endswith(".index")))
#> ['my_test_model-3.index', 'my_test_model-4.index', 'my_test_model-5.index', 'my_test_model-6.index']
# --8<-- [end:save]
