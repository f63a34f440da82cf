# --8<-- [start:problem]
try:
    import tensorflow_hub as hub
except ModuleNotFoundError as error:  # hub 0.16.1 with setuptools >= 82
    print(error)
#> No module named 'pkg_resources'
# --8<-- [end:problem]

# --8<-- [start:fix]
import importlib.util
import sys
import types

import packaging.version

# only when setuptools no longer ships pkg_resources (82 and newer)
if importlib.util.find_spec("pkg_resources") is None:
    shim = types.ModuleType("pkg_resources")  # the one name hub imports
    shim.parse_version = packaging.version.parse
    sys.modules["pkg_resources"] = shim
import tensorflow_hub as hub

print(hub.__version__)
#> 0.16.1
# --8<-- [end:fix]
