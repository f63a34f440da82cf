# --8<-- [start:problem]
import shutil

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0, 3.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
for step in [1, 2]:
    sess.run(w1.assign(w1 * 10))  # 10, 20, 30 then 100, 200, 300
    saver.save(sess, "run/model", global_step=step)

# one bit flips on disk
with open("run/model-2.data-00000-of-00001", "r+b") as f:
    first = f.read(1)
    f.seek(0)
    f.write(bytes([first[0] ^ 1]))

try:
    saver.restore(sess, "run/model-2")
except tf.errors.DataLossError as error:
    line = next(x for x in error.message.splitlines() if "Checksum" in x)
    print(*line.split(": ", 1), sep="\n")  # where, then what
#> TensorBundle at run/model-2 shard 0 (12 bytes)
#> Checksum does not match: stored 4168830629 vs. calculated on the restored bytes 3372915349
# --8<-- [end:problem]

# --8<-- [start:mixed]
shutil.copy("run/model-2.index", "mixed.index")  # the .index of one save,
# .data of another
shutil.copy("run/model-1.data-00000-of-00001", "mixed.data-00000-of-00001")
try:
    saver.restore(sess, "mixed")
    raise AssertionError("restored")
except tf.errors.DataLossError as error:
    assert "Checksum does not match" in error.message
# --8<-- [end:mixed]

# --8<-- [start:fix]
restored = None
state = tf.train.get_checkpoint_state("run")
for prefix in reversed(state.all_model_checkpoint_paths):
    try:  # newest first, fall back to an older checkpoint
        saver.restore(sess, prefix)
        restored = prefix
        break
    except tf.errors.DataLossError:
        print("damaged:", prefix)
#> damaged: run/model-2
print("restored:", restored)
#> restored: run/model-1
np.testing.assert_allclose(sess.run(w1), [10.0, 20.0, 30.0])
# --8<-- [end:fix]
