# --8<-- [start:eager_tensor]
import tensorflow as tf

a = tf.constant([1.0, 2.0])
b = tf.constant([3.0, 4.0])
c = a + b  # runs now: TF2 executes eagerly
print(c)  # the value is already there
#> tf.Tensor([4. 6.], shape=(2,), dtype=float32)
print(c.numpy())  # a NumPy array: no session, no eval()
#> [4. 6.]
try:
    c.eval()
except NotImplementedError as error:
    print(error)
#> eval is not supported when eager execution is enabled, is .numpy() what you're looking for?
# --8<-- [end:eager_tensor]

# --8<-- [start:tf_function]
traces = []  # one entry each time Python runs the function's body


@tf.function  # (1)!
def add_then_square(x, y):
    traces.append(1)
    z = x + y
    print("while tracing:", z)  # a graph tensor, as in TF1: no numbers
    return z * z


print(add_then_square(a, b).numpy())
#> while tracing: Tensor("add:0", shape=(2,), dtype=float32)
#> [16. 36.]
# same signature: the graph is reused
print(add_then_square(b, a).numpy(), len(traces))
#> [16. 36.] 1
x, y = tf.constant([1.0]), tf.constant([2.0])  # a new shape
print(add_then_square(x, y).numpy(), len(traces))
#> while tracing: Tensor("add:0", shape=(1,), dtype=float32)
#> [9.] 2
graph = add_then_square.get_concrete_function(a, b).graph
print([op.type for op in graph.get_operations()])
#> ['Placeholder', 'Placeholder', 'AddV2', 'Mul', 'Identity']
# --8<-- [end:tf_function]
