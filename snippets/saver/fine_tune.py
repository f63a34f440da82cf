# --8<-- [start:pretrained]
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
tf.set_random_seed(0)


def dense(inputs, units, name):
    with tf.variable_scope(name):
        w = tf.get_variable("weights", [inputs.shape[-1], units])
        b = tf.get_variable("biases", [units],
                            initializer=tf.zeros_initializer())
        return tf.nn.relu(tf.matmul(inputs, w) + b, name="out")


# A tiny stand-in for VGG: the same layer names, a few hundred weights.
images = tf.placeholder(tf.float32, [None, 8], name="images")
fc7 = dense(dense(images, 16, "fc6"), 16, "fc7")
fc8 = dense(fc7, 10, "fc8")  # the original 10-class head
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "vgg_stand_in")
# --8<-- [end:pretrained]

# --8<-- [start:new_head]
tf.reset_default_graph()
tf.set_random_seed(1)  # a new graph needs its own seed
saver = tf.train.import_meta_graph("vgg_stand_in.meta")
graph = tf.get_default_graph()
images = graph.get_tensor_by_name("images:0")
fc7 = graph.get_tensor_by_name("fc7/out:0")
fc7 = tf.stop_gradient(fc7)  # (1)!
fc7_shape = fc7.get_shape().as_list()
print(fc7_shape)
#> [None, 16]

num_outputs = 2  # (2)!
init = tf.truncated_normal([fc7_shape[-1], num_outputs], stddev=0.05)
weights = tf.Variable(init, name="new_head/weights")  # (3)!
biases = tf.Variable(tf.zeros([num_outputs]), name="new_head/biases")
logits = tf.matmul(fc7, weights) + biases
# --8<-- [end:new_head]

# --8<-- [start:train]
labels = tf.placeholder(tf.int64, [None])
loss = tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(
    labels=labels, logits=logits))
train_op = tf.train.GradientDescentOptimizer(0.5).minimize(loss)

# synthetic data: two classes, split by the first feature
rng = np.random.default_rng(0)
x = rng.normal(size=(64, 8)).astype(np.float32)
feed = {images: x, labels: (x[:, 0] > 0).astype(np.int64)}

sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.restore(sess, "vgg_stand_in")  # (1)!
before = {v.op.name: sess.run(v) for v in tf.global_variables()}
loss_before = sess.run(loss, feed)
for _ in range(50):
    sess.run(train_op, feed)
loss_after = sess.run(loss, feed)
print(round(float(loss_before), 3), "->", round(float(loss_after), 3))
#> 0.691 -> 0.544
# --8<-- [end:train]

# --8<-- [start:proof]
checkpoint = tf.train.load_checkpoint("vgg_stand_in")
for var in tf.global_variables():
    name, value = var.op.name, sess.run(var)
    # a pre-trained variable: must still equal the file
    if checkpoint.has_tensor(name):
        assert np.array_equal(value, checkpoint.get_tensor(name)), name
        print(f"{name:16} restored, unchanged")
    else:  # a variable of the new head: must have learned
        assert not np.array_equal(value, before[name]), name
        print(f"{name:16} new, trained")
#> fc6/weights      restored, unchanged
#> fc6/biases       restored, unchanged
#> fc7/weights      restored, unchanged
#> fc7/biases       restored, unchanged
#> fc8/weights      restored, unchanged
#> fc8/biases       restored, unchanged
#> new_head/weights new, trained
#> new_head/biases  new, trained
# --8<-- [end:proof]

# --8<-- [start:save_tuned]
# The Saver of import_meta_graph covers the file's variables only:
# it would silently leave the new head out.
saver.save(sess, "tuned_wrong")
wrong = tf.train.list_variables("tuned_wrong")
print(sorted({name.split("/")[0] for name, _ in wrong}))  # no new_head
#> ['fc6', 'fc7', 'fc8']

# A new Saver, built after the head, covers every variable of the graph.
tf.train.Saver().save(sess, "tuned")
tuned = tf.train.load_checkpoint("tuned")
for var in [weights, biases]:
    np.testing.assert_array_equal(tuned.get_tensor(var.op.name),
                                  sess.run(var))
print(sorted(name for name, _ in tf.train.list_variables("tuned"))[-2:])
#> ['new_head/biases', 'new_head/weights']

# The tuned files alone, in a new graph: same predictions, and it trains on
expected, name = sess.run(logits, {images: x}), logits.name
step, step_feed = train_op.name, {"images:0": x, labels.name: feed[labels]}
for old_file in tf.io.gfile.glob("vgg_stand_in*"):  # pre-trained files gone
    tf.io.gfile.remove(old_file)
tf.reset_default_graph()
with tf.Session() as new_sess:
    tf.train.import_meta_graph("tuned.meta").restore(new_sess, "tuned")
    np.testing.assert_array_equal(new_sess.run(name, {"images:0": x}),
                                  expected)
    fc6, head = new_sess.run(["fc6/weights:0", "new_head/weights:0"])
    new_sess.run(step, step_feed)  # the head learns, fc6 stays frozen
    np.testing.assert_array_equal(new_sess.run("fc6/weights:0"), fc6)
    assert not np.array_equal(new_sess.run("new_head/weights:0"), head)
# --8<-- [end:save_tuned]
