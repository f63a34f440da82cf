# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

# TF1 code: a graph of placeholders only, as in the post's example
with tf.Graph().as_default():
    w1 = tf.compat.v1.placeholder(tf.float32, name="w1")
    b1 = tf.compat.v1.placeholder(tf.float32, name="b1")
    w4 = tf.multiply(w1, b1, name="op_to_restore")
    try:
        tf.compat.v1.train.Saver()  # graph mode: raised when built
    except ValueError as error:
        print(error)
#> No variables to save
# --8<-- [end:problem]

# --8<-- [start:eager]
# TF2 code runs eagerly: the TF1 collections stay empty
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])
print(tf.compat.v1.global_variables(), len(model.variables))
#> [] 2
saver = tf.compat.v1.train.Saver(tf.compat.v1.global_variables())
try:
    saver.save(None, "model")  # eager mode: raised at save or restore
except ValueError as error:
    print(error)
#> No variables to save
# --8<-- [end:eager]

# --8<-- [start:fix]
# TF1 code: the state in Variables, the Saver built after them,
# in their graph
with tf.Graph().as_default():
    w1 = tf.compat.v1.placeholder(tf.float32, name="w1")
    bias = tf.compat.v1.Variable(2.0, name="bias")
    out = tf.multiply(w1, bias, name="scaled")
    saver = tf.compat.v1.train.Saver()
    with tf.compat.v1.Session() as sess:
        sess.run(bias.initializer)
        saver.save(sess, "model")
print(tf.train.list_variables("model"))
#> [('bias', [])]
bias_saved = tf.train.load_checkpoint("model").get_tensor("bias")
np.testing.assert_allclose(bias_saved, 2.0)
# --8<-- [end:fix]

# --8<-- [start:fix_tf2]
# TF2 code: a TF2 checkpoint finds the variables through the model,
# and the optimizer's through the optimizer (a compiled model's is
# model.optimizer, saved with it; a training loop's own: pass it too)
optimizer = keras.optimizers.Adam()
x = np.ones((4, 3), "float32")


def train_step():
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(model(x) ** 2)
    grads = tape.gradient(loss, model.trainable_variables)
    pairs = zip(grads, model.trainable_variables, strict=True)
    optimizer.apply_gradients(pairs)


train_step()
alone = tf.train.Checkpoint(model=model).write("model_only")
assert not any("optimizer" in name  # the loop's optimizer: left out
               for name, _ in tf.train.list_variables(alone))
state = model.variables + optimizer.variables
saved = [v.numpy() for v in state]
ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer)
path = ckpt.write("model_tf2")
for v in state:
    v.assign(np.zeros(v.shape, v.dtype))
ckpt.read(path).assert_consumed()
# weights, step count and Adam's slots all come back
for v, value in zip(state, saved, strict=True):
    np.testing.assert_array_equal(v.numpy(), value)
train_step()  # and training goes on from step 1
print(int(optimizer.iterations.numpy()))
#> 2

# Not Saver(model.variables): Keras 3 variables all get one key,
# and the file keeps one of them (the kernel: the bias is lost)
tf.compat.v1.train.Saver(model.variables).save(None, "one_key")
print(tf.train.list_variables("one_key"))
#> [('VARIABLE_VALUE', [3, 2])]
# --8<-- [end:fix_tf2]
