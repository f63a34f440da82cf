# --8<-- [start:export]
import importlib.metadata
import warnings

import keras
import numpy as np
from ai_edge_litert.interpreter import Interpreter

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"), keras.layers.Dense(2),
                          keras.layers.Dropout(0.5)])  # off in the file
model.export("model.tflite", format="litert", verbose=False)  # (1)!
with open("model.tflite", "rb") as f:
    print(f.read(8)[4:])  # the FlatBuffer's file identifier
#> b'TFL3'
# --8<-- [end:export]

# --8<-- [start:interpreter]
with warnings.catch_warnings():
    warnings.simplefilter("error")  # no deprecation warning here
    interpreter = Interpreter(model_path="model.tflite")
print(interpreter.get_signature_list())
#> {'serving_default': {'inputs': ['x'], 'outputs': ['output_0']}}
run = interpreter.get_signature_runner("serving_default")
x = np.random.default_rng(0).random((3, 4)).astype(np.float32)
np.testing.assert_allclose(run(x=x)["output_0"], model(x),
                           rtol=1e-6, atol=1e-6)
print(run(x=x)["output_0"].shape)  # the batch is resized for you
#> (3, 2)
requires = importlib.metadata.requires("ai-edge-litert")
print(sorted(r for r in requires if "extra" not in r))  # no TensorFlow
#> ['backports.strenum', 'flatbuffers', 'ml_dtypes', 'numpy>=1.23.2', 'protobuf', 'tqdm', 'typing-extensions']
# --8<-- [end:interpreter]
