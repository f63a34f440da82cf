# --8<-- [start:problem]
import numpy as np
import tensorflow as tf

v = tf.Variable([1.0, 2.0])
ckpt = tf.train.Checkpoint(v=v)
for path in ["s3://my-models/checkpoints/model", "hdfs://namenode/run/model"]:
    try:
        ckpt.write(path)
    except tf.errors.UnimplementedError as error:
        print(error.message.splitlines()[0])
#> File system scheme 's3' not implemented (file: 's3://my-models/checkpoints')
#> File system scheme 'hdfs' not implemented (file: 'hdfs://namenode/run')
# --8<-- [end:problem]

# --8<-- [start:fix]
# what this TensorFlow can read and write
schemes = tf.io.gfile.get_registered_schemes()
print(sorted(schemes))
#> ['', 'file', 'gs', 'ram']


def check_scheme(path):  # fail early, with the fix in the message
    scheme = path.split("://")[0] if "://" in path else ""
    if scheme not in tf.io.gfile.get_registered_schemes():
        raise RuntimeError(f"no '{scheme}' file system here: "
                           "copy the files to a local folder")
    return path


# a built-in scheme: the in-memory file system
prefix = check_scheme("ram://run/model")
ckpt.write(prefix)
v.assign([0.0, 0.0])
ckpt.read(prefix).assert_consumed()
np.testing.assert_allclose(v.numpy(), [1.0, 2.0])
# --8<-- [end:fix]
