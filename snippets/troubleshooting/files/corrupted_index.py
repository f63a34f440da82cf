# --8<-- [start:problem]
import os
import shutil

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.save(sess, "run/model")


# a copy of the checkpoint with one bit of .index flipped
def damaged_copy(offset):
    shutil.rmtree("copy", ignore_errors=True)
    shutil.copytree("run", "copy")
    with open("copy/model.index", "r+b") as f:
        f.seek(offset, os.SEEK_END if offset < 0 else os.SEEK_SET)
        byte = f.read(1)
        f.seek(-1, os.SEEK_CUR)
        f.write(bytes([byte[0] ^ 1]))
    return "copy/model"


# the last byte (the magic number), then the first (a data block)
for offset in [-1, 0]:
    try:
        saver.restore(sess, damaged_copy(offset))
    except tf.errors.DataLossError as error:
        lines = error.message.splitlines()
        starts = ("not an", "Unable to read")
        print(next(x for x in lines if x.startswith(starts)))
#> not an sstable (bad magic number)
#> Unable to read file (copy/model.index). Perhaps the file is corrupt or was produced by a newer version of TensorFlow with format changes (failed to seek to header entry): block checksum mismatch
# --8<-- [end:problem]

# --8<-- [start:fix]
# reads every block of entries of the .index: damage there raises
def readable(prefix):
    try:
        tf.train.list_variables(prefix)
        return True
    except (tf.errors.OpError, IndexError) as error:
        print(type(error).__name__ + ":", str(error).splitlines()[0])
        return False


print(readable(damaged_copy(-1)))
#> OpError: not an sstable (bad magic number)
#> False
print(readable("run/model"))  # the original, or a fresh copy of it
#> True
sess.run(w1.assign([0.0, 0.0]))
saver.restore(sess, "run/model")
np.testing.assert_allclose(sess.run(w1), [1.0, 2.0])
# --8<-- [end:fix]
