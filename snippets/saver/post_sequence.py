# --8<-- [start:post_saves]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
w1 = tf.Variable([1.0, 2.0], name="w1")
saver = tf.train.Saver()
sess = tf.Session()
sess.run(tf.global_variables_initializer())
# The post's saves, in its order: first under one name, then under another.
saver.save(sess, "my_test_model", global_step=1000)
sess.run(w1.assign([3.0, 4.0]))  # trained on between the two saves
saver.save(sess, "my-model", global_step=2000, write_meta_graph=False)
# --8<-- [end:post_saves]

# --8<-- [start:missing_meta]
tf.reset_default_graph()
try:
    tf.train.import_meta_graph("my-model-1000.meta")  # the post's restore line
except OSError as error:
    print(type(error).__name__, "-", str(error).splitlines()[0])
#> OSError - File does not exist. Received: my-model-1000.meta.
# --8<-- [end:missing_meta]

# --8<-- [start:what_works]
print(hasattr(tf.train, "import"), hasattr(tf.train, "import_meta_graph"))
#> False True
print(tf.train.latest_checkpoint("./"))
#> ./my-model-2000
with tf.Session() as sess:
    # The graph comes from the only .meta that exists,
    # the values from the latest save.
    restorer = tf.train.import_meta_graph("my_test_model-1000.meta")
    restorer.restore(sess, tf.train.latest_checkpoint("./"))
    print(sess.run("w1:0"))  # step 2000's values, not step 1000's
#> [3. 4.]
# --8<-- [end:what_works]
