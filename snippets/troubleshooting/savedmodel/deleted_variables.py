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


def load_function(path):
    # the loaded object itself is dropped
    return tf.saved_model.load(path).__call__


scale = load_function("scaler")
try:
    scale(tf.constant(2.0))
except AssertionError as error:
    print(str(error).split(". ")[0] + ".")
#> Called a function referencing variables which have been deleted.
# --8<-- [end:problem]

# --8<-- [start:fix]
loaded = tf.saved_model.load("scaler")  # keep the loaded object alive...
scale = loaded.__call__  # ...as long as its functions are used
print(float(scale(tf.constant(2.0))))
#> 6.0
signature = tf.saved_model.load("scaler").signatures["serving_default"]  # (1)!
gc.collect()  # the loaded object is gone, yet the signature still runs
print(float(signature(x=tf.constant(2.0))["output_0"]))
#> 6.0
# --8<-- [end:fix]
