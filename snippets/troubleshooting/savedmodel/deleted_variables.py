# --8<-- [start:problem]
import gc

import tensorflow as tf


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.factor = tf.Variable(3.0)

    @tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
    def __call__(self, x):
        return x * self.factor


tf.saved_model.save(Scaler(), "scaler")


def load_signature(path):
    # the loaded object itself is dropped on return
    return tf.saved_model.load(path).signatures["serving_default"]


def load_method(path):
    return tf.saved_model.load(path).__call__  # the same


signature, method = load_signature("scaler"), load_method("scaler")
gc.collect()
for use in [lambda: signature.variables, lambda: method(tf.constant(2.0))]:
    try:
        use()
    except AssertionError as error:
        print(str(error).split(". ")[0] + ".")
#> Called a function referencing variables which have been deleted.
#> Called a function referencing variables which have been deleted.
# --8<-- [end:problem]

# --8<-- [start:fix]
loaded = tf.saved_model.load("scaler")  # keep the loaded object alive...
scale = loaded.__call__  # ...as long as its functions are used
serve = loaded.signatures["serving_default"]
print(float(scale(tf.constant(2.0))), [float(v) for v in serve.variables])
#> 6.0 [3.0]
assert float(scale(tf.constant(2.0))) == 6.0  # 2 x the saved 3.0
assert float(serve(x=tf.constant(2.0))["output_0"]) == 6.0
print(float(signature(x=tf.constant(2.0))["output_0"]))  # (1)!
#> 6.0
# --8<-- [end:fix]
