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
outputs = keras.layers.Dense(2)(Scale(factor)(inputs))
model = keras.Model(inputs, outputs)
x = np.ones((1, 3), "float32")
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, np.ones((1, 2)), verbose=0)  # trained, as in the reports
try:
    model.save("model.h5")
except TypeError as error:
    print(error)
#> Unable to serialize 2.0 to JSON. Unrecognized type <class 'tensorflow.python.framework.ops.EagerTensor'>.
# --8<-- [end:problem]

# --8<-- [start:fix]
model.save("tensor.keras")  # .keras writes the tensor without an error...
try:
    keras.models.load_model("tensor.keras")
except TypeError as error:  # ...but cannot load it back
    print(str(error).split(". ")[0])
#> <class 'keras.src.models.functional.Functional'> could not be deserialized properly
scale = model.layers[1]  # the trained model: the number in place
scale.factor = float(scale.factor)  # in your code: float(factor)
model.save("model.h5")
reloaded = keras.models.load_model("model.h5", compile=False)
np.testing.assert_array_equal(reloaded(x), model(x))  # trained weights
reloaded.compile(optimizer="adam", loss="mean_squared_error")
reloaded.fit(x, np.ones((1, 2)), verbose=0)  # trains on, Adam afresh
print(reloaded.layers[1].get_config()["factor"])
#> 2.0
model.compile(optimizer=model.optimizer,  # the .h5 save took it out
              loss="mean_squared_error")
assert int(model.optimizer.iterations) == 1  # compile kept its state
model.save("model.keras")  # keeps Adam's state
again = keras.models.load_model("model.keras")
np.testing.assert_array_equal(again(x), model(x))
for mine, theirs in zip(again.optimizer.variables,
                        model.optimizer.variables, strict=True):
    np.testing.assert_array_equal(mine, theirs)  # step and moments
again.fit(x, np.ones((1, 2)), verbose=0)
# --8<-- [end:fix]
