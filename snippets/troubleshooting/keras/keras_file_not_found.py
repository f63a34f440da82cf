# --8<-- [start:problem]
import os
import zipfile

import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.save("model.keras")
with open("model.keras", "rb") as file:
    data = file.read()
with open("partial.keras", "wb") as file:  # a download that stopped early
    file.write(data[: len(data) // 2])
try:
    keras.models.load_model("partial.keras")
except ValueError as error:
    print(error)
#> File not found: filepath=partial.keras. Please ensure the file is an accessible `.keras` zip file.
print(os.path.exists("partial.keras"), zipfile.is_zipfile("partial.keras"))
#> True False
# --8<-- [end:problem]

# --8<-- [start:load_weights]
try:
    model.load_weights("partial.keras")
except zipfile.BadZipFile as error:
    print(error)
#> File is not a zip file
# --8<-- [end:load_weights]

# --8<-- [start:fix]
for name in ["model.keras", "partial.keras", "missing.keras"]:
    exists = os.path.exists(name)
    print(name, exists, exists and zipfile.is_zipfile(name))
#> model.keras True True
#> partial.keras True False
#> missing.keras False False
with zipfile.ZipFile("model.keras") as archive:
    print(sorted(archive.namelist()))
#> ['config.json', 'metadata.json', 'model.weights.h5']
# --8<-- [end:fix]
