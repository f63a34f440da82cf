# --8<-- [start:build]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()  # (1)!
tf.set_random_seed(42)

w1 = tf.Variable(tf.random_normal(shape=[2]), name="w1")
w2 = tf.Variable(tf.random_normal(shape=[5]), name="w2")
saver = tf.train.Saver()  # (2)!
# --8<-- [end:build]

# --8<-- [start:save]
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    prefix = saver.save(sess, "./my_test_model")  # (1)!
print(prefix)
#> ./my_test_model
# --8<-- [end:save]

# --8<-- [start:files]
for name in sorted(os.listdir(".")):
    print(name)
#> checkpoint
#> my_test_model.data-00000-of-00001
#> my_test_model.index
#> my_test_model.meta

size = os.path.getsize("my_test_model.data-00000-of-00001")
assert size == (2 + 5) * 4  # seven float32 values, nothing else
print(size, "bytes of weights")
#> 28 bytes of weights
# --8<-- [end:files]
