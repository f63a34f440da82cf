# --8<-- [start:write]
import os

import tensorflow as tf

w = tf.Variable([1.0, 2.0])
ckpt = tf.train.Checkpoint(w=w)
path = ckpt.write("exported/weights")  # (1)!
print(path)
#> exported/weights
print(sorted(os.listdir("exported")))
#> ['weights.data-00000-of-00001', 'weights.index']
print(tf.train.latest_checkpoint("exported"))
#> None
# --8<-- [end:write]

# --8<-- [start:read]
w.assign([0.0, 0.0])
ckpt.read("exported/weights").assert_consumed()
print(w.numpy())
#> [1. 2.]
assert w.numpy().tolist() == [1.0, 2.0]
# --8<-- [end:read]

# --8<-- [start:overwrite]
w.assign([5.0, 6.0])
ckpt.write("exported/weights")  # same prefix: the old files are replaced
print(sorted(os.listdir("exported")), int(ckpt.save_counter))
#> ['weights.data-00000-of-00001', 'weights.index'] 0
fresh = tf.Variable([0.0, 0.0])
tf.train.Checkpoint(w=fresh).read("exported/weights").assert_consumed()
print(fresh.numpy())  # the new values, not [1. 2.]
#> [5. 6.]
assert fresh.numpy().tolist() == [5.0, 6.0]
# --8<-- [end:overwrite]
