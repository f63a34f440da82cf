# --8<-- [start:save]
import tensorflow.compat.v1 as tf
from tensorflow.core.protobuf.meta_graph_pb2 import MetaGraphDef

tf.disable_v2_behavior()
w1 = tf.Variable(tf.zeros([2]), name="w1")
w2 = tf.Variable(tf.zeros([5]), name="w2")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "my_test_model")
# --8<-- [end:save]

# --8<-- [start:read]
meta = MetaGraphDef.FromString(open("my_test_model.meta", "rb").read())
print([field.name for field, _ in meta.ListFields()])
#> ['meta_info_def', 'graph_def', 'saver_def', 'collection_def']
print(meta.meta_info_def.tensorflow_version)
#> 2.21.0
names = [n.name for n in meta.graph_def.node]
print(len(names), "nodes, including", names[:4])
#> 22 nodes, including ['zeros', 'w1', 'w1/Assign', 'w1/read']
print(meta.saver_def.filename_tensor_name, meta.saver_def.restore_op_name)
#> save/Const:0 save/restore_all
print(sorted(meta.collection_def))
#> ['trainable_variables', 'variables']
# --8<-- [end:read]
