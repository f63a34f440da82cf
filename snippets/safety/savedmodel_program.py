# --8<-- [start:make]
import os

import tensorflow as tf
from tensorflow.core.protobuf.saved_model_pb2 import SavedModel


class Innocent(tf.Module):
    """Looks like a model; also writes a file each time it is called."""

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def __call__(self, x):
        tf.io.write_file("written_by_the_model.txt", "any path, any text")
        return x * 2.0


tf.saved_model.save(Innocent(), "downloaded_model")
# --8<-- [end:make]

# --8<-- [start:load_and_call]
model = tf.saved_model.load("downloaded_model")
# this one does nothing at load time...
print(os.path.exists("written_by_the_model.txt"))
#> False
model(tf.constant([1.0]))
print(os.path.exists("written_by_the_model.txt"))  # ...and writes when called
#> True
# --8<-- [end:load_and_call]

# --8<-- [start:load_time]
class Trap(tf.saved_model.experimental.TrackableResource):
    """A resource whose initializer, saved in the file, writes a file."""

    def _create_resource(self):
        return tf.raw_ops.VarHandleOp(dtype=tf.float32, shape=[])

    def _initialize(self):
        tf.io.write_file("written_at_load.txt", "any path, any text")
        return tf.raw_ops.AssignVariableOp(resource=self.resource_handle,
                                           value=1.0)


trap = tf.Module()
trap.table = Trap()
tf.saved_model.save(trap, "trap_model")
print(os.path.exists("written_at_load.txt"))
#> False
tf.saved_model.load("trap_model")  # (1)!
print(os.path.exists("written_at_load.txt"))
#> True
# --8<-- [end:load_time]

# --8<-- [start:restore_time]
class Table(tf.lookup.experimental.MutableHashTable):
    """A table whose restore function, saved in the file, writes a file."""

    def _restore_from_tensors(self, restored_tensors):
        written = tf.io.write_file("written_at_restore.txt", "any")
        with tf.control_dependencies([written]):
            return super()._restore_from_tensors(restored_tensors)


holder = tf.Module()
holder.table = Table(tf.string, tf.int64, default_value=-1)
tf.saved_model.save(holder, "table_model")
print(os.path.exists("written_at_restore.txt"))
#> False
tf.saved_model.load("table_model")  # (1)!
print(os.path.exists("written_at_restore.txt"))
#> True
# --8<-- [end:restore_time]

# --8<-- [start:inspect]
# Before loading: every op type of every graph and function, running none.
FILES_OR_PYTHON = {  # (1)!
    "WriteFile", "ReadFile", "MatchingFiles", "SaveV2", "RestoreV2",
    "MergeV2Checkpoints", "PyFunc", "PyFuncStateless", "EagerPyFunc",
    "PrintV2", "ImmutableConst", "TFRecordDatasetV2", "TextLineDataset",
    "FixedLengthRecordDatasetV2", "CSVDatasetV2",
    "InitializeTableFromTextFileV2", "DatasetToTFRecord", "SaveDatasetV2",
    "LoadDataset", "CacheDatasetV2", "CreateSummaryFileWriter",
}


def op_types(folder):
    with open(os.path.join(folder, "saved_model.pb"), "rb") as file:
        proto = SavedModel.FromString(file.read())
    ops = set()
    for meta_graph in proto.meta_graphs:  # usually one; TF1 exports more
        graph = meta_graph.graph_def
        ops |= {node.op for node in graph.node}
        ops |= {node.op for function in graph.library.function
                for node in function.node_def}
    return ops


# for comparison: a module with nothing in it
tf.saved_model.save(tf.Module(), "empty_model")
for folder in ("empty_model", "downloaded_model", "trap_model",
               "table_model"):
    print(folder, sorted(op_types(folder) & FILES_OR_PYTHON))
#> empty_model ['MergeV2Checkpoints', 'RestoreV2', 'SaveV2']
#> downloaded_model ['MergeV2Checkpoints', 'RestoreV2', 'SaveV2', 'WriteFile']
#> trap_model ['MergeV2Checkpoints', 'RestoreV2', 'SaveV2', 'WriteFile']
#> table_model ['MergeV2Checkpoints', 'RestoreV2', 'SaveV2', 'WriteFile']
# --8<-- [end:inspect]

# --8<-- [start:branch]
from tensorflow.python.framework import meta_graph as meta_graph_lib


class Hidden(tf.Module):
    """Writes the file from inside a tf.cond branch."""

    @tf.function(input_signature=[tf.TensorSpec([], tf.float32)])
    def __call__(self, x):
        def write():
            tf.io.write_file("written_in_a_branch.txt", "any")
            return x

        return tf.cond(x > 0.0, write, lambda: x)


tf.saved_model.save(Hidden(), "hidden_model")
print("WriteFile" in op_types("hidden_model"))  # the loop above sees it
#> True
with open("hidden_model/saved_model.pb", "rb") as file:
    graph = SavedModel.FromString(file.read()).meta_graphs[0].graph_def
# what `saved_model_cli show --list_ops` counts: it misses the branch
cli_ops = set(meta_graph_lib.ops_used_by_graph_def(graph))
print("WriteFile" in cli_ops, sorted(cli_ops & {"If", "StatelessIf"}))
#> False ['If']
# --8<-- [end:branch]
