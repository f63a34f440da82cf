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
