// HDF5 files (legacy Keras .h5 models and weights, Keras 3 .weights.h5), read with h5wasm,
// the HDF5 C library compiled to WebAssembly.
import h5wasm from "./vendor/h5wasm/hdf5_hl.js";

let FS = null;
let counter = 0;

export async function load() {
  if (!FS) FS = (await h5wasm.ready).FS;
}

function value(attr) {
  try {
    const v = attr.value;
    if (v && typeof v === "object" && !Array.isArray(v) && typeof v.length === "number") return Array.from(v);
    return v;
  } catch (error) {
    return undefined;
  }
}

function attrs(node) {
  const out = {};
  for (const [k, a] of Object.entries(node.attrs || {})) out[k] = value(a);
  return out;
}

function dtypeOf(dataset) {
  const m = dataset.metadata;
  if (m.type === 1) return `float${m.size * 8}`; // H5T_FLOAT
  if (m.type === 0) return `${m.signed ? "int" : "uint"}${m.size * 8}`; // H5T_INTEGER
  if (m.type === 3) return "string";
  return String(dataset.dtype);
}

// Every dataset of the file: [{path, shape, dtype, parentAttrs}]
function walk(file) {
  const out = [];
  const visit = (group, path) => {
    for (const key of group.keys()) {
      const child = group.get(key);
      const full = path ? `${path}/${key}` : key;
      if (child instanceof h5wasm.Group) visit(child, full);
      else if (child instanceof h5wasm.Dataset) {
        out.push({ path: full, shape: Array.from(child.shape || []), dtype: dtypeOf(child), parent: group });
      }
    }
  };
  visit(file, "");
  return out;
}

export function readHdf5(bytes) {
  const name = `/inspect-${++counter}.h5`;
  FS.writeFile(name, bytes);
  const file = new h5wasm.File(name, "r");
  try {
    const root = attrs(file);
    const datasets = walk(file).map((d) => {
      const parentAttrs = attrs(d.parent);
      delete d.parent;
      return { ...d, parentAttrs };
    });
    const groups = file.keys();
    let layout = "unknown";
    let weights = [];
    if (groups.includes("model_weights") || "layer_names" in root) {
      // Keras 2 (tf.keras / tf_keras) legacy HDF5: each layer group names its weights.
      layout = groups.includes("model_weights") ? "keras2-model" : "keras2-weights";
      const top = layout === "keras2-model" ? file.get("model_weights") : file;
      const topAttrs = attrs(top);
      for (const layer of topAttrs.layer_names || []) {
        const group = top.get(layer);
        if (!group) continue;
        for (const weight of attrs(group).weight_names || []) {
          const ds = group.get(weight);
          if (!ds) continue;
          weights.push({ layer, name: weight, shape: Array.from(ds.shape || []), dtype: dtypeOf(ds) });
        }
      }
      if (!root.keras_version && topAttrs.keras_version) root.keras_version = topAttrs.keras_version;
      if (!root.backend && topAttrs.backend) root.backend = topAttrs.backend;
    } else if (groups.includes("layers") || groups.includes("vars")) {
      // Keras 3 `.weights.h5`: layers/<path>/vars/<i>, each `vars` group names its layer.
      layout = "keras3-weights";
      weights = datasets.filter((d) => !d.path.startsWith("optimizer/")).map((d) => ({
        layer: d.parentAttrs.name || "", name: d.path, shape: d.shape, dtype: d.dtype,
      }));
    }
    const optimizer = datasets.filter((d) => d.path.startsWith("optimizer")).length;
    return { root, layout, weights, datasets: datasets.length, optimizer, groups };
  } finally {
    file.close();
    FS.unlink(name);
  }
}
