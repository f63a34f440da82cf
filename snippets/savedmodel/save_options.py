# --8<-- [start:aliases]
import subprocess
import sys

import numpy as np
import tensorflow as tf
from tensorflow.core.protobuf import saved_model_pb2


def meta_graph(folder):
    saved_model = saved_model_pb2.SavedModel()
    with open(f"{folder}/saved_model.pb", "rb") as f:
        saved_model.ParseFromString(f.read())
    return saved_model.meta_graphs[0]


class Scaler(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable(2.0)

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def scale(self, x):
        return x * self.w


scaler = Scaler()
options = tf.saved_model.SaveOptions(function_aliases={"scale": scaler.scale})
tf.saved_model.save(scaler, "scaler", options=options)
aliases = meta_graph("scaler").meta_info_def.function_aliases
print(sorted(aliases.values()))  # keys: the traced functions' graph names
#> ['scale']
loaded = tf.saved_model.load("scaler", options=tf.saved_model.LoadOptions(
    experimental_load_function_aliases=True))
scale = loaded.function_aliases["scale"]
np.testing.assert_allclose(scale(tf.constant([1.0, 3.0])), [2.0, 6.0])
# --8<-- [end:aliases]

# --8<-- [start:gradients]
@tf.custom_gradient
def clip_gradient(x):
    def grad(dy):
        return tf.clip_by_value(dy, -0.1, 0.1)
    return tf.identity(x), grad


class Clipped(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
    def f(self, x):
        return clip_gradient(x) * 3.0


def saved_functions(custom_gradients):
    folder = f"clipped_{custom_gradients}"
    tf.saved_model.save(Clipped(), folder, options=tf.saved_model.SaveOptions(
        experimental_custom_gradients=custom_gradients))
    library = meta_graph(folder).graph_def.library.function
    return [fn.signature.name for fn in library]


def has_gradient(names):
    return any("internal_grad_fn" in name for name in names)


print(has_gradient(saved_functions(True)))  # the default
#> True
print(has_gradient(saved_functions(False)))
#> False


def gradient(folder):
    x = tf.constant(1.0)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = tf.saved_model.load(folder).f(x)
    return round(float(tape.gradient(y, x)), 4)


# 3.0 clipped to 0.1, in this process even without the saved gradient
print(gradient("clipped_True"), gradient("clipped_False"))
#> 0.1 0.1
NEW_PROCESS = """
import tensorflow as tf
f = tf.saved_model.load("clipped_False").f
x = tf.constant(1.0)
print(float(f(x)))  # it runs
with tf.GradientTape() as tape:
    tape.watch(x)
    try:
        f(x)  # but not under a tape
    except LookupError as error:
        print(str(error).split(".")[0])
"""
run = subprocess.run([sys.executable, "-c", NEW_PROCESS], text=True,
                     capture_output=True, check=True)
print(run.stdout.strip())  # saved with False, loaded by another program
#> 3.0
#> No gradient defined for operation'IdentityN' (op type: IdentityN)
# --8<-- [end:gradients]
