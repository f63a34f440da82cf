# --8<-- [start:graph_tensor]
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()  # graph mode, as in TensorFlow 1

calls = []  # one entry each time the Python function below really runs


def slow_square(x):
    calls.append(1)
    return x * x


a = tf.constant([1.0, 2.0], name="a")
b = tf.constant([3.0, 4.0], name="b")
c = tf.add(a, b, name="c")
d = tf.py_func(slow_square, [c], tf.float32, name="d")  # (1)!
e = tf.add(d, 1.0, name="e")
print(c)  # a description of a result, not a result: no numbers yet
#> Tensor("c:0", shape=(2,), dtype=float32)
print(len(calls))  # building the graph computed nothing
#> 0
# --8<-- [end:graph_tensor]

# --8<-- [start:session_run]
with tf.Session() as sess:
    print(sess.run(c))
#> [4. 6.]
    print(sess.run([d, e]), len(calls))  # (1)!
#> [array([16., 36.], dtype=float32), array([17., 37.], dtype=float32)] 1
    print(sess.run(a), len(calls))  # only what `a` needs runs: not slow_square
#> [1. 2.] 1
# --8<-- [end:session_run]

# --8<-- [start:eval]
try:
    c.eval()  # no default session here
except ValueError as error:
    print(str(error).split(". ")[0])
#> Cannot evaluate tensor using `eval()`: No default session is registered

# inside `with tf.Session()`, sess is the default session
with tf.Session() as sess:
    print(c.eval())  # the same as sess.run(c)
#> [4. 6.]

sess = tf.Session()
with sess.as_default():  # make an existing session the default for a while
    print(c.eval(), e.eval())
#> [4. 6.] [17. 37.]
print(c.eval(session=sess))  # or name the session
#> [4. 6.]
sess.close()
# --8<-- [end:eval]

# --8<-- [start:interactive]
sess = tf.InteractiveSession()  # (1)!
print(c.eval())
#> [4. 6.]
assert tf.get_default_session() is sess
sess.close()  # it stays the default session until closed
assert tf.get_default_session() is None
# --8<-- [end:interactive]
