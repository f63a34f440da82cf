# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
with strategy.scope():
    layer = keras.layers.Dense(1, use_bias=False, kernel_initializer="ones")
    layer.build((None, 2))
    optimizer = keras.optimizers.SGD(0.1)


@tf.function  # a tf.function called from the replica function: nested
def apply(grads):
    optimizer.apply_gradients(
        zip(grads, layer.trainable_variables, strict=True))


def replica_fn(x):
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(layer(x))
    apply(tape.gradient(loss, layer.trainable_variables))


try:
    strategy.run(replica_fn, args=(tf.ones((1, 2)),))
except RuntimeError as error:
    print(str(error).splitlines()[-1].strip().split(". ")[0])
#> RuntimeError: `merge_call` called while defining a new graph or a tf.function
# --8<-- [end:problem]

# --8<-- [start:fix]
def replica_step(x):  # the same step, with no tf.function inside
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(layer(x))
    grads = tape.gradient(loss, layer.trainable_variables)
    optimizer.apply_gradients(
        zip(grads, layer.trainable_variables, strict=True))


@tf.function  # one tf.function around strategy.run
def train_step(x):
    strategy.run(replica_step, args=(x,))


train_step(tf.ones((1, 2)))
# gradient 1 per weight on each replica, summed over 2: 1 - 0.1 * 2
np.testing.assert_allclose(layer.kernel.numpy().ravel(), [0.8, 0.8])
print(layer.kernel.numpy().ravel())
#> [0.8 0.8]
# --8<-- [end:fix]
