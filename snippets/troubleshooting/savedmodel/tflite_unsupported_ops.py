# --8<-- [start:problem]
import tensorflow as tf
from tensorflow.lite.python.convert_phase import ConverterError  # (1)!


class CsvModel(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.string)])
    def parse(self, text):
        # StringToNumber: no TFLite builtin
        return tf.strings.to_number(text) * 2.0


def converter(module, function):
    return tf.lite.TFLiteConverter.from_concrete_functions(
        [function.get_concrete_function()], module)


assert not hasattr(tf.lite, "ConverterError")  # hence the import above
csv_model = CsvModel()
try:
    converter(csv_model, csv_model.parse).convert()
except ConverterError as error:
    lines = str(error).splitlines()
    print(next(s for s in lines if s.startswith("Some ops")).split(", you")[0])
    print(next(s for s in lines if s.startswith("TF Select ops")))
#> Some ops are not supported by the native TFLite runtime
#> TF Select ops: StringToNumber
# --8<-- [end:problem]

# --8<-- [start:fix]
flex = converter(csv_model, csv_model.parse)
flex.target_spec.supported_ops = [
    tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
tflite_model = flex.convert()
# the TF kernel, called from TFLite
assert b"FlexStringToNumber" in tflite_model
# --8<-- [end:fix]

# --8<-- [start:not_select]
class SvdModel(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([3, 3], tf.float32)])
    def singular_values(self, x):
        return tf.linalg.svd(x, compute_uv=False)


svd_model = SvdModel()
flex = converter(svd_model, svd_model.singular_values)
flex.target_spec.supported_ops = [
    tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
try:
    flex.convert()
except ConverterError as error:
    lines = str(error).splitlines()
    print(next(s for s in lines if s.startswith("Some ops")).split(",")[0])
#> Some ops in the model are custom ops
# --8<-- [end:not_select]
