# --8<-- [start:problem]
import numpy as np
import tensorflow as tf

cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])


def replica_fn():
    loss = tf.constant(3.0)
    # a strategy method, called from inside strategy.run
    return strategy.reduce("SUM", loss, axis=None)


try:
    strategy.run(replica_fn)
except RuntimeError as error:
    print(error)
#> Method requires being in cross-replica context, use get_replica_context().merge_call()
# --8<-- [end:problem]

# --8<-- [start:fix]
def replica_fn():
    return tf.constant(3.0)  # per-replica work only


per_replica = strategy.run(replica_fn)
total = strategy.reduce("SUM", per_replica, axis=None)  # outside run
np.testing.assert_allclose(total.numpy(), 6.0)  # 3.0 from each replica


def replica_sum():  # or sum across replicas from inside, in the replica
    ctx = tf.distribute.get_replica_context()
    return ctx.all_reduce("SUM", tf.constant(3.0))


values = strategy.experimental_local_results(strategy.run(replica_sum))
np.testing.assert_allclose([v.numpy() for v in values], [6.0, 6.0])
print(float(total))
#> 6.0
# --8<-- [end:fix]
