# --8<-- [start:save_all]
import os

import keras
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3, name="dense")])
model.compile(optimizer="adam", loss="mse")

tf.train.Checkpoint(model=model).write("as_checkpoint/model")
model.export("as_savedmodel", verbose=False)
model.save("as_file.keras")
model.save_weights("as_weights.weights.h5")
# --8<-- [end:save_all]

# --8<-- [start:on_disk]
for entry in sorted(os.listdir(".")):
    files = ([os.path.join(folder, f) for folder, _, names in os.walk(entry) for f in names]
             if os.path.isdir(entry) else [entry])
    print(f"{entry:24} {len(files)} file(s)")
#> as_checkpoint            2 file(s)
#> as_file.keras            1 file(s)
#> as_savedmodel            4 file(s)
#> as_weights.weights.h5    1 file(s)
# --8<-- [end:on_disk]

# --8<-- [start:load_without_code]
# Which of them can be used without the Python code that built the model?
# keep a reference: see the note below
served = tf.saved_model.load("as_savedmodel")
print(served.serve(tf.ones([1, 4])).shape)  # a graph: yes
#> (1, 3)
# a config: yes, built-in layers
print(keras.models.load_model("as_file.keras").layers[0].name)
#> dense
# values only: you need the code
print(tf.train.list_variables("as_checkpoint/model")[1])
#> ('model/_functional/_operations/1/_kernel/.ATTRIBUTES/VARIABLE_VALUE', [4, 3])
# --8<-- [end:load_without_code]

# --8<-- [start:one_expression]
try:  # load and call in one expression: nothing keeps the loaded object alive
    tf.saved_model.load("as_savedmodel").serve(tf.ones([1, 4]))
except AssertionError as error:
    print(str(error).split(". ")[0])
#> Called a function referencing variables which have been deleted
# with a reference kept, as above: fine
print(served.serve(tf.ones([1, 4])).shape)
#> (1, 3)
# --8<-- [end:one_expression]

# --8<-- [start:random_state]
# A random layer has a state of its own: its seed generator, which moves on at each use.
noisy = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dropout(0.5, name="drop")])
drop = noisy.get_layer("drop")
drop(tf.ones([1, 4]), training=True)  # one training step's worth of randomness
noisy.save("noisy.keras")
noisy.save_weights("noisy.weights.h5")
tf.train.Checkpoint(model=noisy).write("noisy_checkpoint/model")
loaded_model = keras.models.load_model("noisy.keras")
loaded = loaded_model.get_layer("drop")
print(drop.seed_generator.state.numpy(), "->", loaded.seed_generator.state.numpy())  # (1)!
#> [813847340         1] -> [955892129         0]
# the weights file does not hold it either
loaded_model.load_weights("noisy.weights.h5")
assert (loaded.seed_generator.state.numpy() != drop.seed_generator.state.numpy()).any()
# no state either
print([name for name, _ in tf.train.list_variables("noisy_checkpoint/model")])
#> ['_CHECKPOINTABLE_OBJECT_GRAPH']
assert "seed_generator/seed_generator_state" in [v.path for v in noisy.variables]
# --8<-- [end:random_state]
