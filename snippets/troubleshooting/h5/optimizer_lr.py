# --8<-- [start:problem]
import keras
import numpy as np

try:  # Keras 2's short name
    keras.optimizers.Adam(lr=0.001)
except ValueError as error:
    print(error)
#> Argument(s) not recognized: {'lr': 0.001}
# --8<-- [end:problem]

# --8<-- [start:fix]
optimizer = keras.optimizers.Adam(learning_rate=0.001)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=optimizer, loss="mean_squared_error")
model.fit(np.ones((4, 3)), np.ones((4, 1)), verbose=0)  # trains
print(round(float(optimizer.learning_rate), 6), int(optimizer.iterations))
#> 0.001 1
# --8<-- [end:fix]
