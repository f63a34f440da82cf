# --8<-- [start:problem]
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2: pip install tf_keras

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

x = np.random.default_rng(0).normal(size=(16, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)


def make_model():
    return tf_keras.Sequential([tf_keras.Input((3,)),
                                tf_keras.layers.Dense(1)])


model = make_model()  # outside the scope: plain variables
try:
    with strategy.scope():
        model.compile(optimizer="adam", loss="mse")
except ValueError as error:
    message = str(error).split("). ")[1]
    print(message.split(". Try")[0])
#> It is most likely because some layers, model, or optimizer was being created outside the distribution strategy scope
# --8<-- [end:problem]

# --8<-- [start:fix]
with strategy.scope():
    model = make_model()  # the same function, called inside the scope
    model.compile(optimizer="adam", loss="mse")
kernel = model.layers[0].kernel
print(type(kernel).__name__)
#> MirroredVariable
before = kernel.numpy().copy()
model.fit(x, y, batch_size=8, epochs=1, verbose=0)
assert not np.allclose(kernel.numpy(), before)  # it trained
# --8<-- [end:fix]
