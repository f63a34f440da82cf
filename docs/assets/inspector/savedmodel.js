// saved_model.pb (SavedModel), .meta (MetaGraphDef) and frozen .pb (GraphDef), decoded with
// protobuf.js and TensorFlow's own message definitions.
import { decode, shapeOf } from "./protobuf.js";

function tensorInfo(info) {
  return { name: info.name || "", dtype: info.dtype || "DT_INVALID", shape: shapeOf(info.tensor_shape) };
}

function signatures(metaGraph) {
  const out = {};
  for (const [key, sig] of Object.entries(metaGraph.signature_def || {})) {
    const side = (m) => Object.fromEntries(Object.entries(m || {}).map(([k, v]) => [k, tensorInfo(v)]));
    out[key] = { inputs: side(sig.inputs), outputs: side(sig.outputs), method: sig.method_name || "" };
  }
  return out;
}

function objectGraphFacts(metaGraph) {
  // Who wrote it: the user objects of the object graph name Keras classes, or none.
  const nodes = (metaGraph.object_graph_def && metaGraph.object_graph_def.nodes) || [];
  const identifiers = new Set();
  const classes = new Set();
  for (const node of nodes) {
    const user = node.user_object;
    if (!user) continue;
    identifiers.add(user.identifier || "");
    const found = /"class_name":\s*"([^"]+)"/.exec(user.metadata || "");
    if (found) classes.add(found[1]);
  }
  return { identifiers: [...identifiers].sort(), classes: [...classes].sort(), objects: nodes.length };
}

function metaGraphFacts(metaGraph) {
  const info = metaGraph.meta_info_def || {};
  const ops = new Set();
  const variables = [];
  for (const node of (metaGraph.graph_def && metaGraph.graph_def.node) || []) {
    ops.add(node.op);
    if (/^(VariableV2|Variable|VarHandleOp)$/.test(node.op)) {
      const attr = node.attr || {};
      variables.push({
        name: node.name, dtype: (attr.dtype && attr.dtype.type) || "DT_INVALID",
        shape: shapeOf(attr.shape && attr.shape.shape) || [],
      });
    }
  }
  return {
    tags: (info.tags || []).slice().sort(), tensorflow_version: info.tensorflow_version || "",
    tensorflow_git_version: info.tensorflow_git_version || "", signatures: signatures(metaGraph),
    ops: [...ops].sort(), variables, collections: Object.keys(metaGraph.collection_def || {}).sort(),
    saver: Boolean(metaGraph.saver_def), ...objectGraphFacts(metaGraph),
  };
}

export function readSavedModel(bytes) {
  const saved = decode("tensorflow.SavedModel", bytes);
  if (!saved.meta_graphs || !saved.meta_graphs.length) throw new Error("no MetaGraphDef");
  return { schema: saved.saved_model_schema_version || 0, metaGraphs: saved.meta_graphs.map(metaGraphFacts) };
}

export function readMetaGraph(bytes) {
  const meta = decode("tensorflow.MetaGraphDef", bytes);
  if (!meta.meta_info_def && !meta.graph_def) throw new Error("not a MetaGraphDef");
  return metaGraphFacts(meta);
}

export function readGraphDef(bytes) {
  const graph = decode("tensorflow.GraphDef", bytes);
  const nodes = graph.node || [];
  if (!nodes.length || nodes.some((n) => !n.op || !/^[A-Za-z][\w>]*$/.test(n.op))) {
    throw new Error("not a GraphDef");
  }
  const placeholders = nodes.filter((n) => n.op === "Placeholder").map((n) => ({
    name: n.name, dtype: (n.attr && n.attr.dtype && n.attr.dtype.type) || "DT_INVALID",
    shape: shapeOf(n.attr && n.attr.shape && n.attr.shape.shape),
  }));
  return {
    nodes: nodes.length, ops: [...new Set(nodes.map((n) => n.op))].sort(), placeholders,
    producer: (graph.versions && graph.versions.producer) || 0,
    functions: ((graph.library && graph.library.function) || []).length,
    variables: nodes.filter((n) => /^(VariableV2|VarHandleOp)$/.test(n.op)).length,
  };
}

// A .pb: which of the three is it? SavedModel starts with field 1 as a varint (tag 0x08)
// and field 2 as messages; MetaGraphDef and GraphDef both start with field 1 as a message.
export function readProtobuf(name, bytes) {
  const leaf = name.split("/").pop();
  const attempts = leaf === "saved_model.pb" || bytes[0] === 0x08 || bytes[0] === 0x12
    ? ["savedmodel", "meta", "graph"]
    : leaf.endsWith(".meta") ? ["meta", "graph", "savedmodel"] : ["graph", "meta", "savedmodel"];
  for (const kind of attempts) {
    try {
      if (kind === "savedmodel") return { kind, ...readSavedModel(bytes) };
      if (kind === "meta") {
        const meta = readMetaGraph(bytes);
        if (meta.tensorflow_version || meta.ops.length) return { kind, ...meta };
      }
      if (kind === "graph") return { kind, ...readGraphDef(bytes) };
    } catch (error) {
      // try the next reading
    }
  }
  return { kind: "undecodable" };
}
