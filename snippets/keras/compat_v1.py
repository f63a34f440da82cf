# --8<-- [start:compat]
import keras
import tensorflow as tf

print(tf.keras.layers.Dense is keras.layers.Dense)  # tf.keras is Keras 3
#> True
# and so is the "v1" name
print(tf.compat.v1.keras.layers.Dense is keras.layers.Dense)
#> True
try:
    # the TF1 layers are gone
    tf.compat.v1.layers.dense(tf.ones((1, 2)), units=1)
except AttributeError as error:
    print(error)
#> `dense` is not available with Keras 3.
# --8<-- [end:compat]
