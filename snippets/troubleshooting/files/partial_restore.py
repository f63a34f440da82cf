# --8<-- [start:problem]
import gc
import logging

import numpy as np
import tensorflow as tf

records = []  # TensorFlow's Python log lines, captured to be printed
handler = logging.Handler()
handler.emit = records.append
tf.get_logger().addHandler(handler)
tf.get_logger().setLevel("WARNING")  # the level these messages are logged at

model = tf.Module()
model.w = tf.Variable([1.0, 2.0])
optimizer = tf.Module()
optimizer.iter = tf.Variable(100)
tf.train.Checkpoint(model=model, optimizer=optimizer).write("ckpt/train")

served = tf.Module()  # for inference: the model only, no optimizer
served.w = tf.Variable([0.0, 0.0])
status = tf.train.Checkpoint(model=served).read("ckpt/train")
del status  # the warnings come when the restore status is garbage-collected
gc.collect()
for record in records:
    print(record.levelname, record.getMessage().split(" with ")[0])
#> WARNING Detecting that an object or model or tf.train.Checkpoint is being deleted
#> WARNING Value in checkpoint could not be found in the restored object: (root).optimizer.iter
# --8<-- [end:problem]

# --8<-- [start:asserts]
status = tf.train.Checkpoint(model=served).read("ckpt/train")
try:
    status.assert_consumed()  # every value in the file went somewhere?
except AssertionError as error:
    print(str(error).splitlines()[0])
#> Unresolved object in checkpoint (root).optimizer.iter: attributes {
# every object of the program got a value: passes
status.assert_existing_objects_matched()
np.testing.assert_allclose(served.w.numpy(), [1.0, 2.0])

served.b = tf.Variable(0.0)  # a new variable the file does not have
try:
    check = tf.train.Checkpoint(model=served).read("ckpt/train")
    check.assert_existing_objects_matched()
except AssertionError as error:
    print(str(error).split(", likely")[0])
#> Found 1 Python objects that were not bound to checkpointed values
# --8<-- [end:asserts]

# --8<-- [start:fix]
del status
gc.collect()
records.clear()  # forget the warnings of the restores above
served = tf.Module()  # the inference program: the model only
served.w = tf.Variable([0.0, 0.0])
status = tf.train.Checkpoint(model=served).read("ckpt/train")
# everything the program has got a value
status.assert_existing_objects_matched()
# the rest of the file (the optimizer) is left out on purpose
status.expect_partial()
np.testing.assert_allclose(served.w.numpy(), [1.0, 2.0])
del status
gc.collect()
print(records)  # no warning: a partial restore was expected
#> []
# --8<-- [end:fix]
