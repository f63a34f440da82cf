# --8<-- [start:build]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(tf.zeros([2]), name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
# --8<-- [end:build]

# --8<-- [start:save]
prefix = saver.save(sess, "my_test_model", global_step=1000)
print(prefix)
#> my_test_model-1000
for name in sorted(os.listdir(".")):
    print(name)
#> checkpoint
#> my_test_model-1000.data-00000-of-00001
#> my_test_model-1000.index
#> my_test_model-1000.meta
# --8<-- [end:save]
