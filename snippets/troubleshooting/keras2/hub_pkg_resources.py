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

shim = types.ModuleType("pkg_resources")  # the one name tensorflow_hub takes from it
shim.parse_version = packaging.version.parse
sys.modules.setdefault("pkg_resources", shim)  # a real pkg_resources, if any, wins
import tensorflow_hub as hub  # noqa: E402

print(hub.__version__)
#> 0.16.1
# --8<-- [end:fix]
