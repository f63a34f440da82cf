# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf


@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def __init__(self, factor, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        return {**super().get_config(), "factor": self.factor}


inputs = keras.Input(shape=(3,))
factor = tf.sqrt(tf.constant(4.0))  # a tensor, not a number
model = keras.Model(inputs, Scale(factor)(inputs))
try:
    model.save("model.h5")
except TypeError as error:
    print(error)
#> Unable to serialize 2.0 to JSON. Unrecognized type <class 'tensorflow.python.framework.ops.EagerTensor'>.
# --8<-- [end:problem]

# --8<-- [start:fix]
x = np.ones((1, 3), "float32")
fixed = keras.Model(inputs, Scale(float(factor))(inputs))  # a number
fixed.save("model.h5")
reloaded = keras.models.load_model("model.h5")
np.testing.assert_array_equal(reloaded(x), model(x))
print(reloaded.layers[-1].get_config()["factor"])
#> 2.0
model.save("tensor.keras")  # .keras writes the tensor without an error...
try:
    keras.models.load_model("tensor.keras")
except TypeError as error:  # ...but cannot load it back
    print(str(error).split(". ")[0])
#> <class 'keras.src.models.functional.Functional'> could not be deserialized properly
# --8<-- [end:fix]
