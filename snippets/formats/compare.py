# --8<-- [start:save_all]
import os

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x, y = np.ones([8, 4], np.float32), np.ones([8, 3], np.float32)


def build():
    """The model's Python code: its architecture, compiled."""
    model = keras.Sequential(
        [keras.Input(shape=(4,)), keras.layers.Dense(3, name="dense")])
    model.compile(optimizer="adam", loss="mse")
    return model


model = build()
model.fit(x, y, verbose=0)  # one step: the optimizer now has state
tf.train.Checkpoint(model=model).write("as_checkpoint/model")
model.export("as_savedmodel", verbose=False)
model.save("as_file.keras")
model.save_weights("as_weights.weights.h5")
# --8<-- [end:save_all]

# --8<-- [start:on_disk]
for entry in sorted(os.listdir(".")):
    if os.path.isdir(entry):
        files = [name for _, _, names in os.walk(entry) for name in names]
    else:
        files = [entry]
    print(f"{entry:24} {len(files)} file(s)")
#> as_checkpoint            2 file(s)
#> as_file.keras            1 file(s)
#> as_savedmodel            4 file(s)
#> as_weights.weights.h5    1 file(s)
# --8<-- [end:on_disk]

# --8<-- [start:load_without_code]
# Which of them can be used without the Python code that built the model?
# A graph: yes. Keep a reference to what load returns (see below).
served = tf.saved_model.load("as_savedmodel")
print(served.serve(tf.ones([1, 4])).shape)
#> (1, 3)
# A config: yes, for built-in layers.
print(keras.models.load_model("as_file.keras").layers[0].name)
#> dense
# Values only: run the model's code, then restore into what it built.
rebuilt = build()
tf.train.Checkpoint(model=rebuilt).read("as_checkpoint/model")
np.testing.assert_array_equal(rebuilt.predict(x, verbose=0),
                              model.predict(x, verbose=0))
# --8<-- [end:load_without_code]

# --8<-- [start:one_expression]
try:  # load and call in one expression: nothing keeps the object alive
    tf.saved_model.load("as_savedmodel").serve(tf.ones([1, 4]))
except AssertionError as error:
    print(str(error).split(". ")[0])
#> Called a function referencing variables which have been deleted
# with a reference kept, as above: fine
print(served.serve(tf.ones([1, 4])).shape)
#> (1, 3)
# --8<-- [end:one_expression]

# --8<-- [start:optimizer_state]
def same_optimizer_state(other):
    """Weights, step count and Adam moments equal to the trained model's."""
    pairs = zip(model.weights + model.optimizer.variables,
                other.weights + other.optimizer.variables, strict=True)
    return all(np.array_equal(a.numpy(), b.numpy()) for a, b in pairs)


rebuilt.optimizer.build(rebuilt.trainable_variables)  # (1)!
print("checkpoint", same_optimizer_state(rebuilt))
#> checkpoint True
from_file = keras.models.load_model("as_file.keras")
print(".keras", same_optimizer_state(from_file))
#> .keras True
weights = build()
weights.optimizer.build(weights.trainable_variables)  # (2)!
weights.load_weights("as_weights.weights.h5")
print(".weights.h5", same_optimizer_state(weights))
#> .weights.h5 True
for resumed in (rebuilt, from_file, weights):  # training goes on: step 2
    resumed.fit(x, y, verbose=0)
    assert int(resumed.optimizer.iterations) == 2
exported = tf.train.list_variables("as_savedmodel/variables/variables")
print("export()", [name for name, _ in exported if "optimizer" in name])
#> export() []
# --8<-- [end:optimizer_state]

# --8<-- [start:tf_saved_model]
tf.saved_model.save(model, "as_tf_savedmodel")  # (1)!
again = build()
again.optimizer.build(again.trainable_variables)
status = tf.train.Checkpoint(root=again).read(
    "as_tf_savedmodel/variables/variables")
status.assert_existing_objects_matched()
print("tf.saved_model.save", same_optimizer_state(again))
#> tf.saved_model.save True
again.fit(x, y, verbose=0)  # and training goes on from step 1
assert int(again.optimizer.iterations) == 2
# --8<-- [end:tf_saved_model]

# --8<-- [start:random_state]
# A random layer has a state of its own: its seed generator,
# which moves on at each use.
noisy = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dropout(0.5, name="drop")])
drop = noisy.get_layer("drop")
drop(tf.ones([1, 4]), training=True)  # one training step's randomness
noisy.save("noisy.keras")
noisy.save_weights("noisy.weights.h5")
tf.train.Checkpoint(model=noisy).write("noisy_checkpoint/model")
loaded_model = keras.models.load_model("noisy.keras")
loaded = loaded_model.get_layer("drop")
saved_state = drop.seed_generator.state.numpy()
print(saved_state, "->", loaded.seed_generator.state.numpy())  # (1)!
#> [278009743         1] -> [548977049         0]
# the weights file does not hold it either
loaded_model.load_weights("noisy.weights.h5")
assert (loaded.seed_generator.state.numpy() != saved_state).any()
# nor the checkpoint
print([k for k, _ in tf.train.list_variables("noisy_checkpoint/model")])
#> ['_CHECKPOINTABLE_OBJECT_GRAPH']
assert "seed_generator/seed_generator_state" in [
    v.path for v in noisy.variables]
# --8<-- [end:random_state]
