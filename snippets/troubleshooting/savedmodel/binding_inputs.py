# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class Regressor(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[2.0], [-1.0]])

    @tf.function(
        input_signature=[tf.TensorSpec([None, 2], tf.float32, name="x")])
    def predict(self, x):
        return {"y": x @ self.w}


model = Regressor()
tf.saved_model.save(model, "regressor",
                    signatures={"serving_default": model.predict})
loaded = tf.saved_model.load("regressor")
# one example without its batch axis, then an int32 batch
for x in [tf.constant([1.0, 2.0]), tf.constant([[1, 2]])]:
    try:
        loaded.predict(x)
    except TypeError as error:
        # then come the arguments and the signature
        print(str(error).split(" Received")[0])
#> Binding inputs to tf.function failed due to `Can not cast TensorSpec(shape=(2,), dtype=tf.float32, name='x') to TensorSpec(shape=(None, 2), dtype=tf.float32, name='x')`.
#> Binding inputs to tf.function failed due to `Can not cast TensorSpec(shape=(1, 2), dtype=tf.int32, name='x') to TensorSpec(shape=(None, 2), dtype=tf.float32, name='x')`.
serve = loaded.signatures["serving_default"]
try:
    # the argument is named x, not inputs
    serve(inputs=tf.constant([[1.0, 2.0]]))
except TypeError as error:
    print(str(error).split(" Received")[0])
#> Binding inputs to tf.function failed due to `missing a required argument: 'x'`.
try:
    # right name, int32: fails when the graph runs
    serve(x=tf.constant([[1, 2]]))
except tf.errors.InvalidArgumentError as error:
    print(error.message.split(" as ")[1].split(" [Op")[0])
#> input #0(zero-based) was expected to be a float tensor but is a int32 tensor
# --8<-- [end:problem]

# --8<-- [start:fix]
# the names, dtypes and shapes it accepts
print(serve.structured_input_signature)
#> ((), {'x': TensorSpec(shape=(None, 2), dtype=tf.float32, name='x')})
one = tf.constant([1, 2])  # int32, no batch axis
x = tf.cast(one, tf.float32)[tf.newaxis]  # float32, shape (1, 2)
expected = model.predict(x)["y"]  # what the original answers
np.testing.assert_array_equal(serve(x=x)["y"], expected)
np.testing.assert_array_equal(loaded.predict(x)["y"], expected)
# --8<-- [end:fix]
