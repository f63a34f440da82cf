// TensorFlow's messages, decoded with protobuf.js (light build) from vendor/tf-protos.json,
// the JSON form of the definitions in the installed tensorflow (tools/vendor_inspector.py).
import "./vendor/protobufjs/protobuf.min.js";

let root = null;

export async function load() {
  if (root) return root;
  const response = await fetch(new URL("./vendor/tf-protos.json", import.meta.url));
  const json = await response.json();
  root = globalThis.protobuf.Root.fromJSON(json.root);
  return root;
}

export function decode(type, bytes) {
  const Message = root.lookupType(type);
  return Message.toObject(Message.decode(bytes), {
    enums: String, longs: Number, bytes: Array, defaults: false, arrays: true, objects: true,
  });
}

export function dtypeName(dt) {
  // DT_FLOAT -> float32, as `tf.dtypes` names them.
  const special = { DT_FLOAT: "float32", DT_DOUBLE: "float64", DT_HALF: "float16" };
  if (special[dt]) return special[dt];
  return String(dt || "DT_INVALID").replace(/^DT_/, "").replace(/_REF$/, "_ref").toLowerCase();
}

export function shapeOf(shape) {
  if (!shape || shape.unknown_rank) return null;
  return (shape.dim || []).map((d) => Number(d.size || 0));
}
