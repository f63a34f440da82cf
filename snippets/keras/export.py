# --8<-- [start:export]
import os
import shutil
import zipfile

import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(3,), name="features"),
                          keras.layers.Dense(2)])
x = np.ones((1, 3), "float32")
model.export("exported_model", verbose=False)  # (1)!
print(sorted(os.listdir("exported_model")))
#> ['assets', 'fingerprint.pb', 'saved_model.pb', 'variables']
# --8<-- [end:export]

# --8<-- [start:tfsmlayer]
layer = keras.layers.TFSMLayer("exported_model",
                               call_endpoint="serve")  # (1)!
wrapped = keras.Sequential([keras.Input(shape=(3,)), layer])
np.testing.assert_allclose(wrapped(x), model(x), rtol=1e-6)
print(wrapped(x).shape,
      [w.shape for w in layer.trainable_weights])  # (2)!
#> (1, 2) [TensorShape([3, 2]), TensorShape([2])]
# --8<-- [end:tfsmlayer]

# --8<-- [start:fine_tune]
before = wrapped(x).numpy()
wrapped.compile(optimizer="sgd", loss="mse")
# fit trains the SavedModel's weights (in memory)
wrapped.fit(x, np.zeros((1, 2), "float32"), epochs=5, verbose=0)
assert not np.allclose(wrapped(x), before)
frozen = keras.layers.TFSMLayer("exported_model", call_endpoint="serve",
                                trainable=False)
print(len(frozen.trainable_weights), len(frozen.non_trainable_weights))
#> 0 2
with_head = keras.Sequential([keras.Input(shape=(3,)), frozen,
                              keras.layers.Dense(1)])  # only this trains
with_head.compile(optimizer="sgd", loss="mse")
with_head.fit(x, np.ones((1, 1), "float32"), epochs=5, verbose=0)
np.testing.assert_allclose(frozen(x), model(x), rtol=1e-6)  # untouched
model.layers[0].trainable = False  # frozen the usual way, once built
model.export("frozen_dense", verbose=False)
thawed = keras.layers.TFSMLayer("frozen_dense", call_endpoint="serve")
print(len(model.trainable_weights), len(thawed.trainable_weights))
#> 0 2
# --8<-- [end:fine_tune]

# --8<-- [start:no_keras]
# plain TensorFlow, no Keras needed
loaded = tf.saved_model.load("exported_model")
np.testing.assert_allclose(loaded.serve(x), model(x), rtol=1e-6)
print(sorted(loaded.signatures))  # (1)!
#> ['serve', 'serving_default']
signature = loaded.signatures["serving_default"]
print(signature.structured_input_signature[1],
      list(signature.structured_outputs))
#> {'features': TensorSpec(shape=(None, 3), dtype=tf.float32, name='features')} ['output_0']
# --8<-- [end:no_keras]

# --8<-- [start:ship]
wrapped.save("wrapped.keras")
with zipfile.ZipFile("wrapped.keras") as archive:
    print(sorted(archive.namelist()))
    config = archive.read("config.json").decode()
#> ['config.json', 'metadata.json', 'model.weights.h5']
print('"filepath": "exported_model"' in config)  # the folder's path only
#> True
expected = wrapped(x).numpy()  # the fine-tuned model's answers
# with the folder in place, the file brings back the fine-tuned weights
again = keras.models.load_model("wrapped.keras", safe_mode=False)
np.testing.assert_allclose(again(x), expected, rtol=1e-6)
wrapped.export("standalone", verbose=False)  # graph and weights, all in
shutil.rmtree("exported_model")  # the .keras file now breaks
try:
    keras.models.load_model("wrapped.keras", safe_mode=False)
except OSError as error:
    print(str(error).split(" at")[0])
#> SavedModel file does not exist
standalone = tf.saved_model.load("standalone")
np.testing.assert_allclose(standalone.serve(x), expected, rtol=1e-6)
# --8<-- [end:ship]
