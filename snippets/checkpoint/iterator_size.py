# --8<-- [start:buffer]
import glob
import os

import tensorflow as tf


def checkpoint_size(dataset, prefix):
    """Bytes in a checkpoint of an iterator that produced one element."""
    options = tf.data.Options()  # (1)!
    options.experimental_optimization.inject_prefetch = False
    iterator = iter(dataset.with_options(options))
    next(iterator)
    tf.train.Checkpoint(data=iterator).write(prefix)
    files = glob.glob(prefix + ".data-*")
    return sum(os.path.getsize(name) for name in files)


numbers = tf.data.Dataset.range(10_000)
small = checkpoint_size(numbers.shuffle(100, seed=0), "small")
large = checkpoint_size(numbers.shuffle(10_000, seed=0), "large")
print(small // 1000, "kB with a buffer of 100,",
      large // 1000, "kB with 10,000")
#> 18 kB with a buffer of 100, 1789 kB with 10,000
assert large > 50 * small  # the buffered elements are in the file
# --8<-- [end:buffer]

# --8<-- [start:symbolic]
split = numbers.batch(1000).unbatch()  # holds the batch it is splitting
options = tf.data.Options()
options.experimental_symbolic_checkpoint = True
symbolic = split.with_options(options)
explicit_size = checkpoint_size(split, "explicit")
symbolic_size = checkpoint_size(symbolic, "symbolic")
print(f"{explicit_size / 1000:.1f} kB -> {symbolic_size / 1000:.1f} kB")
#> 4.8 kB -> 0.8 kB
assert explicit_size > 5 * symbolic_size
# a shuffle still stores its whole buffer: that file does not shrink
shuffled = numbers.shuffle(10_000, seed=0).with_options(options)
assert checkpoint_size(shuffled, "symbolic_shuffle") > 0.99 * large
iterator = iter(symbolic)
next(iterator)
tf.train.Checkpoint(data=iterator).write("resume")
next(iterator), next(iterator)  # the run goes on, then restarts
tf.train.Checkpoint(data=iterator).read("resume").assert_consumed()
print(next(iterator).numpy())  # the second element, computed again
#> 1
# --8<-- [end:symbolic]

# --8<-- [start:not_checkpointable]
def count():
    yield from range(5)


spec = tf.TensorSpec([], tf.int64)
generated = tf.data.Dataset.from_generator(count, output_signature=spec)
mapped = numbers.map(lambda n: tf.py_function(lambda v: v, [n], tf.int64))
for name, dataset in [("from_generator", generated), ("py_function", mapped)]:
    try:
        checkpoint_size(dataset, name)
    except tf.errors.FailedPreconditionError as error:
        print(name, error.message.split("}} ")[-1].split(" [Op:")[0])
#> from_generator PyFunc is stateful.
#> py_function EagerPyFunc is stateful.
# --8<-- [end:not_checkpointable]

# --8<-- [start:ignore_python_state]
options = tf.data.Options()  # a py_function that keeps no state of its own
options.experimental_external_state_policy = (
    tf.data.experimental.ExternalStatePolicy.IGNORE)
iterator = iter(mapped.with_options(options))
next(iterator)
tf.train.Checkpoint(data=iterator).write("ignored")
next(iterator), next(iterator)  # the run goes on, then restarts
tf.train.Checkpoint(data=iterator).read("ignored").assert_consumed()
assert next(iterator).numpy() == 1  # the second element again
iterator = iter(generated.with_options(options))
next(iterator)
try:
    tf.train.Checkpoint(data=iterator).write("generator")
except tf.errors.UnimplementedError as error:
    print(error.message.split("}} ")[-1].split(" [Op:")[0])
#> GeneratorDataset does not support checkpointing.
# --8<-- [end:ignore_python_state]
