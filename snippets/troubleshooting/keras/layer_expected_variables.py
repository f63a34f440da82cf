# --8<-- [start:problem]
import h5py
import keras
import numpy as np


class Net(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(4, name="hidden")
        self.head = keras.layers.Dense(1, name="head")

    def call(self, x):
        return self.head(self.hidden(x))


class NetV2(keras.Model):  # the same layers; `hidden` renamed to `body`
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.body = keras.layers.Dense(4, name="body")
        self.head = keras.layers.Dense(1, name="head")

    def call(self, x):
        return self.head(self.body(x))


x = np.ones((2, 3), "float32")
old = Net()
old(x)
old.save_weights("net.weights.h5")
new = NetV2()
new(x)
try:
    new.load_weights("net.weights.h5")
except ValueError as error:
    print(str(error).splitlines()[2])
#> Layer 'body' expected 2 variables, but received 0 variables during loading. Expected: ['kernel', 'bias']
# --8<-- [end:problem]

# --8<-- [start:bidirectional]
# The reports' model: a trained Bidirectional LSTM, saved and loaded back
lstm = keras.Sequential([
    keras.Input(shape=(5, 3)),
    keras.layers.Bidirectional(keras.layers.LSTM(4, return_sequences=True)),
    keras.layers.Bidirectional(keras.layers.LSTM(4)),
    keras.layers.Dense(2)])
lstm.compile(optimizer="adam", loss="mse")
seqs = np.random.default_rng(0).random((8, 5, 3), "float32")
lstm.fit(seqs, np.zeros((8, 2)), epochs=1, verbose=0)
lstm.save("lstm.keras")
again = keras.models.load_model("lstm.keras")  # no error on Keras 3.15
np.testing.assert_allclose(again(seqs), lstm(seqs), rtol=1e-5)
print(len(again.weights), "variables loaded")
#> 14 variables loaded
# --8<-- [end:bidirectional]

# --8<-- [start:keys]
with h5py.File("net.weights.h5", "r") as file:
    print(sorted(file))  # a subclassed model: filed under the attribute names
#> ['head', 'hidden', 'vars']
seq = keras.Sequential([keras.Input(shape=(3,)),
                        keras.layers.Dense(4, name="hidden"),
                        keras.layers.Dense(1, name="head")])
seq.save_weights("seq.weights.h5")
with h5py.File("seq.weights.h5", "r") as file:
    # Sequential: by class name and position, not layer name
    print(sorted(file["layers"]))
#> ['dense', 'dense_1']
# --8<-- [end:keys]

# --8<-- [start:reordered]
class NetV3(keras.Model):  # the same names, created in another order
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.head = keras.layers.Dense(1, name="head")
        self.hidden = keras.layers.Dense(4, name="hidden")

    def call(self, x):
        return self.head(self.hidden(x))


reordered = NetV3()
reordered(x)
reordered.load_weights("net.weights.h5")  # found by name: no error
np.testing.assert_allclose(reordered(x), old(x), rtol=1e-6)
# --8<-- [end:reordered]

# --8<-- [start:fix]
source = Net()  # the architecture the file was written from
source(x)
source.load_weights("net.weights.h5")
target = NetV2()
target(x)
target.body.set_weights(source.hidden.get_weights())  # layer by layer
target.head.set_weights(source.head.get_weights())
np.testing.assert_allclose(target(x), old(x), rtol=1e-6)
target.compile(optimizer="adam", loss="mse")  # a new optimizer, from zero
target.fit(x, np.zeros((2, 1)), verbose=0)  # trains on
print(target.body.kernel.shape)
#> (3, 4)
# --8<-- [end:fix]
