# --8<-- [start:data]
import os

import keras
import numpy as np
import tensorflow as tf

rng = np.random.default_rng(0)  # synthetic data: 3 classes from 4 features
x = rng.normal(size=(256, 4)).astype("float32")
y = np.argmax(x @ rng.normal(size=(4, 3)), axis=1)
print(x.shape, np.bincount(y))
#> (256, 4) [ 37 103 116]
# --8<-- [end:data]

# --8<-- [start:model]
def new_run():
    """What a (re)started training program builds: model, optimizer, step,
    manager."""
    keras.utils.set_random_seed(1)
    model = keras.Sequential([
        keras.Input(shape=(4,)),
        keras.layers.Dense(16, activation="relu", name="base"),
        keras.layers.Dense(3, name="head"),
    ])
    optimizer = keras.optimizers.Adam(0.01)
    # Built now, so that assert_consumed() can check the restore at once.
    optimizer.build(model.trainable_variables)
    step = tf.Variable(0, dtype=tf.int64)
    ckpt = tf.train.Checkpoint(model=model, optimizer=optimizer, step=step)
    manager = tf.train.CheckpointManager(ckpt, "checkpoints", max_to_keep=3)
    return model, optimizer, step, ckpt, manager


loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)


def train(model, optimizer, step, manager, until, save_every=10):
    while int(step) < until:
        start = int(step) % 8 * 32  # a fixed order of batches
        batch = slice(start, start + 32)
        with tf.GradientTape() as tape:
            loss = loss_fn(y[batch], model(x[batch]))
        grads = tape.gradient(loss, model.trainable_variables)
        optimizer.apply_gradients(
            zip(grads, model.trainable_variables, strict=True))
        step.assign_add(1)
        if int(step) % save_every == 0:
            manager.save(checkpoint_number=step)
    return float(loss)
# --8<-- [end:model]

# --8<-- [start:reference]
# A reference run: 60 steps, never interrupted.
model, optimizer, step, ckpt, manager = new_run()
print(round(train(model, optimizer, step, manager, until=60), 4))
#> 0.1649
reference = [w.numpy() for w in model.weights]
# --8<-- [end:reference]

# --8<-- [start:crash]
# The same training, in a fresh folder, "crashing" after step 35.
os.rename("checkpoints", "reference_checkpoints")
model, optimizer, step, ckpt, manager = new_run()
train(model, optimizer, step, manager, until=35)
print(sorted(n for n in os.listdir("checkpoints") if n.endswith(".index")))
#> ['ckpt-10.index', 'ckpt-20.index', 'ckpt-30.index']
# The process dies: steps 31-35 are lost.
del model, optimizer, step, ckpt, manager
# --8<-- [end:crash]

# --8<-- [start:restart]
# A new process starts from scratch.
model, optimizer, step, ckpt, manager = new_run()
ckpt.restore(manager.latest_checkpoint).assert_consumed()
print("resumed at step", int(step))
#> resumed at step 30
print(round(train(model, optimizer, step, manager, until=60), 4))
#> 0.1649
for resumed, expected in zip(model.weights, reference, strict=True):
    # identical, bit for bit
    np.testing.assert_array_equal(resumed.numpy(), expected)
print("identical to the uninterrupted run")
#> identical to the uninterrupted run
# --8<-- [end:restart]

# --8<-- [start:fine_tune]
# Reuse the trained base for a new 2-class task: freeze it, train a new head.
base = model.get_layer("base")
base.trainable = False
new_model = keras.Sequential(
    [keras.Input(shape=(4,)), base, keras.layers.Dense(2, name="new_head")],
    name="new_model",
)
new_model.compile(
    optimizer=keras.optimizers.Adam(0.05),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
before = base.get_weights()
new_model.fit(x, (y == 0).astype("int64"), epochs=3, verbose=0)
for old, new in zip(before, base.get_weights(), strict=True):
    np.testing.assert_array_equal(old, new)  # the frozen base did not move
print([w.path for w in new_model.trainable_weights])  # only the new head's
#> ['new_model/new_head/kernel', 'new_model/new_head/bias']
# base is one layer object in both models: frozen in the first one too
print(len(model.trainable_weights))  # only its head's kernel and bias
#> 2
base.trainable = True  # before training the first model on
# --8<-- [end:fine_tune]
