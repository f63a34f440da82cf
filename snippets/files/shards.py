# --8<-- [start:devices]
import os

import tensorflow as tf

# Split the one CPU into two logical devices,
# before TensorFlow touches any device.
cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(
    cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
print([d.name for d in tf.config.list_logical_devices("CPU")])
#> ['/device:CPU:0', '/device:CPU:1']
# --8<-- [end:devices]

# --8<-- [start:save]
with tf.Graph().as_default():
    with tf.device("/cpu:0"):
        w1 = tf.Variable(tf.ones([2]), name="w1")  # 2 float32: 8 bytes
    with tf.device("/cpu:1"):
        w2 = tf.Variable(tf.ones([5]), name="w2")  # 5 float32: 20 bytes
    saver = tf.compat.v1.train.Saver(sharded=True)  # one .data file per device
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        try:
            saver.save(sess, "sharded/model")
        # a sharded Saver does not create the folder for you
        except ValueError as error:
            print(str(error))
            #> Parent directory of sharded/model doesn't exist, can't save.
        os.makedirs("sharded")
        saver.save(sess, "sharded/model")
for name in sorted(os.listdir("sharded")):
    size = os.path.getsize(os.path.join("sharded", name))
    print(f"{name:28} {size:>4} bytes")
#> checkpoint                     67 bytes
#> model.data-00000-of-00002       8 bytes
#> model.data-00001-of-00002      20 bytes
#> model.index                   143 bytes
#> model.meta                   8389 bytes
# --8<-- [end:save]
