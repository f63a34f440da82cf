# --8<-- [start:tf1_training]
import os

import keras
import numpy as np
import tensorflow as tf

xs = np.linspace(-1, 1, 8, dtype=np.float32).reshape(2, 4)
ys = np.arange(6, dtype=np.float32).reshape(2, 3)

# TF1 training with Adam: 3 steps, a save, then the step it would take next.
with tf.Graph().as_default():  # TF1 code inside a TF2 program
    tf.compat.v1.set_random_seed(0)
    x = tf.compat.v1.placeholder(tf.float32, [None, 4], name="x")
    t = tf.compat.v1.placeholder(tf.float32, [None, 3], name="t")
    w1 = tf.Variable(tf.random.normal([4, 3]), name="w1")
    b1 = tf.Variable(tf.random.normal([3]), name="b1")
    loss = tf.reduce_mean((tf.matmul(x, w1) + b1 - t) ** 2)
    train = tf.compat.v1.train.AdamOptimizer(0.01).minimize(loss)
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        for _ in range(3):
            sess.run(train, {x: xs, t: ys})
        tf.compat.v1.train.Saver().save(sess, "tf1_model")
        sess.run(train, {x: xs, t: ys})
        tf1_next = sess.run({"w1": w1, "b1": b1})  # the 4th step's result
for name, shape in tf.train.list_variables("tf1_model"):
    print(name, shape)
#> b1 [3]
#> b1/Adam [3]
#> b1/Adam_1 [3]
#> beta1_power []
#> beta2_power []
#> w1 [4, 3]
#> w1/Adam [4, 3]
#> w1/Adam_1 [4, 3]
# --8<-- [end:tf1_training]

# --8<-- [start:weights_only]
reader = tf.train.load_checkpoint("tf1_model")
tf1_name = {"net/dense/kernel": "w1", "net/dense/bias": "b1"}


def keras_model(epsilon):
    """The Keras model with the TF1 weights mapped in, and Adam."""
    model = keras.Sequential(
        [keras.Input(shape=(4,)), keras.layers.Dense(3, name="dense")],
        name="net")
    for weight in model.weights:
        weight.assign(reader.get_tensor(tf1_name[weight.path]))
    optimizer = keras.optimizers.Adam(0.01, epsilon=epsilon)
    model.compile(optimizer=optimizer, loss="mse")
    return model


fresh = keras_model(epsilon=1e-8)
fresh.fit(xs, ys, batch_size=2, verbose=0)  # Adam from zero moments
kernel = fresh.get_layer("dense").kernel.numpy()
print(np.allclose(kernel, tf1_next["w1"], rtol=1e-5, atol=1e-7))
#> False
# --8<-- [end:weights_only]

# --8<-- [start:carry_over]
model = keras_model(epsilon=1e-8)  # TF1's default epsilon; Keras's is 1e-7
optimizer = model.optimizer
optimizer.build(model.trainable_variables)
slots = {v.path: v for v in optimizer.variables}
for weight in model.trainable_variables:
    tf1 = tf1_name[weight.path]
    # Keras names a slot <optimizer>/<weight path, "_" for "/">_<slot>
    key = optimizer.name + "/" + weight.path.replace("/", "_")
    slots[key + "_momentum"].assign(reader.get_tensor(tf1 + "/Adam"))
    slots[key + "_velocity"].assign(reader.get_tensor(tf1 + "/Adam_1"))
# TF1 keeps beta1 ** (steps + 1); Keras keeps the step count
steps = round(np.log(reader.get_tensor("beta1_power")) / np.log(0.9)) - 1
optimizer.iterations.assign(steps)
print(int(optimizer.iterations))
#> 3
model.fit(xs, ys, batch_size=2, verbose=0)  # the 4th step, in Keras
np.testing.assert_allclose(
    model.get_layer("dense").kernel.numpy(), tf1_next["w1"],
    rtol=1e-5, atol=1e-7)
np.testing.assert_allclose(
    model.get_layer("dense").bias.numpy(), tf1_next["b1"],
    rtol=1e-5, atol=1e-7)
print("Keras took the step TF1 would have taken")
#> Keras took the step TF1 would have taken
# --8<-- [end:carry_over]

# --8<-- [start:keep_it]
model.save("converted.keras")  # weights and optimizer state
for name in os.listdir("."):  # the TF1 files are gone
    if name.startswith("tf1_model") or name == "checkpoint":
        os.remove(name)
loaded = keras.models.load_model("converted.keras")
np.testing.assert_array_equal(loaded(xs), model(xs))  # same predictions
for a, b in zip(optimizer.variables, loaded.optimizer.variables,
                strict=True):
    np.testing.assert_array_equal(a.numpy(), b.numpy())
# and the hyperparameters given above
assert loaded.optimizer.get_config() == optimizer.get_config()
print(int(loaded.optimizer.iterations), loaded.optimizer.epsilon)
#> 4 1e-08
loaded.fit(xs, ys, batch_size=2, verbose=0)  # and training goes on: step 5
assert int(loaded.optimizer.iterations) == 5
# --8<-- [end:keep_it]
