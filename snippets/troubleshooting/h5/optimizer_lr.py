# --8<-- [start:problem]
import keras
import numpy as np
import tf_keras  # Keras 2, to compare with

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

# --8<-- [start:dropped]
legacy = tf_keras.optimizers.legacy.Adam(lr=0.5)  # before TF 2.11: used
print(float(legacy.learning_rate))
#> 0.5
dropped = tf_keras.optimizers.Adam(lr=0.5)  # TF 2.11 to 2.15: dropped
print(round(float(dropped.learning_rate), 6))  # the default rate
#> 0.001
ftrl = tf_keras.optimizers.legacy.Ftrl(lr=0.5)  # legacy, but dropped too
print(round(float(ftrl.learning_rate), 6))
#> 0.001
# --8<-- [end:dropped]

# --8<-- [start:decay]
x, y = np.ones((4, 3), "float32"), np.full((4, 1), 3.0)
old = tf_keras.Sequential([tf_keras.Input(shape=(3,)),
                           tf_keras.layers.Dense(1)])
old.compile(optimizer=tf_keras.optimizers.legacy.Adam(lr=0.1, decay=0.5),
            loss="mean_squared_error")  # Keras 2 code with decay=
new = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
new.set_weights(old.get_weights())
rate = keras.optimizers.schedules.InverseTimeDecay(  # lr / (1 + 0.5 step)
    0.1, decay_steps=1, decay_rate=0.5)
new.compile(optimizer=keras.optimizers.Adam(learning_rate=rate),
            loss="mean_squared_error")
for each in (old, new):
    each.fit(x, y, batch_size=1, epochs=2, shuffle=False, verbose=0)
np.testing.assert_allclose(new(x), old(x), rtol=1e-4)  # the same steps
print(round(float(rate(8)), 4))  # after 8 steps: 0.1 / (1 + 0.5 * 8)
#> 0.02
# --8<-- [end:decay]
