# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])  # starts TF

try:  # later (a notebook cell run again, edited): now 4 devices
    tf.config.set_logical_device_configuration(
        cpu, [tf.config.LogicalDeviceConfiguration()] * 4)
except RuntimeError as error:
    print(error)
#> Virtual devices cannot be modified after being initialized
# --8<-- [end:problem]

# --8<-- [start:fix]
def split_cpu(n):  # run it first; again, unchanged, it is harmless
    try:
        tf.config.set_logical_device_configuration(
            cpu, [tf.config.LogicalDeviceConfiguration()] * n)
    except RuntimeError:
        have = len(tf.config.list_logical_devices("CPU"))
        raise RuntimeError(f"TF already started with {have} CPU devices: "
                           "restart the process to change it") from None


split_cpu(2)  # the same configuration again: no error
try:
    split_cpu(4)
except RuntimeError as error:
    print(error)
#> TF already started with 2 CPU devices: restart the process to change it
x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
with strategy.scope():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
model.fit(x, x.sum(axis=1, keepdims=True), batch_size=8, verbose=0)
print(strategy.num_replicas_in_sync, model.optimizer.iterations.numpy())
#> 2 2
# --8<-- [end:fix]
