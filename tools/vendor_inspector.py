"""Re-fetch the libraries of the "What is this file?" page from npm, exactly the pinned versions,
check their hashes and copy the files the page uses into docs/assets/inspector/vendor/. Also
writes vendor/tf-protos.json, TensorFlow's message definitions in protobuf.js's JSON form, from
the descriptors of the installed tensorflow (it ships `*_pb2.py`, not the `.proto` files).

    .venv/bin/python tools/vendor_inspector.py          # fetch, check, copy, write
    .venv/bin/python tools/vendor_inspector.py --check  # only check what is in vendor/
"""
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "docs" / "assets" / "inspector" / "vendor"

# name, version, sha256 of the npm tarball, {file in the package: file in vendor/}
PACKAGES = [
    ("h5wasm", "0.10.3", "2a9f35ab25c000c164e9dec5e61a0909d0884163ed5dc793e775603805d9570b", {
        "LICENSE.txt": "h5wasm/LICENSE.txt",
        "dist/esm/hdf5_hl.js": "h5wasm/hdf5_hl.js",
        "dist/esm/hdf5_util.js": "h5wasm/hdf5_util.js"}),
    ("protobufjs", "8.8.1", "1e32c0bc7535f2d5e82b56e59b40be340d08a1eeb751db6cb8b8f8db9e5b345a", {
        "LICENSE": "protobufjs/LICENSE",
        "dist/light/protobuf.min.js": "protobufjs/protobuf.min.js"}),
    ("fflate", "0.8.3", "38c2cd824402407b43153c782274aec2ea83ea688e4aa0b743c5f2c305857d92", {
        "LICENSE": "fflate/LICENSE",
        "esm/browser.js": "fflate/browser.js"}),
    ("flatbuffers", "25.9.23", "484129ef89da43decec3d004810863a70fad9b2aa6df6246602e58d9ba207d26", {
        "LICENSE": "flatbuffers/LICENSE",
        **{f"mjs/{name}.js": f"flatbuffers/{name}.js" for name in
           ("flatbuffers", "builder", "byte-buffer", "constants", "encoding", "utils")}}),
]

# The messages the page decodes (their files' dependencies come along).
PROTO_MODULES = [
    "tensorflow.core.protobuf.saved_model_pb2",
    "tensorflow.core.protobuf.meta_graph_pb2",
    "tensorflow.core.protobuf.tensor_bundle_pb2",
    "tensorflow.core.protobuf.trackable_object_graph_pb2",
    "tensorflow.core.protobuf.fingerprint_pb2",
    "tensorflow.core.framework.graph_pb2",
]


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def fetch():
    with tempfile.TemporaryDirectory() as tmp:
        for name, version, digest, files in PACKAGES:
            subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=tmp, check=True,
                           stdout=subprocess.DEVNULL)
            tarball = Path(tmp) / f"{name}-{version}.tgz"
            if sha256(tarball) != digest:
                sys.exit(f"{name}@{version}: the tarball's sha256 is {sha256(tarball)}, "
                         f"pinned {digest}")
            with tarfile.open(tarball) as tar:
                for source, target in files.items():
                    out = VENDOR / target
                    out.parent.mkdir(parents=True, exist_ok=True)
                    out.write_bytes(tar.extractfile(f"package/{source}").read())
            print(f"{name}@{version}: {len(files)} files")


def field_json(field):
    from google.protobuf.descriptor import FieldDescriptor as F
    scalar = {F.TYPE_DOUBLE: "double", F.TYPE_FLOAT: "float", F.TYPE_INT64: "int64",
              F.TYPE_UINT64: "uint64", F.TYPE_INT32: "int32", F.TYPE_FIXED64: "fixed64",
              F.TYPE_FIXED32: "fixed32", F.TYPE_BOOL: "bool", F.TYPE_STRING: "string",
              F.TYPE_BYTES: "bytes", F.TYPE_UINT32: "uint32", F.TYPE_SFIXED32: "sfixed32",
              F.TYPE_SFIXED64: "sfixed64", F.TYPE_SINT32: "sint32", F.TYPE_SINT64: "sint64"}
    if field.message_type is not None:
        kind = "." + field.message_type.full_name
        options = field.message_type.GetOptions()
        if options.map_entry:
            key, value = field.message_type.fields_by_name["key"], \
                field.message_type.fields_by_name["value"]
            return {"keyType": field_json(key)["type"], "type": field_json(value)["type"],
                    "id": field.number}
    elif field.enum_type is not None:
        kind = "." + field.enum_type.full_name
    else:
        kind = scalar[field.type]
    out = {"type": kind, "id": field.number}
    if field.is_repeated:
        out["rule"] = "repeated"
    return out


def message_json(message):
    out = {"fields": {f.name: field_json(f) for f in message.fields}}
    nested = {m.name: message_json(m) for m in message.nested_types
              if not m.GetOptions().map_entry}
    nested.update({e.name: {"values": {v.name: v.number for v in e.values}}
                   for e in message.enum_types})
    if nested:
        out["nested"] = nested
    return out


def protos_json():
    import importlib
    root, seen = {}, set()

    def add(file):
        if file.name in seen:
            return
        seen.add(file.name)
        for dependency in file.dependencies:
            add(dependency)
        space = root
        for part in file.package.split(".") if file.package else []:
            space = space.setdefault("nested", {}).setdefault(part, {})
        nested = space.setdefault("nested", {})
        nested.update({m.name: message_json(m) for m in file.message_types_by_name.values()})
        nested.update({e.name: {"values": {v.name: v.number for v in e.values}}
                       for e in file.enum_types_by_name.values()})

    for module in PROTO_MODULES:
        add(importlib.import_module(module).DESCRIPTOR)
    return root


def write_protos():
    import tensorflow as tf
    text = json.dumps({"tensorflow_version": tf.__version__, "root": protos_json()},
                      separators=(",", ":"), sort_keys=True)
    (VENDOR / "tf-protos.json").write_text(text + "\n")
    print(f"tf-protos.json: {len(text)} bytes, from tensorflow {tf.__version__}")


def check():
    """Every vendored file is what README.md records."""
    recorded = dict(line.split()[::-1] for line in
                    (VENDOR / "SHA256SUMS").read_text().splitlines() if line.strip())
    wrong = [f"{name}: {sha256(VENDOR / name)} != {digest}" for name, digest in recorded.items()
             if not (VENDOR / name).is_file() or sha256(VENDOR / name) != digest]
    if wrong:
        sys.exit("\n".join(wrong))
    print(f"{len(recorded)} vendored files match SHA256SUMS")


if __name__ == "__main__":
    if "--check" not in sys.argv:
        fetch()
        write_protos()
        if "--record" in sys.argv:
            names = sorted(p.relative_to(VENDOR).as_posix() for p in VENDOR.rglob("*")
                           if p.is_file() and p.name not in ("README.md", "SHA256SUMS"))
            (VENDOR / "SHA256SUMS").write_text(
                "".join(f"{sha256(VENDOR / n)}  {n}\n" for n in names))
    check()
