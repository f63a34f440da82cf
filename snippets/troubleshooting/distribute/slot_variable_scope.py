# --8<-- [start:problem]
import numpy as np
import tensorflow as tf
import tf_keras  # Keras 2: pip install tf_keras

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])

w = tf.Variable([1.0, 2.0])  # created outside the scope
opt = tf_keras.optimizers.legacy.Adam(0.1)


@tf.function
def step():
    opt.apply_gradients([(tf.constant([1.0, 1.0]), w)])


try:
    with strategy.scope():
        strategy.run(step)
except ValueError as error:
    print(str(error).splitlines()[-1].split(" (")[0].strip())
#> ValueError: Trying to create optimizer slot variable under the scope for tf.distribute.Strategy
# --8<-- [end:problem]

# --8<-- [start:fix]
with strategy.scope():  # the variable and the optimizer inside
    w = tf.Variable([1.0, 2.0])
    opt = tf_keras.optimizers.legacy.Adam(0.1)


@tf.function
def step():  # the same step, traced again for the new objects
    opt.apply_gradients([(tf.constant([1.0, 1.0]), w)])


strategy.run(step)  # Adam's slots are created per replica
np.testing.assert_allclose(w.numpy(), [0.9, 1.9], rtol=1e-5)
print(sorted(v.name for v in opt.variables()))
#> ['Adam/Variable/m:0', 'Adam/Variable/v:0', 'Adam/iter:0']
# --8<-- [end:fix]
