# --8<-- [start:problem]
import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
os.makedirs("test_code")  # the repository's layout: test_code/saved_models/
saver.save(sess, "test_code/saved_models/model")

# The script says "saved_models", relative to test_code/,
# but it runs from the folder above.
path = tf.train.latest_checkpoint("saved_models")
try:
    saver.restore(sess, path)
except ValueError as error:
    print(error)
#> Can't load save_path when it is None.
# --8<-- [end:problem]

# --8<-- [start:fix]
def newest_checkpoint(folder):
    path = tf.train.latest_checkpoint(folder)
    if path is None:  # say which folder was searched, instead of failing later
        where = os.path.abspath(folder)  # shows the working directory too
        raise FileNotFoundError(f"no checkpoint in {where}")
    return path


try:
    newest_checkpoint("saved_models")
except FileNotFoundError as error:
    print(str(error).replace(os.getcwd(), "<cwd>"))
#> no checkpoint in <cwd>/saved_models
path = newest_checkpoint("test_code/saved_models")
# forget the values, so that the restore must bring them
sess.run(w1.assign([0.0, 0.0]))
saver.restore(sess, path)
print(path, sess.run(w1))
#> test_code/saved_models/model [1. 2.]
assert sess.run(w1).tolist() == [1.0, 2.0]  # the saved values are back
# --8<-- [end:fix]
