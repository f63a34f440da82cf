# --8<-- [start:problem]
import keras
import numpy as np

x, y = np.ones((4, 3)), np.ones((4, 1))
backup = keras.callbacks.BackupAndRestore(backup_dir="backup")
model = keras.Sequential([keras.layers.Dense(1)])  # no Input: unbuilt
model.compile(optimizer="sgd", loss="mean_squared_error")
try:
    model.fit(x, y, epochs=2, callbacks=[backup], verbose=0)
except ValueError as error:
    print(str(error).split(" Model <")[0])
#> To use the BackupAndRestore callback, you model must be built before you call `fit()`.
# --8<-- [end:problem]

# --8<-- [start:fix]
def build():
    model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
    model.compile(optimizer="adam", loss="mean_squared_error")
    return model


keras.utils.set_random_seed(0)
model = build()


class Crash(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        if epoch == 2:
            raise RuntimeError("interrupted")


try:
    model.fit(x, y, epochs=4, callbacks=[backup, Crash()], verbose=0)
except RuntimeError:
    pass  # two epochs done and backed up
model = build()  # a new process: fresh weights and optimizer
history = model.fit(x, y, epochs=4, callbacks=[backup], verbose=0)
print(len(history.history["loss"]))  # resumed: only epochs 3 and 4 run
#> 2
print(int(model.optimizer.iterations))  # the 2 backed-up steps too
#> 4
keras.utils.set_random_seed(0)
whole = build()  # the same training, never interrupted
whole.fit(x, y, epochs=4, verbose=0)
np.testing.assert_allclose(model(x), whole(x), rtol=1e-6)
# --8<-- [end:fix]
