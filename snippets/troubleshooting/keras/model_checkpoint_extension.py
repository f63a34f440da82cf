# --8<-- [start:problem]
import keras

try:
    keras.callbacks.ModelCheckpoint("training_1/cp-{epoch:04d}.ckpt",
                                    save_weights_only=True)
except ValueError as error:
    print(error)
#> When using `save_weights_only=True` in `ModelCheckpoint`, the filepath provided must end in `.weights.h5` (Keras weights format). Received: filepath=training_1/cp-{epoch:04d}.ckpt
# --8<-- [end:problem]

# --8<-- [start:fix]
weights_only = keras.callbacks.ModelCheckpoint(
    "training_1/cp-{epoch:04d}.weights.h5", save_weights_only=True)
whole_model = keras.callbacks.ModelCheckpoint(
    "training_1/cp-{epoch:04d}.keras")
print(weights_only.filepath, whole_model.filepath)
#> training_1/cp-{epoch:04d}.weights.h5 training_1/cp-{epoch:04d}.keras
# --8<-- [end:fix]
