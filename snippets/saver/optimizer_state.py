# --8<-- [start:train]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable(tf.ones([2, 1]), name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w)))
optimizer = tf.train.AdamOptimizer(0.1)
grads_and_vars = optimizer.compute_gradients(loss)
train_op = optimizer.apply_gradients(grads_and_vars)
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train_op, {x: [[1.0, 2.0]]})
    # after the optimizer made its variables
    tf.train.Saver().save(sess, "model")
# --8<-- [end:train]

# --8<-- [start:saved]
grad = grads_and_vars[0][0]
# a tensor, not a variable
print(grad.name.split("/")[0], isinstance(grad, tf.Variable))
#> gradients False
for name, shape in tf.train.list_variables("model"):  # (1)!
    print(name, shape)
#> beta1_power []
#> beta2_power []
#> w [2, 1]
#> w/Adam [2, 1]
#> w/Adam_1 [2, 1]
saved = [name for name, _ in tf.train.list_variables("model")]
assert not any("gradients" in name for name in saved)
# --8<-- [end:saved]

# --8<-- [start:resume]
# A new program builds the same graph, optimizer included, and restores:
# Adam's slots and powers come back, and training goes on from them.
tf.reset_default_graph()
x = tf.placeholder(tf.float32, [None, 2], name="x")
w = tf.Variable(tf.ones([2, 1]), name="w")
loss = tf.reduce_mean(tf.square(tf.matmul(x, w)))
train_op = tf.train.AdamOptimizer(0.1).minimize(loss)
in_file = tf.train.load_checkpoint("model")
with tf.Session() as sess:
    # built after minimize(), so it covers Adam's variables too
    tf.train.Saver().restore(sess, "model")
    for var in tf.global_variables():  # every one equals the file
        name = var.op.name
        assert (sess.run(var) == in_file.get_tensor(name)).all(), name
    sess.run(train_op, {x: [[1.0, 2.0]]})  # the second Adam step
    # 0.9 ** 3 after a restored 0.9 ** 2 (a fresh Adam: 0.9 ** 2)
    print(round(float(sess.run("beta1_power:0")), 3))
#> 0.729
# --8<-- [end:resume]
