# --8<-- [start:problem]
import os

import numpy as np
import tf_keras


class Net(tf_keras.Model):
    def __init__(self):
        super().__init__()
        self.block = tf_keras.Sequential([tf_keras.layers.Dense(3),
                                          tf_keras.layers.Dense(3)])
        self.head = tf_keras.layers.Dense(2)

    def call(self, x):
        return self.head(self.block(x))


x = np.ones((1, 3), "float32")
model = Net()
model(x)  # built
model.block.layers[0].trainable = False  # frozen outside the class
try:
    model.save("model.h5")
except NotImplementedError as error:
    print(str(error).split(". ")[0])
#> Saving the model to HDF5 format requires the model to be a Functional model or a Sequential model
assert not os.path.exists("model.h5")  # refused before writing
# --8<-- [end:problem]

# --8<-- [start:fix]
model.save_weights("model.h5")  # weights only: HDF5 is fine
rebuilt = Net()  # the architecture comes from the class
rebuilt(x)  # build it
rebuilt.block.layers[0].trainable = False  # as saved, before the load
rebuilt.load_weights("model.h5")
np.testing.assert_array_equal(rebuilt(x), model(x))
rebuilt.compile(optimizer="adam", loss="mean_squared_error")
frozen = rebuilt.block.layers[0].get_weights()
rebuilt.fit(x, np.ones((1, 2)), verbose=0)  # trains
np.testing.assert_equal(rebuilt.block.layers[0].get_weights(), frozen)
print(rebuilt.count_params())
#> 32
# --8<-- [end:fix]

# --8<-- [start:late]
late = Net()
late(x)
late.load_weights("model.h5")  # read in the unfrozen layer's order
late.block.layers[0].trainable = False
assert not np.allclose(late(x), model(x))  # wrong values, no error
# --8<-- [end:late]

# --8<-- [start:keep_state]
rebuilt.save_weights("ckpt/net")  # no .h5: a TensorFlow checkpoint
again = Net()
again.block.layers[0].trainable = False  # not in the checkpoint either
again.compile(optimizer="adam", loss="mean_squared_error")
again.load_weights("ckpt/net")  # weights, optimizer step and moments
again.fit(x, np.ones((1, 2)), verbose=0)
rebuilt.fit(x, np.ones((1, 2)), verbose=0)  # the run, uninterrupted
np.testing.assert_allclose(again(x), rebuilt(x), rtol=1e-6)
np.testing.assert_equal(again.block.layers[0].get_weights(), frozen)
print(int(again.optimizer.iterations))  # 1 saved step, 1 new one
#> 2
# --8<-- [end:keep_state]
