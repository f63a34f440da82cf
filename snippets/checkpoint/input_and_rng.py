# --8<-- [start:uninterrupted]
import keras
import tensorflow as tf

# the shuffle below is seeded, so every run sees the same order
tf.random.set_seed(0)


def new_input_and_rng():
    """What a (re)started program builds: shuffled input, a generator."""
    dataset = tf.data.Dataset.range(8).shuffle(8, seed=1).batch(4).repeat()
    return iter(dataset), tf.random.Generator.from_seed(42)


batches, rng = new_input_and_rng()
uninterrupted = [next(batches).numpy().tolist() for _ in range(4)]
print(uninterrupted)
#> [[1, 5, 2, 7], [4, 0, 6, 3], [4, 2, 6, 0], [1, 5, 7, 3]]
draws = [rng.uniform([3], maxval=10, dtype=tf.int32).numpy().tolist()
         for _ in range(2)]
print(draws)
#> [[3, 7, 6], [1, 5, 1]]
# --8<-- [end:uninterrupted]

# --8<-- [start:save]
batches, rng = new_input_and_rng()
# half the work
next(batches), next(batches), rng.uniform([3], maxval=10, dtype=tf.int32)
path = tf.train.Checkpoint(data=batches, rng=rng).write("input_rng")  # (1)!
for name, _ in tf.train.list_variables(path):
    print(name)
#> _CHECKPOINTABLE_OBJECT_GRAPH
#> data/.ATTRIBUTES/ITERATOR_STATE
#> rng/_state_var/.ATTRIBUTES/VARIABLE_VALUE
# --8<-- [end:save]

# --8<-- [start:restart]
batches, rng = new_input_and_rng()  # a new program that forgets to restore...
# ...sees the first batch again
assert next(batches).numpy().tolist() == uninterrupted[0]
# and numbers
assert rng.uniform([3], maxval=10, dtype=tf.int32).numpy().tolist() == draws[0]
# --8<-- [end:restart]

# --8<-- [start:resume]
batches, rng = new_input_and_rng()
tf.train.Checkpoint(data=batches, rng=rng).read(path).assert_consumed()
resumed = [next(batches).numpy().tolist() for _ in range(2)]
# the next batches of the uninterrupted run
assert resumed == uninterrupted[2:]
assert rng.uniform([3], maxval=10, dtype=tf.int32).numpy().tolist() == draws[1]
print(resumed)
#> [[4, 2, 6, 0], [1, 5, 7, 3]]
# --8<-- [end:resume]

# --8<-- [start:keras_dropout]
def new_model():
    return keras.Sequential(
        [keras.Input((2,)), keras.layers.Dense(8), keras.layers.Dropout(0.5)])


model = new_model()
print([v.path for v in model.non_trainable_variables])
#> ['seed_generator/seed_generator_state']
path = tf.train.Checkpoint(model=model).write("m")
keys = [name for name, _ in tf.train.list_variables(path)]
assert not any("seed" in key for key in keys)  # (1)!
print(len(keys))
#> 3


def with_seed(model):  # (2)!
    seed = model.layers[-1].seed_generator.state
    return tf.train.Checkpoint(model=model, dropout_seed=seed)


x = tf.ones([1, 2])
model(x, training=True)  # training has drawn a mask
with_seed(model).write("m_seed")
next_output = model(x, training=True).numpy()
restarted = new_model()
with_seed(restarted).read("m_seed").assert_consumed()
# the restarted run draws the mask the uninterrupted one drew
assert (restarted(x, training=True).numpy() == next_output).all()
# --8<-- [end:keras_dropout]
