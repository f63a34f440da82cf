# --8<-- [start:switch]
import threading

import keras

model = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.Lambda(lambda x: x + 1.0),
])
model.save("with_lambda.keras")
model.save("with_lambda.h5")

keras.config.enable_unsafe_deserialization()
loaded = keras.models.load_model("with_lambda.keras",
                                 safe_mode=True)  # (1)!
print(loaded(keras.ops.ones((1, 2))).numpy())
#> [[2. 2.]]
try:
    keras.models.load_model("with_lambda.h5")  # (2)!
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:switch]

# --8<-- [start:scope]
outcome = []


def load_in_another_thread():
    try:
        keras.models.load_model("with_lambda.keras")
        outcome.append("loaded")
    except ValueError as error:
        outcome.append(str(error).split(". ")[0] + ".")


thread = threading.Thread(target=load_in_another_thread)
thread.start()
thread.join()
print(outcome)  # (1)!
#> ['Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.']

keras.utils.clear_session()  # (2)!
try:
    keras.models.load_model("with_lambda.keras")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `Lambda` layer whose `function` is a Python lambda.
# --8<-- [end:scope]
