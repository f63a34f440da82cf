# --8<-- [start:problem]
try:
    import tensorflow_hub as hub
except ModuleNotFoundError as error:  # tensorflow_hub 0.16.1 with setuptools >= 82
    print(error)
#> No module named 'pkg_resources'
# --8<-- [end:problem]

# --8<-- [start:fix]
import sys
import types

import packaging.version

try:
    import pkg_resources  # noqa: F401  setuptools < 82 still ships it: nothing to do
except ModuleNotFoundError:  # setuptools >= 82 (this site has 84)
    shim = types.ModuleType("pkg_resources")  # a stand-in with the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub  # noqa: E402

print(hub.__version__)
#> 0.16.1
# --8<-- [end:fix]
