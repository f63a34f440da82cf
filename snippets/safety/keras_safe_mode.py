# --8<-- [start:lambda_anywhere]
import json
import warnings
import zipfile

import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss=lambda y, p: keras.ops.mean((y - p) ** 2))
model.fit(np.ones((2, 2)), np.ones((2, 1)), verbose=0)  # one step
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Keras warns that it is saving a lambda
    model.save("lambda_loss.keras")
try:
    keras.models.load_model("lambda_loss.keras")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a Python lambda.
plain = keras.models.load_model("lambda_loss.keras", compile=False)
print(plain.compiled)  # (1)!
#> False
plain.compile(optimizer="sgd", loss=keras.losses.MeanSquaredError())
plain.optimizer.build(plain.trainable_variables)
plain.load_weights("lambda_loss.keras")  # weights and the optimizer's state
print(int(plain.optimizer.iterations.numpy()))
#> 1
# --8<-- [end:lambda_anywhere]

# --8<-- [start:tfsm_layer]
model.export("some_savedmodel", verbose=False)
wrapper = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.TFSMLayer("some_savedmodel", call_endpoint="serve"),
])
wrapper.save("wrapper.keras")
try:
    keras.models.load_model("wrapper.keras")
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Requested the deserialization of a `TFSMLayer`, which loads an external SavedModel.
# --8<-- [end:tfsm_layer]

# --8<-- [start:vocabulary]
lookup = keras.Sequential([
    keras.Input(shape=(1,), dtype="string"),
    keras.layers.StringLookup(vocabulary=["a", "b"]),
])
lookup.save("lookup.keras")
# an attacker edits config.json...
with zipfile.ZipFile("lookup.keras") as archive:
    files = {name: archive.read(name) for name in archive.namelist()}
config = json.loads(files["config.json"])
# ...to name a file
config["config"]["layers"][1]["config"]["vocabulary"] = "/etc/passwd"
files["config.json"] = json.dumps(config)
with zipfile.ZipFile("edited.keras", "w") as archive:
    for name, data in files.items():
        archive.writestr(name, data)
try:
    keras.models.load_model("edited.keras")
except TypeError as error:  # the refusal comes wrapped by the deserializer
    reason = str(error)[str(error).rindex("Requested"):]
    print(reason.split(". ")[0] + ".")
#> Requested the loading of a vocabulary file outside of the model archive.
# --8<-- [end:vocabulary]

# --8<-- [start:lambda_activation]
doubled = keras.Sequential([
    keras.Input(shape=(2,)),
    keras.layers.Dense(1, activation=lambda t: 2.0 * t),
])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    doubled.save("lambda_activation.keras")
try:
    # even when trusted
    keras.models.load_model("lambda_activation.keras", safe_mode=False)
except TypeError as error:
    reason = str(error)[str(error).rindex("Could not interpret"):]
    print(reason.split(":")[0])
#> Could not interpret activation function identifier
# --8<-- [end:lambda_activation]

# --8<-- [start:public_api]
config = {"module": "keras.utils", "class_name": "plot_model",
          "config": None, "registered_name": "plot_model"}
found = keras.saving.deserialize_keras_object(config, safe_mode=True)
print(found.__module__, found.__name__)  # a public function, not a layer
#> keras.src.utils.model_visualization plot_model
config.update(class_name="get_file", registered_name="get_file")
try:  # on the deny-list: it downloads
    keras.saving.deserialize_keras_object(config, safe_mode=True)
except ValueError as error:
    print(str(error).split(". ")[0] + ".")
#> Cannot deserialize `keras.utils.get_file` because it is not a modeling function.
# --8<-- [end:public_api]
