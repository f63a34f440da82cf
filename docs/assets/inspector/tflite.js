// TensorFlow Lite models: a FlatBuffer (file identifier "TFL3") read with the flatbuffers
// runtime. Field numbers are those of tensorflow/compiler/mlir/lite/schema/schema.fbs; no
// generated code is shipped for them (flatc's output for the whole schema is ~400 KB).
import { ByteBuffer } from "./vendor/flatbuffers/flatbuffers.js";

const TYPES = ["float32", "float16", "int32", "uint8", "int64", "string", "bool", "int16",
  "complex64", "int8", "float64", "complex128", "uint64", "resource", "variant", "uint32",
  "uint16", "int4"];

class Table {
  constructor(bb, pos) { this.bb = bb; this.pos = pos; }
  offset(field) { return this.bb.__offset(this.pos, 4 + 2 * field); }
  uint(field, fallback = 0) { const o = this.offset(field); return o ? this.bb.readUint32(this.pos + o) : fallback; }
  int8(field, fallback = 0) { const o = this.offset(field); return o ? this.bb.readInt8(this.pos + o) : fallback; }
  int32(field, fallback = 0) { const o = this.offset(field); return o ? this.bb.readInt32(this.pos + o) : fallback; }
  string(field) { const o = this.offset(field); return o ? this.bb.__string(this.pos + o) : null; }
  tables(field) {
    const o = this.offset(field);
    if (!o) return [];
    const start = this.bb.__vector(this.pos + o);
    return Array.from({ length: this.bb.__vector_len(this.pos + o) },
      (_, i) => new Table(this.bb, this.bb.__indirect(start + 4 * i)));
  }
  ints(field) {
    const o = this.offset(field);
    if (!o) return [];
    const start = this.bb.__vector(this.pos + o);
    return Array.from({ length: this.bb.__vector_len(this.pos + o) }, (_, i) => this.bb.readInt32(start + 4 * i));
  }
  bytes(field) {
    const o = this.offset(field);
    if (!o) return null;
    const start = this.bb.__vector(this.pos + o);
    return this.bb.bytes().subarray(start, start + this.bb.__vector_len(this.pos + o));
  }
}

export function readTflite(bytes) {
  const bb = new ByteBuffer(bytes);
  const model = new Table(bb, bb.readInt32(bb.position()) + bb.position());
  const buffers = model.tables(4);
  const subgraphs = model.tables(2).map((sg) => {
    const tensors = sg.tables(0).map((t) => ({
      name: t.string(3) || "", shape: t.ints(0), type: TYPES[t.int8(1)] || `type ${t.int8(1)}`,
    }));
    return {
      name: sg.string(4) || "", tensors,
      inputs: sg.ints(1).map((i) => tensors[i]), outputs: sg.ints(2).map((i) => tensors[i]),
      operators: sg.tables(3).length,
    };
  });
  const metadata = {};
  for (const m of model.tables(6)) {
    const buffer = buffers[m.uint(1)];
    const data = buffer && buffer.bytes(0);
    const name = m.string(0);
    if (name === "CONVERSION_METADATA" && data) {
      // conversion_metadata.fbs: ConversionMetadata.environment.tensorflow_version
      try {
        const inner = new ByteBuffer(data);
        const meta = new Table(inner, inner.readInt32(inner.position()) + inner.position());
        const o = meta.offset(0);
        if (o) {
          const environment = new Table(inner, inner.__indirect(meta.pos + o));
          metadata.tensorflow_version = environment.string(0) || "";
        }
      } catch (error) {
        // an older or newer layout: the version stays unknown
      }
    }
    if (name === "min_runtime_version" && data) {
      metadata[name] = new TextDecoder().decode(data).replace(/\0+$/, "");
    } else metadata[name] = data ? `${data.length} bytes` : "";
  }
  const customOps = model.tables(1).map((c) => c.string(1)).filter(Boolean);
  const signatures = model.tables(7).map((s) => {
    const graph = subgraphs[s.uint(4)] || subgraphs[0];
    const side = (field) => s.tables(field).map((m) => ({ key: m.string(0), ...graph.tensors[m.uint(1)] }));
    return { key: s.string(2) || "", inputs: side(0), outputs: side(1) };
  });
  return {
    schemaVersion: model.uint(0), description: model.string(3) || "", subgraphs, metadata,
    customOps, signatures,
  };
}
