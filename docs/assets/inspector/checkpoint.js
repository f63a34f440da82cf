// A TensorFlow checkpoint's `.index`: a LevelDB-style sorted table (TF's core/lib/io/table)
// whose keys are tensor names and whose values are BundleEntryProto messages; key "" holds the
// BundleHeaderProto (number of shards). Hand-written: the table format is 3 varints per entry
// and a 48-byte footer, and no maintained npm package reads TF's variant of it (the LevelDB
// packages need Node's file system and a native addon). The protos are decoded by protobuf.js.
import { decode, dtypeName, shapeOf } from "./protobuf.js";

function varint(bytes, state) {
  let result = 0, shift = 0, b;
  do {
    b = bytes[state.at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return result;
}

function block(bytes, handle) {
  const { offset, size } = handle;
  if (offset + size + 5 > bytes.length) throw new Error("a block runs past the end of the file");
  if (bytes[offset + size] !== 0) throw new Error("a compressed block (not written by TF's BundleWriter)");
  const data = bytes.subarray(offset, offset + size);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const restarts = view.getUint32(size - 4, true);
  const end = size - 4 * (restarts + 1);
  const entries = [];
  const state = { at: 0 };
  let key = new Uint8Array(0);
  while (state.at < end) {
    const shared = varint(data, state);
    const unshared = varint(data, state);
    const length = varint(data, state);
    const next = new Uint8Array(shared + unshared);
    next.set(key.subarray(0, shared));
    next.set(data.subarray(state.at, state.at + unshared), shared);
    state.at += unshared;
    key = next;
    entries.push([key, data.subarray(state.at, state.at + length)]);
    state.at += length;
  }
  return entries;
}

export function readTable(bytes) {
  const footer = bytes.subarray(bytes.length - 48);
  const state = { at: 0 };
  varint(footer, state); varint(footer, state); // the metaindex block: unused by TF
  const index = { offset: varint(footer, state), size: varint(footer, state) };
  const out = [];
  for (const [, value] of block(bytes, index)) {
    const s = { at: 0 };
    const handle = { offset: varint(value, s), size: varint(value, s) };
    out.push(...block(bytes, handle));
  }
  return out;
}

// {header, variables: [{name, dtype, shape, shard}], shards: [expected file suffixes]}
export function readIndex(bytes) {
  const names = new TextDecoder();
  let header = { num_shards: 1 };
  const variables = [];
  const slices = [];
  for (const [key, value] of readTable(bytes)) {
    if (key.length === 0) {
      header = decode("tensorflow.BundleHeaderProto", value);
      continue;
    }
    const entry = decode("tensorflow.BundleEntryProto", value);
    if (key[0] === 0) {
      // A slice of a tensor saved in parts (key: "\0" + name + slice spec): not a variable.
      slices.push(entry.shard_id || 0);
      continue;
    }
    variables.push({
      name: names.decode(key), dtype: entry.dtype || "DT_INVALID",
      shape: shapeOf(entry.shape) || [], shard: entry.shard_id || 0,
      sliced: Boolean(entry.slices && entry.slices.length),
    });
  }
  const n = header.num_shards || 1;
  const pad = (i) => String(i).padStart(5, "0");
  const shards = Array.from({ length: n }, (_, i) => `.data-${pad(i)}-of-${pad(n)}`);
  return { header, variables, shards, slices, dtypeName };
}

// The `checkpoint` state file: text-format CheckpointState.
export function readState(text) {
  const latest = /^model_checkpoint_path:\s*"([^"]*)"/m.exec(text);
  const all = [...text.matchAll(/^all_model_checkpoint_paths:\s*"([^"]*)"/gm)].map((m) => m[1]);
  return { latest: latest ? latest[1] : null, all };
}
