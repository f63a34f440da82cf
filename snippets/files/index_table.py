# --8<-- [start:save]
import struct

import numpy as np
import tensorflow as tf
from tensorflow.core.protobuf.tensor_bundle_pb2 import (
    BundleEntryProto,
    BundleHeaderProto,
)

w1 = tf.Variable([1.0, 2.0], name="w1")
w2 = tf.Variable(tf.reshape(tf.range(6, dtype=tf.float64), [2, 3]), name="w2")
saver = tf.compat.v1.train.Saver(var_list={"w1": w1, "w2": w2})  # (1)!
saver.save(None, "model")
# --8<-- [end:save]

# --8<-- [start:reader]
def varint(buf, pos):
    value = shift = 0
    while True:
        byte = buf[pos]
        value |= (byte & 0x7F) << shift
        pos, shift = pos + 1, shift + 7
        if byte < 0x80:
            return value, pos


def block_entries(buf, offset, size):
    """Key-value pairs of one block; a key shares a prefix with the last."""
    block = buf[offset:offset + size]
    restarts = struct.unpack("<I", block[-4:])[0]
    end, pos, key = len(block) - 4 - 4 * restarts, 0, b""
    while pos < end:
        shared, pos = varint(block, pos)
        unshared, pos = varint(block, pos)
        length, pos = varint(block, pos)
        key = key[:shared] + block[pos:pos + unshared]
        pos += unshared
        yield key, block[pos:pos + length]
        pos += length


def sstable(path):
    """Every entry of a LevelDB-style table (the .index file), in key order."""
    buf = open(path, "rb").read()
    footer = buf[-48:]  # (1)!
    _, pos = varint(footer, 0)  # the meta-index block: unused here
    _, pos = varint(footer, pos)
    index_offset, pos = varint(footer, pos)
    index_size, _ = varint(footer, pos)
    for _, handle in block_entries(buf, index_offset, index_size):
        offset, pos = varint(handle, 0)
        size, _ = varint(handle, pos)
        yield from block_entries(buf, offset, size)
# --8<-- [end:reader]

# --8<-- [start:entries]
for key, value in sstable("model.index"):
    if key == b"":  # the header comes first: its key is empty
        header = BundleHeaderProto.FromString(value)
        print("header: num_shards", header.num_shards,
              "version", header.version.producer)
        continue
    entry = BundleEntryProto.FromString(value)
    print(key.decode(), tf.dtypes.as_dtype(entry.dtype).name,
          [d.size for d in entry.shape.dim], "shard", entry.shard_id,
          "offset", entry.offset, "size", entry.size,
          f"crc32c {entry.crc32c:08x}")
#> header: num_shards 1 version 1
#> w1 float32 [2] shard 0 offset 0 size 8 crc32c 35e53c59
#> w2 float64 [2, 3] shard 0 offset 8 size 48 crc32c 3c9e792e
# --8<-- [end:entries]

# --8<-- [start:data]
data = open("model.data-00000-of-00001", "rb").read()
assert len(data) == 8 + 48  # w1's bytes, then w2's: nothing else
entry = BundleEntryProto.FromString(dict(sstable("model.index"))[b"w2"])
raw = data[entry.offset:entry.offset + entry.size]
# the bytes are the tensor, nothing else
print(np.frombuffer(raw, "<f8").reshape(2, 3))
#> [[0. 1. 2.]
#>  [3. 4. 5.]]
# --8<-- [end:data]

# --8<-- [start:checksum]
def crc32c(data, crc=0xFFFFFFFF):
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 & -(crc & 1))
    return crc ^ 0xFFFFFFFF


def masked(crc):  # stored checksums are "masked", as in LevelDB
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


print(masked(crc32c(raw)) == entry.crc32c)  # (1)!
#> True
# --8<-- [end:checksum]
