# --8<-- [start:problem]
import tensorflow as tf

v1 = tf.compat.v1

with tf.Graph().as_default():  # written on a machine with a GPU
    with tf.device("/device:GPU:0"):
        x = v1.placeholder(tf.float32, [], name="x")
        w = v1.Variable(2.0, name="w")
        y = tf.multiply(x, w, name="y")
    # soft placement only so that this machine can save
    config = v1.ConfigProto(allow_soft_placement=True)
    with v1.Session(config=config) as sess:
        sess.run(v1.global_variables_initializer())
        v1.train.Saver().save(sess, "./gpu_model")

with tf.Graph().as_default():  # restored on a machine without one
    saver = v1.train.import_meta_graph("gpu_model.meta")
    with v1.Session() as sess:
        try:
            saver.restore(sess, "./gpu_model")
        except tf.errors.InvalidArgumentError as error:
            lines = error.message.splitlines()
            # the wrapper
            assert lines[0].startswith("Restoring from checkpoint failed.")
            line = next(s for s in lines if s.startswith("Cannot"))
            print(line.split(": {{")[0])
#> Cannot assign a device for operation w/IsInitialized/VarIsInitializedOp
# --8<-- [end:problem]

# --8<-- [start:fix]
with tf.Graph().as_default():
    saver = v1.train.import_meta_graph("gpu_model.meta", clear_devices=True)
    with v1.Session() as sess:
        saver.restore(sess, "./gpu_model")
        assert sess.run("y:0", feed_dict={"x:0": 3.0}) == 6.0
# --8<-- [end:fix]
