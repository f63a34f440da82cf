# --8<-- [start:problem]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
step = tf.Variable(0, name="step", trainable=False)
# w1 is in both lists
to_save = tf.global_variables() + tf.trainable_variables()
try:
    tf.train.Saver(to_save)
except ValueError as error:
    print(error)
#> At least two variables have the same name: w1
# --8<-- [end:problem]

# --8<-- [start:dict]
try:
    tf.train.Saver({"w1": w1, "weights": w1})  # one variable under two names
except ValueError as error:
    print(error)
#> The same saveable will be restored with two names: weights
# --8<-- [end:dict]

# --8<-- [start:fix]
unique = list(dict.fromkeys(to_save))  # drops repeats, keeps the order
print([v.op.name for v in unique])
#> ['w1', 'step']
saver = tf.train.Saver(unique)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "model")
print(tf.train.list_variables("model"))
#> [('step', []), ('w1', [2])]
saved = tf.train.load_checkpoint("model").get_tensor("w1")
np.testing.assert_allclose(saved, [1.0, 2.0])
# --8<-- [end:fix]
