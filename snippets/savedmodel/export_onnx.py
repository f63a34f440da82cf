# --8<-- [start:never_called]
import keras
import numpy as np
import onnxruntime

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input((4,), name="x"), keras.layers.Dense(2)])
try:
    model.export("model.onnx", format="onnx", verbose=False)
except ValueError as error:
    print(str(error).strip())
#> The model provided has never called.
# --8<-- [end:never_called]

# --8<-- [start:export]
model(np.zeros((1, 4), np.float32))  # one call, and ONNX export works
model.export("model.onnx", format="onnx", verbose=False)
session = onnxruntime.InferenceSession(
    "model.onnx", providers=["CPUExecutionProvider"])
print([(i.name, i.shape[1:]) for i in session.get_inputs()])
#> [('x', [4])]
x = np.random.default_rng(0).random((3, 4)).astype(np.float32)
(y,) = session.run(None, {"x": x})
np.testing.assert_allclose(y, model(x), rtol=1e-6, atol=1e-6)
print(y.shape)
#> (3, 2)
# --8<-- [end:export]
