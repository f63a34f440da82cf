// What a file is, from its first and last bytes: the formats' magic numbers, and the
// impostors a download or a Git checkout leaves behind under a model's name.
const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// LevelDB-style table footer magic (TF's tensor bundle `.index`), little-endian.
const TABLE_MAGIC = [0x57, 0xfb, 0x80, 0x8b, 0x24, 0x75, 0x47, 0xdb];

export function startsWith(bytes, magic, at = 0) {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

export function text(bytes, start = 0, end = bytes.length) {
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(start, end));
}

export function hdf5Offset(bytes) {
  // The superblock sits at 0, or after a user block of 512, 1024, 2048... bytes.
  for (let at = 0; at < bytes.length; at = at ? at * 2 : 512) {
    if (startsWith(bytes, HDF5, at)) return at;
  }
  return -1;
}

function readAddress(view, at, size) {
  if (size === 8) return Number(view.getBigUint64(at, true));
  if (size === 4) return view.getUint32(at, true);
  return -1;
}

// The end-of-file address the HDF5 superblock records: a shorter file was cut short.
export function hdf5EndOfFile(bytes, base) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[base + 8];
  if (version === 0 || version === 1) {
    const sizeOfOffsets = bytes[base + 13];
    const start = base + 24 + (version === 1 ? 4 : 0);
    return readAddress(view, start + 2 * sizeOfOffsets, sizeOfOffsets) + base;
  }
  if (version === 2 || version === 3) {
    const sizeOfOffsets = bytes[base + 9];
    return readAddress(view, base + 12 + 2 * sizeOfOffsets, sizeOfOffsets) + base;
  }
  return -1;
}

function zipComplete(bytes) {
  // The end-of-central-directory record (PK\5\6) is in the last 64 KiB of a whole zip.
  const from = Math.max(0, bytes.length - 65557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      return true;
    }
  }
  return false;
}

export const DATA_SHARD = /^(.*)\.data-(\d{5})-of-(\d{5})$/;

// One of: lfs, html, empty, hdf5, zip, tflite, table (.index), shard (.data-*), state
// ("checkpoint" file), pb, pbtxt, unknown; with `problems` for the impostors.
export function sniff(name, bytes) {
  const lower = name.toLowerCase();
  const head = text(bytes, 0, Math.min(bytes.length, 512));
  const result = { kind: "unknown", problems: [] };
  if (bytes.length === 0) return { ...result, kind: "empty" };
  if (head.startsWith("version https://git-lfs.github.com/spec/")) {
    const oid = /oid sha256:([0-9a-f]{64})/.exec(head);
    const size = /size (\d+)/.exec(head);
    return { ...result, kind: "lfs", oid: oid && oid[1], size: size && Number(size[1]) };
  }
  if (/^\s*(<!doctype html|<html|<head|<body|<\?xml)/i.test(head)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text(bytes, 0, Math.min(bytes.length, 4096)));
    return { ...result, kind: "html", title: title ? title[1].trim() : "" };
  }
  const base = hdf5Offset(bytes);
  if (base >= 0) {
    const eof = hdf5EndOfFile(bytes, base);
    const out = { ...result, kind: "hdf5", eof };
    if (eof > bytes.length) out.problems.push("truncated");
    if (/\.keras$/.test(lower)) out.problems.push("hdf5-named-keras");
    return out;
  }
  if (startsWith(bytes, ZIP)) {
    const out = { ...result, kind: "zip" };
    if (!zipComplete(bytes)) out.problems.push("truncated");
    if (/\.(h5|hdf5)$/.test(lower)) out.problems.push("zip-named-h5");
    return out;
  }
  if (bytes.length >= 8 && text(bytes, 4, 8) === "TFL3") return { ...result, kind: "tflite" };
  const leaf = lower.split("/").pop();
  if (leaf.endsWith(".index")) {
    const out = { ...result, kind: "table" };
    if (!startsWith(bytes, TABLE_MAGIC, bytes.length - 8)) out.problems.push("bad-index");
    return out;
  }
  if (DATA_SHARD.test(leaf)) return { ...result, kind: "shard" };
  if (/^\s*(model_checkpoint_path|all_model_checkpoint_paths):/.test(head)) {
    return { ...result, kind: "state" };
  }
  if (/\.(pbtxt|prototxt)$/.test(leaf) || /^\s*(node|meta_graphs|saved_model_schema_version|meta_info_def)\s*[{:]/.test(head)) {
    return { ...result, kind: "pbtxt" };
  }
  if (/\.(pb|meta|pbbin)$/.test(leaf)) return { ...result, kind: "pb" };
  return result;
}
