# --8<-- [start:save]
import tensorflow as tf

encoder = tf.Module()
encoder.kernel = tf.Variable([[1.0, 2.0]])
head = tf.Module()
head.kernel = tf.Variable([[3.0], [4.0]])
path = tf.train.Checkpoint(encoder=encoder, head=head).write("full")
# --8<-- [end:save]

# --8<-- [start:assert_consumed]
# A new program that only wants the encoder.
new_encoder = tf.Module()
new_encoder.kernel = tf.Variable([[0.0, 0.0]])
status = tf.train.Checkpoint(encoder=new_encoder).read(path)
try:
    status.assert_consumed()  # (1)!
except AssertionError as error:
    print(str(error).splitlines()[0])
#> Unresolved object in checkpoint (root).head.kernel: attributes {
# --8<-- [end:assert_consumed]

# --8<-- [start:existing_matched]
status.assert_existing_objects_matched()  # (1)!
print(new_encoder.kernel.numpy())
#> [[1. 2.]]
assert new_encoder.kernel.numpy().tolist() == [[1.0, 2.0]]
status.expect_partial()  # (2)!
# --8<-- [end:existing_matched]

# --8<-- [start:missing]
# The other way round: the program has a variable the checkpoint lacks.
extra = tf.Module()
extra.kernel = tf.Variable([[0.0, 0.0]])
extra.bias = tf.Variable([0.0])
status = tf.train.Checkpoint(encoder=extra).read(path)
try:
    status.assert_existing_objects_matched()
except AssertionError as error:
    print(str(error).split(", likely")[0])
#> Found 1 Python objects that were not bound to checkpointed values
# no value in the file: left as it was
assert extra.bias.numpy().tolist() == [0.0]
status.expect_partial()
# --8<-- [end:missing]
