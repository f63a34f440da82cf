# --8<-- [start:build]
import os

import tensorflow as tf


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[1.0, 2.0], [3.0, 4.0]], name="w")
        self.b = tf.Variable([0.5, -0.5], name="b")


model = Model()
step = tf.Variable(0, dtype=tf.int64)
ckpt = tf.train.Checkpoint(step=step, model=model)  # (1)!
# --8<-- [end:build]

# --8<-- [start:save]
step.assign(100)
path = ckpt.save("ckpt/run")  # (1)!
print(path)
#> ckpt/run-1
print(sorted(os.listdir("ckpt")))
#> ['checkpoint', 'run-1.data-00000-of-00001', 'run-1.index']
print(open("ckpt/checkpoint").read())
#> model_checkpoint_path: "run-1"
#> all_model_checkpoint_paths: "run-1"
#>
# --8<-- [end:save]

# --8<-- [start:restore]
model.w.assign(tf.zeros([2, 2]))  # lose the values...
step.assign(0)
# ...and get them back
status = ckpt.restore(tf.train.latest_checkpoint("ckpt"))
status.assert_consumed()  # (1)!
print(int(step), model.w.numpy().tolist())
#> 100 [[1.0, 2.0], [3.0, 4.0]]
assert (int(step), model.w.numpy().tolist()) == (100, [[1, 2], [3, 4]])
# --8<-- [end:restore]
