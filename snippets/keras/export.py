# --8<-- [start:export]
import os

import numpy as np
import keras
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(2)])
x = np.ones((1, 3), "float32")
model.export("exported_model", verbose=False)  # (1)!
print(sorted(os.listdir("exported_model")))
#> ['assets', 'fingerprint.pb', 'saved_model.pb', 'variables']
# --8<-- [end:export]

# --8<-- [start:tfsmlayer]
layer = keras.layers.TFSMLayer("exported_model", call_endpoint="serve")  # (1)!
wrapped = keras.Sequential([keras.Input(shape=(3,)), layer])
np.testing.assert_allclose(wrapped(x), model(x), rtol=1e-6)
print(wrapped(x).shape)
#> (1, 2)
# --8<-- [end:tfsmlayer]

# --8<-- [start:no_keras]
loaded = tf.saved_model.load("exported_model")  # plain TensorFlow, no Keras needed
np.testing.assert_allclose(loaded.serve(x), model(x), rtol=1e-6)
print(list(loaded.signatures))
#> ['serve', 'serving_default']
# --8<-- [end:no_keras]
