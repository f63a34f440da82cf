# --8<-- [start:build]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(tf.ones([2]), name="w1")
w2 = tf.Variable(tf.ones([5]), name="w2")
# A local variable, as metrics use for their counters: not in GLOBAL_VARIABLES.
seen = tf.Variable(0, name="seen", collections=[tf.GraphKeys.LOCAL_VARIABLES])
sess = tf.Session()
sess.run([tf.global_variables_initializer(), tf.local_variables_initializer()])
# --8<-- [end:build]

# --8<-- [start:default]
# no arguments: every *global* variable
tf.train.Saver().save(sess, "everything")
print(tf.train.list_variables("everything"))
#> [('w1', [2]), ('w2', [5])]
# --8<-- [end:default]

# --8<-- [start:by_list]
# A list: each variable is stored under its own graph name.
tf.train.Saver([w1]).save(sess, "only_w1")
print(tf.train.list_variables("only_w1"))
#> [('w1', [2])]
# --8<-- [end:by_list]

# --8<-- [start:by_dict]
# A dict: you choose the name each variable is stored under.
tf.train.Saver({"encoder/kernel": w2}).save(sess, "renamed_w2")
print(tf.train.list_variables("renamed_w2"))
#> [('encoder/kernel', [5])]
# --8<-- [end:by_dict]

# --8<-- [start:restore_subset]
# Restoring a subset: w2 keeps the value it has, only w1 is read from disk.
sess.run([w1.assign([7.0, 7.0]), w2.assign(tf.zeros([5]))])
tf.train.Saver([w1]).restore(sess, "only_w1")
print(sess.run(w1), sess.run(w2))
#> [1. 1.] [0. 0. 0. 0. 0.]
# --8<-- [end:restore_subset]
