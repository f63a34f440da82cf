# --8<-- [start:tf1_checkpoint]
import glob
import os

import numpy as np
import tensorflow as tf

# The post's model, written by TF1 code.
# A tf.Graph() block runs TF1 code inside a TF2 program.
with tf.Graph().as_default():
    tf.compat.v1.set_random_seed(42)
    w1 = tf.Variable(tf.random.normal(shape=[2]), name="w1")
    w2 = tf.Variable(tf.random.normal(shape=[5]), name="w2")
    with tf.compat.v1.Session() as sess:
        sess.run(tf.compat.v1.global_variables_initializer())
        tf1_values = sess.run({"w1": w1, "w2": w2})
        saver = tf.compat.v1.train.Saver()
        saver.save(sess, "my_test_model", global_step=1000)
print(tf.train.list_variables("my_test_model-1000"))
#> [('w1', [2]), ('w2', [5])]
# --8<-- [end:tf1_checkpoint]

# --8<-- [start:by_name]
# 1. By name: read each tensor and assign it. Works for any checkpoint.
reader = tf.train.load_checkpoint("my_test_model-1000")
w1 = tf.Variable(reader.get_tensor("w1"))
np.testing.assert_array_equal(w1.numpy(), tf1_values["w1"])
print(w1.shape)
#> (2,)
# --8<-- [end:by_name]

# --8<-- [start:name_based_restore]
# 2. On a TF1 checkpoint, tf.train.Checkpoint.restore falls back to
# matching variable *names*.
model = tf.Module()
model.w1 = tf.Variable(tf.zeros([2]), name="w1")
model.w2 = tf.Variable(tf.zeros([5]), name="w2")
status = tf.train.Checkpoint(model=model).restore("my_test_model-1000")
status.assert_existing_objects_matched()
np.testing.assert_array_equal(model.w1.numpy(), tf1_values["w1"])
np.testing.assert_array_equal(model.w2.numpy(), tf1_values["w2"])
print(type(status).__name__)
#> NameBasedSaverStatus
# --8<-- [end:name_based_restore]

# --8<-- [start:renaming]
# 3. With a renaming map, when the new code names things differently.
# new name -> name in the TF1 file
renames = {"layer/weights": "w2", "layer/bias": "w1"}
new = {name: tf.Variable(tf.zeros(shape)) for name, shape in
       [("layer/weights", [5]), ("layer/bias", [2])]}
for name, variable in new.items():
    variable.assign(reader.get_tensor(renames[name]))
print({name: v.shape.as_list() for name, v in new.items()})
#> {'layer/weights': [5], 'layer/bias': [2]}
np.testing.assert_array_equal(new["layer/weights"].numpy(), tf1_values["w2"])
np.testing.assert_array_equal(new["layer/bias"].numpy(), tf1_values["w1"])
# --8<-- [end:renaming]

# --8<-- [start:convert]
# 4. Convert once: load by name, save as a TF2 object-based checkpoint.
converted = tf.train.Checkpoint(model=model).write("converted/model")
for name, _ in tf.train.list_variables(converted):
    print(name)
#> _CHECKPOINTABLE_OBJECT_GRAPH
#> model/w1/.ATTRIBUTES/VARIABLE_VALUE
#> model/w2/.ATTRIBUTES/VARIABLE_VALUE
np.testing.assert_array_equal(
    tf.train.load_checkpoint(converted).get_tensor(
        "model/w1/.ATTRIBUTES/VARIABLE_VALUE"),
    tf1_values["w1"])
for name in glob.glob("my_test_model-1000.*") + ["checkpoint"]:
    os.remove(name)  # the TF1 files are gone: the converted copy is enough
fresh = tf.Module()
fresh.w1, fresh.w2 = tf.Variable(tf.zeros([2])), tf.Variable(tf.zeros([5]))
tf.train.Checkpoint(model=fresh).read(converted).assert_consumed()
np.testing.assert_array_equal(fresh.w1.numpy(), tf1_values["w1"])
np.testing.assert_array_equal(fresh.w2.numpy(), tf1_values["w2"])
# --8<-- [end:convert]
