# --8<-- [start:inspect]
import contextlib
import io

import keras
import numpy as np


def build(classes):
    return keras.Sequential([
        keras.Input(shape=(3,)),
        keras.layers.Dense(4, name="body"),
        keras.layers.Dense(classes, name="head"),
    ])


keras.utils.set_random_seed(0)
old = build(2)
old.save("old.keras")
new = build(3)  # the same body, a head for 3 classes
try:
    new.load_weights("old.keras")
except ValueError as error:
    print(str(error).splitlines()[0])
#> A total of 1 objects could not be loaded. Example error message for object <Dense name=head, built=True>:

report = io.StringIO()  # its report names the file and the date saved
with contextlib.redirect_stdout(report):
    editor = keras.saving.KerasFileEditor("old.keras")
    result = editor.compare(new)
print(result)
#> {'status': 'error', 'error_count': 2, 'match_count': 4}
editor.summary()
#> Weights structure
#>   > layers
#>       ├─ dense
#>       │   ├─ 0: shape=(3, 4), dtype=float32
#>       │   └─ 1: shape=(4,), dtype=float32
#>       └─ dense_1
#>           ├─ 0: shape=(4, 2), dtype=float32
#>           └─ 1: shape=(2,), dtype=float32
# --8<-- [end:inspect]

# --8<-- [start:edit]
head = new.get_layer("head")  # the new head keeps its fresh weights
fresh = [head.kernel.numpy(), head.bias.numpy()]
editor.delete_object("layers/dense_1")
editor.add_object("layers/dense_1", {"0": fresh[0], "1": fresh[1]})
with contextlib.redirect_stdout(report):
    result = editor.compare(new)
print(result)
#> {'status': 'success', 'error_count': 0, 'match_count': 6}
editor.save("new.weights.h5")  # a new file; old.keras is unchanged
new.load_weights("new.weights.h5")
np.testing.assert_equal(  # the trained body, kernel and bias, carried over
    new.get_layer("body").get_weights(), old.get_layer("body").get_weights())
np.testing.assert_array_equal(head.kernel, fresh[0])
x = np.ones((1, 3), "float32")
np.testing.assert_array_equal(keras.models.load_model("old.keras")(x),
                              old(x))
new.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
new.fit(np.ones((4, 3)), np.array([0, 1, 2, 0]), verbose=0)  # trains
print(new.predict(x, verbose=0).shape)
#> (1, 3)
# --8<-- [end:edit]
