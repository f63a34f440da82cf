# --8<-- [start:problem]
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])


def replica_fn(x):
    return x * 2.0


try:
    strategy.experimental_run_v2(replica_fn, args=(tf.constant(1.0),))
except AttributeError as error:
    print(error)
#> 'MirroredStrategy' object has no attribute 'experimental_run_v2'
# --8<-- [end:problem]

# --8<-- [start:fix]
result = strategy.run(replica_fn, args=(tf.constant(1.0),))  # the new name
values = strategy.experimental_local_results(result)  # one per replica
np.testing.assert_allclose([v.numpy() for v in values], [2.0, 2.0])
print(len(values))
#> 2
# --8<-- [end:fix]
