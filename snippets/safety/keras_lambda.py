# --8<-- [start:make]
import keras

model = keras.Sequential([
    keras.Input(shape=(2,)),
    # stored in the file as Python bytecode
    keras.layers.Lambda(lambda x: x + 1.0),
])
model.save("with_lambda.keras")
# --8<-- [end:make]

# --8<-- [start:refused]
try:
    # safe_mode=True is the default
    keras.models.load_model("with_lambda.keras")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:refused]

# --8<-- [start:trusted]
# Only for a file you made yourself, or fully trust:
trusted = keras.models.load_model("with_lambda.keras", safe_mode=False)
print(trusted(keras.ops.ones((1, 2))).numpy())
#> [[2. 2.]]
# --8<-- [end:trusted]

# --8<-- [start:legacy_h5]
model.save("with_lambda.h5")  # the legacy HDF5 model format
try:
    keras.models.load_model("with_lambda.h5")  # goes through the same checks
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:legacy_h5]
