# --8<-- [start:corrupt]
import numpy as np
import tensorflow as tf

w = tf.Variable([1.0, 2.0, 3.0])
tf.train.Checkpoint(w=w).write("model")

# flip one bit of the stored values
with open("model.data-00000-of-00001", "r+b") as data:
    data.seek(4)
    byte = data.read(1)[0]
    data.seek(4)
    data.write(bytes([byte ^ 0x01]))
# --8<-- [end:corrupt]

# --8<-- [start:restore]
w.assign([0.0, 0.0, 0.0])
try:
    tf.train.Checkpoint(w=w).read("model")
except tf.errors.DataLossError as error:  # (1)!
    # drop the internal function name before it
    message = error.message.split("}} ")[-1]
    where, _, what = message.partition("Checksum")
    print(type(error).__name__ + ":", where.strip())
    print("Checksum" + what.split(" [Op:")[0])
#> DataLossError: TensorBundle at model shard 0 (12 bytes):
#> Checksum does not match: stored 944629635 vs. calculated on the restored bytes 1903270564
np.testing.assert_array_equal(w.numpy(), [0.0, 0.0, 0.0])  # nothing was loaded
# --8<-- [end:restore]
