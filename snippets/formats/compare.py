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
served = tf.saved_model.load("as_savedmodel")  # keep a reference: see the note below
print(served.serve(tf.ones([1, 4])).shape)  # a graph: yes
#> (1, 3)
print(keras.models.load_model("as_file.keras").layers[0].name)  # a config: yes, built-in layers
#> dense
print(tf.train.list_variables("as_checkpoint/model")[1])  # values only: you need the code
#> ('model/_functional/_operations/1/_kernel/.ATTRIBUTES/VARIABLE_VALUE', [4, 3])
# --8<-- [end:load_without_code]
