# --8<-- [start:devices]
import keras
import numpy as np
import tensorflow as tf

# two replicas on one CPU: two logical devices, before any TF work
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
print(strategy.num_replicas_in_sync)
#> 2
# --8<-- [end:devices]

# --8<-- [start:build]
keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
with strategy.scope():  # variables made here are mirrored
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")  # the optimizer too
model.fit(x, y, batch_size=8, epochs=2, verbose=0)  # no scope needed
print(type(model.layers[0].kernel.value).__name__)
#> MirroredVariable
# --8<-- [end:build]

# --8<-- [start:save_restore]
ckpt = tf.train.Checkpoint(model=model, optimizer=model.optimizer)
path = ckpt.write("run/ckpt")  # saving needs no scope
with strategy.scope():  # built here: mirrored variables
    again = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    again.compile(optimizer="adam", loss="mse")
    again.optimizer.build(again.trainable_variables)  # Adam's m and v
    status = tf.train.Checkpoint(model=again, optimizer=again.optimizer)
    status.read(path).assert_existing_objects_matched()
np.testing.assert_allclose(again.predict(x, verbose=0),
                           model.predict(x, verbose=0), rtol=1e-6)
for new, old in zip(again.optimizer.variables, model.optimizer.variables,
                    strict=True):  # step count, learning rate, m and v
    np.testing.assert_array_equal(new.numpy(), old.numpy())
again.fit(x, y, batch_size=8, epochs=1, verbose=0)  # training goes on
print(again.optimizer.iterations.numpy())
#> 6
# --8<-- [end:save_restore]
