# --8<-- [start:problem]
import os
import shutil

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable(np.arange(1000, dtype=np.float32), name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
saver.save(sess, "run/model")
DATA, INDEX = "model.data-00000-of-00001", "model.index"


def copy_of(files, truncate=False):  # a copy that went wrong
    shutil.rmtree("copy", ignore_errors=True)
    os.makedirs("copy")
    for name in files:
        shutil.copy(os.path.join("run", name), "copy")
    if truncate:
        # the first 100 bytes only
        os.truncate(os.path.join("copy", DATA), 100)
    return "copy/model"


cases = [([INDEX], False), ([DATA], False), ([INDEX, DATA], True)]
for files, truncate in cases:
    try:
        saver.restore(sess, copy_of(files, truncate))
    except (tf.errors.NotFoundError, ValueError,
            tf.errors.OutOfRangeError) as error:
        if isinstance(error, tf.errors.OpError):
            text = error.message
        else:
            text = str(error)
        line = next(x for x in text.splitlines()
                    if "copy/" in x or "bytes" in x)
        print(type(error).__name__ + ":", line)
#> NotFoundError: copy/model.data-00000-of-00001; No such file or directory
#> ValueError: The passed save_path is not a valid checkpoint: copy/model
#> OutOfRangeError: Read less bytes than requested
# --8<-- [end:problem]

# --8<-- [start:fix]
# every file the .index names is there, every tensor reads back
def complete(prefix):
    reader = tf.train.load_checkpoint(prefix)
    for name in reader.get_variable_to_shape_map():
        reader.get_tensor(name)
    return True


print(complete("run/model"))
#> True
try:
    complete(copy_of([INDEX, DATA], truncate=True))
except IndexError as error:  # (1)!
    print(type(error).__name__ + ":", error)
#> IndexError: Read less bytes than requested
restored = tf.Session()
# copy again, every file, whole
saver.restore(restored, copy_of([INDEX, DATA]))
np.testing.assert_allclose(restored.run(w1), np.arange(1000))
# --8<-- [end:fix]
