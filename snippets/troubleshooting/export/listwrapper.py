# --8<-- [start:problem]
import re
import types

import tensorflow as tf


class Blocks(tf.Module):
    def __init__(self, sizes):
        super().__init__()
        self.scales = [tf.Variable(tf.ones([s])) for s in sizes]
        self.scales[-1] = tf.Variable(tf.zeros([sizes[-1]]))  # replaced


try:
    tf.saved_model.save(Blocks([2, 3]), "blocks")
except ValueError as error:
    first, second = str(error).split(". ")[:2]
    print(re.sub(r"\(\[.*\]\)", "([...])", first))
    print(second)
#> Unable to save the object ListWrapper([...]) (a list wrapper constructed to track trackable TensorFlow objects)
#> A list element was replaced (__setitem__, __setslice__), deleted (__delitem__, __delslice__), or moved (sort)
try:
    tf.train.Checkpoint(blocks=Blocks([2, 3])).write("blocks_ckpt")
except ValueError as error:
    print(str(error).split("(")[0])
#> Unable to save the object ListWrapper
# --8<-- [end:problem]

# --8<-- [start:fix]
class Blocks(tf.Module):
    def __init__(self, sizes):
        super().__init__()
        self.scales = [tf.Variable(tf.ones([size])) for size in sizes]


blocks = Blocks([2, 3])
blocks.scales[1].assign([1.0, 2.0, 3.0])
tf.saved_model.save(blocks, "blocks")
loaded = tf.saved_model.load("blocks")
assert [v.numpy().tolist() for v in loaded.scales] == [
    [1.0, 1.0], [1.0, 2.0, 3.0]]
# --8<-- [end:fix]

# --8<-- [start:untracked]
class Untracked(tf.Module):
    def __init__(self, sizes):
        super().__init__()
        self.plain = types.SimpleNamespace(  # a plain object: not tracked
            scales=[tf.Variable(tf.ones([s])) for s in sizes])
        self.plain.scales[-1] = tf.Variable(tf.zeros([sizes[-1]]))


untracked = Untracked([2, 3])
assert not untracked.variables  # the module no longer sees them
tf.train.Checkpoint(blocks=untracked).write("untracked")
print([name for name, _ in tf.train.list_variables("untracked")])
#> ['_CHECKPOINTABLE_OBJECT_GRAPH']
# --8<-- [end:untracked]
