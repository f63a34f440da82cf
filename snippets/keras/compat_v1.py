# --8<-- [start:compat]
import keras
import tensorflow as tf

print(tf.keras.layers.Dense is keras.layers.Dense)  # tf.keras is Keras 3
#> True
print(tf.compat.v1.keras.layers.Dense is keras.layers.Dense)  # and so is the "v1" name
#> True
try:
    tf.compat.v1.layers.dense(tf.ones((1, 2)), units=1)  # the TF1 layers are gone
except AttributeError as error:
    print(error)
#> `dense` is not available with Keras 3.
# --8<-- [end:compat]
