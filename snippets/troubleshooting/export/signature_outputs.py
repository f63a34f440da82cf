# --8<-- [start:problem]
import re

import numpy as np
import tensorflow as tf


class Detector(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def detect(self, x):
        return {"scores": x, "boxes": {"min": x - 1.0, "max": x + 1.0}}


detector = Detector()
try:
    tf.saved_model.save(detector, "detector", signatures=detector.detect)
except ValueError as error:
    line = next(s for s in str(error).splitlines() if "non-Tensor" in s)
    line = re.sub(r"value .* for key", "value ... for key", line.strip())
    print(re.sub(r"__inference_\w+", "...", line).split(". Outputs")[0])
#> ValueError: Got a non-Tensor value ... for key 'boxes' in the output of the function ... used to generate the SavedModel signature 'serving_default'
# --8<-- [end:problem]

# --8<-- [start:fix]
class FlatDetector(Detector):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def serve(self, x):
        out = self.detect(x)
        return {"scores": out["scores"],  # one flat dict of tensors
                "boxes_min": out["boxes"]["min"],
                "boxes_max": out["boxes"]["max"]}


flat = FlatDetector()
tf.saved_model.save(flat, "detector", signatures=flat.serve)
serve = tf.saved_model.load("detector").signatures["serving_default"]
x = tf.constant([0.5, 2.0])
got, want = serve(x=x), detector.detect(x)
np.testing.assert_array_equal(got["scores"], want["scores"])
np.testing.assert_array_equal(got["boxes_min"], want["boxes"]["min"])
np.testing.assert_array_equal(got["boxes_max"], want["boxes"]["max"])
print(sorted(got))
#> ['boxes_max', 'boxes_min', 'scores']
# --8<-- [end:fix]
