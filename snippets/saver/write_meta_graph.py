# --8<-- [start:build]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(tf.zeros([2]), name="w1")
step_up = w1.assign_add([1.0, 1.0])  # stands in for a training step
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
# --8<-- [end:build]

# --8<-- [start:loop]
for step in range(1, 3001):
    sess.run(step_up)
    if step % 1000 == 0:
        # Write the graph once, with the first checkpoint:
        # it does not change after that.
        saver.save(sess, "my_test_model", global_step=step,
                   write_meta_graph=(step == 1000))
for name in sorted(os.listdir(".")):
    print(name)
#> checkpoint
#> my_test_model-1000.data-00000-of-00001
#> my_test_model-1000.index
#> my_test_model-1000.meta
#> my_test_model-2000.data-00000-of-00001
#> my_test_model-2000.index
#> my_test_model-3000.data-00000-of-00001
#> my_test_model-3000.index
# --8<-- [end:loop]

# --8<-- [start:restore]
# The one .meta file describes the graph;
# any later checkpoint fills it with values.
tf.reset_default_graph()
with tf.Session() as sess:
    restorer = tf.train.import_meta_graph("my_test_model-1000.meta")
    restorer.restore(sess, tf.train.latest_checkpoint("."))
    print(sess.run("w1:0"))
#> [3000. 3000.]
# --8<-- [end:restore]
