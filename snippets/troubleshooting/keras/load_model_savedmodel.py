# --8<-- [start:problem]
import keras
import numpy as np
import tf_keras

# What Keras 2 (TF <= 2.15, or tf_keras) wrote for model.save("my_model"):
old = tf_keras.Sequential([tf_keras.Input(shape=(2,)),
                           tf_keras.layers.Dense(1, name="d")])
old.compile(optimizer="adam", loss="mse")
old.save("my_model")  # no extension: a SavedModel folder
try:
    keras.models.load_model("my_model")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> File format not supported: filepath=my_model.
# --8<-- [end:problem]

# --8<-- [start:fix]
# The whole Keras 2 model back, trainable, with its compile() settings:
full = tf_keras.models.load_model("my_model")
x = np.ones((1, 2), "float32")
np.testing.assert_allclose(full(x), old(x), rtol=1e-6)
full.fit(x, np.zeros((1, 1)), epochs=1, verbose=0)  # trains on
print(type(full).__name__, type(full.optimizer).__name__)
#> Sequential Adam
# --8<-- [end:fix]

# --8<-- [start:tfsmlayer]
# Or, in Keras 3, one function of it as a layer (inference only):
layer = keras.layers.TFSMLayer("my_model", call_endpoint="serving_default")
outputs = layer(x)  # a dict, keyed by the output layer's name
print(sorted(outputs))
#> ['d']
np.testing.assert_allclose(outputs["d"], old(x), rtol=1e-6)
# --8<-- [end:tfsmlayer]
