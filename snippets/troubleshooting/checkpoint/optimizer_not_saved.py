# --8<-- [start:problem]
import tensorflow as tf

x = tf.constant([[1.0], [2.0], [3.0]])
y = 2.0 * x


def train(w, optimizer, steps):
    for _ in range(steps):
        with tf.GradientTape() as tape:
            loss = tf.reduce_mean((x * w - y) ** 2)
        optimizer.apply_gradients([(tape.gradient(loss, w), w)])


w, optimizer = tf.Variable(0.0), tf.keras.optimizers.Adam(0.1)
train(w, optimizer, 10)
tf.train.Checkpoint(w=w).write("weights_only")  # the optimizer is left out
train(w, optimizer, 10)
uninterrupted = w.numpy()

w2, optimizer2 = tf.Variable(0.0), tf.keras.optimizers.Adam(0.1)
tf.train.Checkpoint(w=w2).read("weights_only").assert_consumed()  # passes!
train(w2, optimizer2, 10)  # Adam restarts from zero moments: another result
print(round(float(uninterrupted), 4), round(float(w2.numpy()), 4))
#> 1.7775 1.9025
# --8<-- [end:problem]

# --8<-- [start:fix]
w3, optimizer3 = tf.Variable(0.0), tf.keras.optimizers.Adam(0.1)
optimizer3.build([w3])
status = tf.train.Checkpoint(w=w3, optimizer=optimizer3).read("weights_only")
try:
    # detects the missing optimizer state
    status.assert_existing_objects_matched()
except AssertionError as error:
    print(str(error).split(", likely")[0])
#> Found 4 Python objects that were not bound to checkpointed values

# The fix: put the optimizer in the checkpoint, and resume from it.
w, optimizer = tf.Variable(0.0), tf.keras.optimizers.Adam(0.1)
train(w, optimizer, 10)
tf.train.Checkpoint(w=w, optimizer=optimizer).write("with_optimizer")
w4, optimizer4 = tf.Variable(0.0), tf.keras.optimizers.Adam(0.1)
optimizer4.build([w4])
status = tf.train.Checkpoint(w=w4, optimizer=optimizer4).read("with_optimizer")
status.assert_consumed()  # every value found its object, and back
train(w4, optimizer4, 10)
print(round(float(w4.numpy()), 4))  # the uninterrupted run's result
#> 1.7775
assert float(w4.numpy()) == float(uninterrupted)
# --8<-- [end:fix]
