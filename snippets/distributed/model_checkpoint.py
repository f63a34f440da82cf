# --8<-- [start:fit]
import keras
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(32, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
with strategy.scope():
    model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mse")
save = keras.callbacks.ModelCheckpoint("ckpt/model.keras")  # folder made
model.fit(x, y, batch_size=8, epochs=2, verbose=0, callbacks=[save])
# --8<-- [end:fit]

# --8<-- [start:load]
plain = keras.saving.load_model("ckpt/model.keras")  # no scope: 1 device
print(type(plain.layers[0].kernel.value).__name__)
#> ResourceVariable
np.testing.assert_allclose(plain.predict(x, verbose=0),
                           model.predict(x, verbose=0), rtol=1e-6)
with strategy.scope():  # inside the scope: mirrored again, trains on
    again = keras.saving.load_model("ckpt/model.keras")
print(type(again.layers[0].kernel.value).__name__,
      again.optimizer.iterations.numpy())
#> MirroredVariable 8
np.testing.assert_allclose(again.predict(x, verbose=0),
                           model.predict(x, verbose=0), rtol=1e-6)
for new, old in zip(again.optimizer.variables, model.optimizer.variables,
                    strict=True):  # step count, learning rate, m and v
    np.testing.assert_array_equal(new.numpy(), old.numpy())
again.fit(x, y, batch_size=8, epochs=1, verbose=0)
print(again.optimizer.iterations.numpy())
#> 12
# --8<-- [end:load]
