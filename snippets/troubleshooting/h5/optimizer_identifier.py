# --8<-- [start:problem]
import keras
import numpy as np
import tf_keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
try:  # a Keras 2 optimizer for a Keras 3 model
    model.compile(optimizer=tf_keras.optimizers.Adam(), loss="mse")
except ValueError as error:
    print(str(error).split(" at 0x")[0])  # drop the address
#> Could not interpret optimizer identifier: <tf_keras.src.optimizers.adam.Adam object
# --8<-- [end:problem]

# --8<-- [start:other_way]
old = tf_keras.Sequential([tf_keras.Input(shape=(3,)),
                           tf_keras.layers.Dense(1)])
try:  # a Keras 3 optimizer for a Keras 2 model
    old.compile(optimizer=keras.optimizers.Adam(), loss="mse")
except ValueError as error:
    print(str(error).split(" at 0x")[0])
#> Could not interpret optimizer identifier: <keras.src.optimizers.adam.Adam object
# --8<-- [end:other_way]

# --8<-- [start:fix]
# the optimizer from the package the model comes from
model.compile(optimizer=keras.optimizers.Adam(learning_rate=1e-3),
              loss="mean_squared_error")
model.fit(np.ones((4, 3)), np.ones((4, 1)), verbose=0)  # trains
print(int(model.optimizer.iterations))  # one step taken
#> 1
# --8<-- [end:fix]
