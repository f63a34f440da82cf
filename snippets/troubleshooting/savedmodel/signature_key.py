# --8<-- [start:problem]
import tensorflow as tf

v1 = tf.compat.v1

# a TF1 export, signature named "predict"
with tf.Graph().as_default(), v1.Session() as sess:
    x = v1.placeholder(tf.float32, [None], name="x")
    y = tf.multiply(x, 3.0, name="y")
    builder = v1.saved_model.Builder("exported")
    builder.add_meta_graph_and_variables(sess, ["serve"], signature_def_map={
        "predict": v1.saved_model.predict_signature_def({"x": x}, {"y": y})})
    builder.save()

loaded = tf.saved_model.load("exported")
try:
    loaded.signatures["serving_default"]
except KeyError as error:
    print(f"KeyError: {error}")
#> KeyError: 'serving_default'
# --8<-- [end:problem]

# --8<-- [start:fix]
print(list(loaded.signatures.keys()))
#> ['predict']
serve = loaded.signatures["predict"]
assert serve(x=tf.constant([1.0, 2.0]))["y"].numpy().tolist() == [3.0, 6.0]
# --8<-- [end:fix]
