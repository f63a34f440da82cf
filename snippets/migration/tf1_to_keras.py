# --8<-- [start:tf1_model]
import os

import keras
import numpy as np
import tensorflow as tf

# A TF1 model: a dense layer written by hand, saved by the TF1 Saver.
with tf.Graph().as_default():  # TF1 code inside a TF2 program
    tf.compat.v1.set_random_seed(0)
    x = tf.compat.v1.placeholder(tf.float32, [None, 4], name="x")
    w1 = tf.Variable(tf.random.normal([4, 3]), name="w1")
    b1 = tf.Variable(tf.random.normal([3]), name="b1")
    y = tf.matmul(x, w1) + b1
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        tf.compat.v1.train.Saver().save(sess, "tf1_model")
        tf1_output = sess.run(y, {x: np.ones([1, 4], np.float32)})
print(tf.train.list_variables("tf1_model"))
#> [('b1', [3]), ('w1', [4, 3])]
# --8<-- [end:tf1_model]

# --8<-- [start:keras_model]
# The same layer in Keras 3: its weights have other names.
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(3, name="dense")])
print([weight.path for weight in model.weights])
#> ['sequential/dense/kernel', 'sequential/dense/bias']
# --8<-- [end:keras_model]

# --8<-- [start:by_name_fails]
before = [weight.numpy() for weight in model.weights]
# matches names: none match
status = tf.train.Checkpoint(model=model).restore("tf1_model")
try:
    status.assert_existing_objects_matched()
except AssertionError as error:
    print(str(error).split(":")[0])
#> Some objects had attributes which were not restored
for old, weight in zip(before, model.weights, strict=True):
    np.testing.assert_array_equal(weight.numpy(), old)  # nothing was loaded
# --8<-- [end:by_name_fails]

# --8<-- [start:mapping]
# Map each Keras weight to its TF1 name, check the shapes, assign.
tf1_name = {"sequential/dense/kernel": "w1", "sequential/dense/bias": "b1"}
reader = tf.train.load_checkpoint("tf1_model")
shapes = reader.get_variable_to_shape_map()
for weight in model.weights:
    name = tf1_name[weight.path]
    assert list(weight.shape) == shapes[name], (weight.path, shapes[name])
    weight.assign(reader.get_tensor(name))
np.testing.assert_array_equal(
    model.get_layer("dense").kernel.numpy(), reader.get_tensor("w1"))
np.testing.assert_allclose(
    model(np.ones([1, 4], np.float32)), tf1_output, rtol=1e-6)
print("Keras model gives the TF1 model's output")
#> Keras model gives the TF1 model's output
# --8<-- [end:mapping]

# --8<-- [start:keep_it]
model.save("converted.keras")  # the Keras way, from now on
for name in os.listdir("."):  # the TF1 files are gone
    if name.startswith("tf1_model") or name == "checkpoint":
        os.remove(name)
loaded = keras.models.load_model("converted.keras")
np.testing.assert_allclose(
    loaded(np.ones([1, 4], np.float32)), tf1_output, rtol=1e-6)
loaded.compile(optimizer="adam", loss="mse")  # a fresh optimizer
loaded.fit(np.ones([2, 4]), np.zeros([2, 3]), verbose=0)  # it trains
print(int(loaded.optimizer.iterations))
#> 1
# --8<-- [end:keep_it]
