# --8<-- [start:save]
import shutil

import tensorflow as tf


class Line(tf.Module):
    def __init__(self):
        super().__init__()
        self.slope = tf.Variable(0.0)
        self.offset = tf.Variable(0.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        return self.slope * x + self.offset


tf.saved_model.save(Line(), "line")
# --8<-- [end:save]

# --8<-- [start:fine_tune]
line = tf.saved_model.load("line")
print(type(line).__name__, hasattr(line, "trainable_variables"))  # (1)!
#> _UserObject False
# attributes come back, properties do not
variables = [line.slope, line.offset]
assert all(v.trainable for v in variables)  # as saved
x = tf.constant([0.0, 1.0, 2.0, 3.0])
y = 3.0 * x - 1.0
optimizer = tf.keras.optimizers.SGD(0.1)
for _ in range(200):
    with tf.GradientTape() as tape:
        # the restored tf.function is differentiable
        loss = tf.reduce_mean((line(x) - y) ** 2)
    gradients = tape.gradient(loss, variables)
    optimizer.apply_gradients(zip(gradients, variables, strict=True))
print(round(float(line.slope), 3), round(float(line.offset), 3))
#> 3.0 -1.0
# --8<-- [end:fine_tune]

# --8<-- [start:save_again]
# a loaded SavedModel can be saved again, as a folder of its own
tf.saved_model.save(line, "line_tuned")
shutil.rmtree("line")  # the copy does not need the folder it came from
tuned = tf.saved_model.load("line_tuned")
tf.debugging.assert_equal(tuned(x), line(x))  # the same predictions
assert tuned.slope.trainable and tuned.offset.trainable  # still trainable
with tf.GradientTape() as tape:  # and differentiable: it trains on
    loss = tf.reduce_mean((tuned(x) - y) ** 2)
assert None not in tape.gradient(loss, [tuned.slope, tuned.offset])
print(tuned(tf.constant([10.0])).numpy().round(2), list(tuned.signatures))
#> [29.] ['serving_default']
# --8<-- [end:save_again]
