# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

# two replicas on one CPU: split it into two logical devices
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")  # built outside the scope
try:
    with strategy.scope():
        model.fit(x, y, epochs=1, verbose=0)
except RuntimeError as error:
    print(str(error).split(":")[0])
#> Mixing different tf.distribute.Strategy objects

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
with strategy.scope():
    model.compile(optimizer="adam", loss="mse")  # compile inside only
try:
    model.fit(x, y, epochs=1, verbose=0)
except RuntimeError as error:
    print(str(error).split(" for ")[0])
#> Need to be inside "with strategy.scope()"
# --8<-- [end:problem]

# --8<-- [start:fix]
keras.utils.set_random_seed(0)
with strategy.scope():  # model AND compile (the optimizer) inside
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
kernel = model.layers[0].kernel
print(type(kernel.value).__name__)  # one copy per replica
#> MirroredVariable
before = kernel.numpy().copy()
model.fit(x, y, batch_size=8, epochs=1, verbose=0)  # fit needs no scope
assert not np.allclose(kernel.numpy(), before)  # it trained
print(int(model.optimizer.iterations.numpy()))  # 16 rows / batch 8
#> 2
# --8<-- [end:fix]
