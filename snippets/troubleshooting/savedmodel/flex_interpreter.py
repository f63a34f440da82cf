# --8<-- [start:problem]
import numpy as np
import tensorflow as tf


class CsvModel(tf.Module):
    @tf.function(
        input_signature=[tf.TensorSpec([None], tf.string, name="text")])
    def parse(self, text):
        return {"y": tf.strings.to_number(text) * 2.0}


csv_model = CsvModel()
converter = tf.lite.TFLiteConverter.from_concrete_functions(
    [csv_model.parse.get_concrete_function()], csv_model)
converter.target_spec.supported_ops = [
    tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
interpreter = tf.lite.Interpreter(model_content=converter.convert())
try:
    interpreter.get_signature_runner()(text=np.array([b"1.5", b"2"]))
except RuntimeError as error:
    node = "Node number 0 (FlexStringToNumber) failed to prepare."
    assert node in str(error)
    print(str(error).split(". ")[0] + ".")
#> Select TensorFlow op(s), included in the given model, is(are) not supported by this interpreter.
# --8<-- [end:problem]

# --8<-- [start:fix]
class Doubler(tf.Module):  # the model keeps the numeric part only
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def double(self, x):
        return {"y": x * 2.0}


doubler = Doubler()
builtins_only = tf.lite.TFLiteConverter.from_concrete_functions(
    [doubler.double.get_concrete_function()], doubler).convert()
run = tf.lite.Interpreter(model_content=builtins_only).get_signature_runner()
text = [b"1.5", b"2", b"1.0000000596046447753906251"]
# parsing moved out of the model, done by the same op
x = tf.strings.to_number(text).numpy()
expected = csv_model.parse(tf.constant(text))["y"]
np.testing.assert_array_equal(run(x=x)["y"], expected)
# NumPy parses through float64: one float32 step off for this string
assert np.array(text).astype(np.float32)[2] != x[2]
# --8<-- [end:fix]
