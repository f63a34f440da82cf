# --8<-- [start:setup]
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)  # synthetic data: y = x @ [2, -3] + 1
x = rng.normal(size=(32, 2)).astype(np.float32)
y = x @ np.array([[2.0], [-3.0]], np.float32) + 1.0


def new_training_state():
    """What a (re)started program builds: model, optimizer, step."""
    w = tf.Variable(tf.zeros([2, 1]), name="w")
    b = tf.Variable(tf.zeros([1]), name="b")
    optimizer = tf.keras.optimizers.Adam(0.1)
    # create its slots now, so that assert_consumed() can check them
    optimizer.build([w, b])
    step = tf.Variable(0, dtype=tf.int64)
    return w, b, optimizer, step


def train(w, b, optimizer, step, until):
    while int(step) < until:
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((x @ w + b - y) ** 2)
        grads = tape.gradient(loss, [w, b])
        optimizer.apply_gradients(zip(grads, [w, b], strict=True))
        step.assign_add(1)
# --8<-- [end:setup]

# --8<-- [start:uninterrupted]
w, b, optimizer, step = new_training_state()
train(w, b, optimizer, step, until=20)
uninterrupted = w.numpy()
print(uninterrupted.round(3).ravel())
#> [ 1.654 -1.914]
# --8<-- [end:uninterrupted]

# --8<-- [start:crash]
w, b, optimizer, step = new_training_state()
ckpt = tf.train.Checkpoint(w=w, b=b, optimizer=optimizer, step=step)
manager = tf.train.CheckpointManager(ckpt, "training", max_to_keep=2)
train(w, b, optimizer, step, until=10)
manager.save()
del w, b, optimizer, step, ckpt, manager  # the program dies here
# --8<-- [end:crash]

# --8<-- [start:resume]
w, b, optimizer, step = new_training_state()  # a new program, from scratch
ckpt = tf.train.Checkpoint(w=w, b=b, optimizer=optimizer, step=step)
manager = tf.train.CheckpointManager(ckpt, "training", max_to_keep=2)
ckpt.restore(manager.latest_checkpoint).assert_consumed()  # (1)!
print("resuming at step", int(step))
#> resuming at step 10
train(w, b, optimizer, step, until=20)
# bit for bit, on this CPU
np.testing.assert_array_equal(w.numpy(), uninterrupted)
assert int(optimizer.iterations) == 20  # Adam went on counting
print(w.numpy().round(3).ravel())
#> [ 1.654 -1.914]
# --8<-- [end:resume]
