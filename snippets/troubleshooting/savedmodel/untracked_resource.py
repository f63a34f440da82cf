# --8<-- [start:problem]
import keras
import numpy as np
import tensorflow as tf

# created outside the module: nothing tracks it
table = tf.lookup.StaticHashTable(
    tf.lookup.KeyValueTensorInitializer(["cat", "dog"], [0, 1]),
    default_value=-1)
weight = tf.Variable(2.0)  # the same for a variable


class Vocabulary(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.string)])
    def lookup(self, words):
        return table.lookup(words)


class Scaler(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
    def __call__(self, x):
        return x * weight


for module in [Vocabulary(), Scaler()]:
    try:
        tf.saved_model.save(module, "exported")
    except AssertionError as error:
        print(str(error).split(". ")[0] + ".")
#> Tried to export a function which references an 'untracked' resource.
#> Tried to export a function which references an 'untracked' resource.
# --8<-- [end:problem]

# --8<-- [start:fix]
class TrackedVocabulary(tf.Module):
    def __init__(self):
        super().__init__()
        self.table = table  # an attribute: saved with the module

    @tf.function(input_signature=[tf.TensorSpec([None], tf.string)])
    def lookup(self, words):
        return self.table.lookup(words)


vocabulary = TrackedVocabulary()
tf.saved_model.save(vocabulary, "vocabulary")
loaded = tf.saved_model.load("vocabulary")
words = tf.constant(["dog", "cow"])
tf.debugging.assert_equal(loaded.lookup(words), vocabulary.lookup(words))
print(loaded.lookup(words).numpy().tolist())
#> [1, -1]
# --8<-- [end:fix]

# --8<-- [start:keras_helper]
class Helper(tf.Module):  # a plain helper class made a tf.Module
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(1)


class HelperLayer(keras.layers.Layer):  # made a Keras layer
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(1)


class Model(keras.Model):
    def __init__(self, helper):
        super().__init__()
        self.helper = helper  # the helper itself, as an attribute

    def call(self, x):
        return self.helper.dense(x)


x, y = np.ones((2, 3), "float32"), np.ones((2, 1))
for helper in [Helper(), HelperLayer()]:
    model = Model(helper)
    model.compile(optimizer="sgd", loss="mse")
    model(x)
    before = helper.dense.kernel.numpy()
    model.fit(x, y, verbose=0)  # one step
    name = type(helper).__name__
    tf.saved_model.save(model, name)  # both export, and answer as model
    serve = tf.saved_model.load(name).signatures["serving_default"]
    np.testing.assert_array_equal(serve(inputs=x)["output_0"], model(x))
    trained = not np.array_equal(helper.dense.kernel.numpy(), before)
    assert trained == isinstance(helper, keras.layers.Layer)
    print(name, len(model.weights), trained)
#> Helper 0 False
#> HelperLayer 2 True
# --8<-- [end:keras_helper]
