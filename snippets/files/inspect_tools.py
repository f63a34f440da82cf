# --8<-- [start:save]
import subprocess
import sys

import tensorflow as tf

ckpt = tf.train.Checkpoint(w=tf.Variable([1.5, -2.0]))
path = ckpt.write("model")
# --8<-- [end:save]

# --8<-- [start:inspect_checkpoint]
# In a shell:
#   python -m tensorflow.python.tools.inspect_checkpoint \
#       --file_name=model --all_tensors \
#       --count_exclude_pattern=_CHECKPOINTABLE
result = subprocess.run(
    [sys.executable, "-m", "tensorflow.python.tools.inspect_checkpoint",
     "--file_name=model", "--all_tensors",
     "--count_exclude_pattern=_CHECKPOINTABLE"],  # (1)!
    capture_output=True, text=True, check=True)
for line in result.stdout.strip().splitlines():
    # cut the serialized object graph
    print(line[:40] + " ..." if len(line) > 90 else line)
#> tensor: _CHECKPOINTABLE_OBJECT_GRAPH (string) []
#> b'\n\x0b\n\x05\x08\x01\x12\x01w*\x02\x08 ...
#> tensor: w/.ATTRIBUTES/VARIABLE_VALUE (float32) [2]
#> [ 1.5 -2. ]
#> # Excluding 1 tensors (1 params) that match _CHECKPOINTABLE when counting.
#> # Total number of params: 2
# --8<-- [end:inspect_checkpoint]

# --8<-- [start:python_api]
# The same from Python, without a second process:
reader = tf.train.load_checkpoint("model")
print(reader.get_variable_to_shape_map())
#> {'w/.ATTRIBUTES/VARIABLE_VALUE': [2], '_CHECKPOINTABLE_OBJECT_GRAPH': []}
print(reader.get_tensor("w/.ATTRIBUTES/VARIABLE_VALUE"))
#> [ 1.5 -2. ]
# --8<-- [end:python_api]
