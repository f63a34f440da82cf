// Loaded on the first file: every reader and its library, fetched before any byte is read.
// inspect(files) groups the files that belong together and returns one verdict per thing.
import { sniff, DATA_SHARD, text } from "./sniff.js";
import { load as loadProtos, dtypeName } from "./protobuf.js";
import { load as loadHdf5, readHdf5 } from "./hdf5.js";
import { readZip } from "./keras-zip.js";
import { readIndex, readState } from "./checkpoint.js";
import { readProtobuf } from "./savedmodel.js";
import { readTflite } from "./tflite.js";
import * as v from "./verdict.js";

const { el, render, LINKS } = v;
const code = (t) => el("code", {}, t);
const link = (key, label) => el("a", { href: LINKS[key] }, label);
const shapeText = (s) => (s === null ? "unknown rank" : `(${s.map((d) => (d < 0 ? "None" : d)).join(", ")}${s.length === 1 ? "," : ""})`);

export async function ready() {
  await Promise.all([loadProtos(), loadHdf5()]);
}

const dirname = (p) => (p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
const basename = (p) => p.slice(p.lastIndexOf("/") + 1);

function shardReport(prefix, index, files) {
  const present = new Set(files.filter((f) => f.sniffed.kind === "shard").map((f) => f.path));
  const expected = index.shards.map((s) => prefix + s);
  const missing = expected.filter((p) => !present.has(p));
  const used = new Set([...index.variables.map((x) => x.shard), ...index.slices]);
  const list = el("ul", { class: "inspector-shards" }, expected.map((p, i) => el("li", {
    "data-shard": basename(p), "data-present": String(present.has(p)),
  }, code(basename(p)), present.has(p) ? " dropped" : files.some((f) => f.path === p) ? " dropped, but not a data shard (below)" : " missing",
  used.has(i) ? "" : " (holds no variable)")));
  return { list, missing };
}

function checkpointReport(group) {
  const { prefix, index, files, state, meta, sniffedIndex } = group;
  const name = basename(prefix);
  if (sniffedIndex.problems.includes("bad-index")) {
    return v.truncatedReport(`${name}.index`, { kind: "table" }, group.indexSize);
  }
  const { list, missing } = shardReport(prefix, index, files);
  const tf2 = index.variables.some((x) => x.name === "_CHECKPOINTABLE_OBJECT_GRAPH");
  const facts = [
    ["Prefix", code(name)],
    ["Style", tf2 ? ["TF2, object-based (", code("tf.train.Checkpoint"), "): keys are object paths"]
      : ["TF1, name-based (", code("tf.compat.v1.train.Saver"), "): keys are variable names"]],
    ["Written by", ["TensorFlow (the tensor bundle records no version; format version ", String((index.header.version && index.header.version.producer) || 1), ")"]],
    ["Shards", `${index.shards.length} .data file${index.shards.length > 1 ? "s" : ""} expected`],
  ];
  if (state) facts.push(["checkpoint file", ["latest ", code(state.latest || "(none)")]]);
  if (meta) facts.push([".meta", ["graph from TensorFlow ", meta.tensorflow_version || "?"]]);
  const sections = [el("p", {}, "The .index expects these shards:"), list, v.variableTable(index.variables)];
  const load = tf2
    ? [code("tf.train.Checkpoint(...).read(prefix)"), " with the same objects, or ", code("tf.train.load_checkpoint(prefix)"), " to read tensors (",
      link("checkpointRead", "Reading a checkpoint"), ", ", link("filesIndex", "the .index table"), ")."]
    : [meta ? [code("tf.compat.v1.train.import_meta_graph"), " then ", code("saver.restore"), " ("] : [code("tf.compat.v1.train.Saver"), " in a rebuilt graph ("],
      link("saverImport", "Importing a pre-trained model"), "), or into TF2 code: ", link("migration", "Loading a TF1 checkpoint from TF2"), "."];
  const fails = [];
  if (missing.length) {
    fails.push(el("span", { class: "inspector-missing" }, `${missing.length} of the shards the .index expects ${missing.length > 1 ? "are" : "is"} not among the dropped files: `,
      missing.map((p, i) => [i ? ", " : "", code(basename(p))]),
      `. If the folder really lacks ${missing.length > 1 ? "them" : "it"}, restoring fails: `, link("errIncomplete", "a checkpoint copied without all its files"), ". "));
  }
  if (state && state.latest && /^(\/|[A-Za-z]:[\\/])/.test(state.latest)) {
    fails.push(el("span", {}, "the ", code("checkpoint"), " file records an absolute path: moved to another folder or machine, ",
      code("tf.train.latest_checkpoint"), " can find nothing (", link("errMovedFolder", "latest_checkpoint returns None after the folder moved"), "). "));
  }
  if (!tf2 && !meta) fails.push(el("span", {}, "no .meta dropped: ", code("import_meta_graph"), " needs it (", link("errMissingMeta", "File does not exist"), "). "));
  if (meta) fails.push(el("span", {}, code("import_meta_graph"), " needs graph mode (", link("errMetaEager", "not supported when eager execution is enabled"), "). "));
  return render({ kind: "checkpoint", title: `${name}: a TensorFlow checkpoint (${tf2 ? "TF2" : "TF1"})`,
    summary: [`An .index of ${index.variables.length} keys, each pointing into a .data shard.`], facts, sections, load, fails });
}

function metaGraphFacts(mg) {
  return [["Written by", [`TensorFlow ${mg.tensorflow_version || "(not recorded)"}`, " (", code("meta_info_def.tensorflow_version"), mg.tensorflow_git_version ? [", git ", code(mg.tensorflow_git_version)] : "", ")"]]];
}

function savedModelReport(group) {
  const { dir, saved, index, files, kerasMetadata } = group;
  const mgs = saved.metaGraphs;
  const facts = [...metaGraphFacts(mgs[0])];
  facts.push(["Tag sets", mgs.map((m, i) => [i ? "; " : "", el("span", { class: "inspector-tags", "data-tags": m.tags.join(",") }, code(m.tags.join(", ") || "(none)"))])]);
  const keras2 = kerasMetadata || mgs.some((m) => m.identifiers.some((id) => /^_tf_keras/.test(id)));
  const sigKeys = Object.keys(mgs[0].signatures);
  const exported = sigKeys.includes("serve") && sigKeys.includes("serving_default");
  facts.push(["Made by", keras2 ? ["Keras 2: ", code("model.save()"), " in SavedModel format (", kerasMetadata ? [code("keras_metadata.pb"), ", "] : "", "object graph's ", code("_tf_keras_*"), " objects)"]
    : exported ? ["most likely Keras 3's ", code("model.export()"), " (signatures ", code("serve"), " and ", code("serving_default"), ")"]
      : [code("tf.saved_model.save"), " (no Keras objects in its object graph)"]]);
  const sections = [];
  for (const m of mgs) {
    const block = el("div", { class: "inspector-metagraph", "data-tags": m.tags.join(",") });
    block.append(el("p", {}, "Tags ", code(m.tags.join(", ") || "(none)"), `: ${Object.keys(m.signatures).length} signature keys.`));
    block.append(sigBlock(m.signatures));
    sections.push(block);
  }
  let missing = [];
  if (index) {
    const s = shardReport(`${dir ? dir + "/" : ""}variables/variables`, index, files);
    missing = s.missing;
    sections.push(el("p", {}, "variables/: the .index expects these shards:"), s.list, v.variableTable(index.variables));
  } else {
    sections.push(el("p", {}, "No ", code("variables/variables.index"), " dropped: pick the whole folder to see the variables."));
  }
  const load = keras2
    ? [code("tf_keras.models.load_model(dir)"), " for the Keras model; in Keras 3, ", code("keras.layers.TFSMLayer(dir, call_endpoint='serving_default')"),
      " (", link("keras2SavedModel", "SavedModel folders"), ")."]
    : [code("tf.saved_model.load(dir)"), " and its ", code(".signatures"), " (", link("savedModelLoad", "Loading it back"), ", ", link("savedModelCli", "saved_model_cli"),
      "); in Keras 3, ", code("keras.layers.TFSMLayer"), " (", link("kerasExport", "model.export() and TFSMLayer"), ")."];
  const fails = [el("span", {}, code("keras.saving.load_model(dir)"), " in Keras 3: ", link("errLoadModelSavedModel", "File format not supported"), ". ")];
  if (!keras2) fails.push(el("span", {}, "the loaded object has no ", code(".predict"), ": ", link("errUserObject", "'_UserObject' object has no attribute 'predict'"), ". "));
  if (!sigKeys.includes("serving_default")) fails.push(el("span", {}, "no ", code("serving_default"), " signature: ", link("errSignatureKey", "KeyError: 'serving_default'"), ". "));
  if (missing.length) fails.push(el("span", { class: "inspector-missing" }, "missing variable shards: ", missing.map((p, i) => [i ? ", " : "", code(basename(p))]), " (", link("errIncomplete", "incomplete copy"), "). "));
  return render({ kind: "savedmodel", title: `${dir || "saved_model.pb"}: a SavedModel`,
    summary: [`A TensorFlow program: ${mgs.length} MetaGraph${mgs.length > 1 ? "s" : ""}, its functions and its signatures; the weights live in variables/.`],
    facts, sections, load, fails });
}

function sigBlock(sigs) {
  const keys = Object.keys(sigs).sort();
  return el("div", { class: "inspector-signatures" }, keys.map((key) => {
    const sig = sigs[key];
    const rows = (side, entries) => Object.entries(entries).sort().map(([k, t]) => el("tr", {
      class: "inspector-tensor", "data-side": side, "data-key": k, "data-name": t.name,
      "data-dtype": t.dtype, "data-shape": JSON.stringify(t.shape),
    }, el("td", {}, side), el("td", {}, code(k)), el("td", {}, `${dtypeName(t.dtype)} ${shapeText(t.shape)}`)));
    return el("details", { class: "inspector-list", open: key === "serving_default" ? "" : false },
      el("summary", {}, "Signature ", code(key), sig.method ? ` (${sig.method.replace("tensorflow/serving/", "")})` : ""),
      el("table", { "data-signature": key, "data-method": sig.method },
        el("tbody", {}, rows("input", sig.inputs), rows("output", sig.outputs))));
  }));
}

function metaReport(name, mg, group) {
  const facts = [...metaGraphFacts(mg), ["Ops", `${mg.ops.length} distinct`], ["Saver", mg.saver ? "a SaverDef" : "none"]];
  if (mg.collections.length) facts.push(["Collections", mg.collections.map((c, i) => [i ? ", " : "", code(c)])]);
  const sections = [v.variableTable(mg.variables.map((x) => ({ ...x })), "Variables in the graph")];
  return render({ kind: "meta", title: `${name}: a TF1 MetaGraphDef (.meta)`,
    summary: ["The graph of a TF1 program, written by ", code("Saver.save"), group ? "; its checkpoint is read above." : ": the weights are in the checkpoint beside it."],
    facts, sections,
    load: [code("tf.compat.v1.train.import_meta_graph(path)"), " in graph mode, then restore the checkpoint (", link("saverImport", "Importing a pre-trained model"), ", ", link("filesMeta", "the .meta file"), ")."],
    fails: [el("span", {}, "in eager mode: ", link("errMetaEager", "not supported when eager execution is enabled"), "; an op this TensorFlow lacks: ", link("errOpNotRegistered", "Op type not registered"), ".")] });
}

function graphReport(name, g) {
  return render({ kind: "graphdef", title: `${name}: a GraphDef${g.variables ? "" : " (frozen: no variables)"}`,
    summary: ["A bare TensorFlow graph: ", g.variables ? `${g.variables} variable ops (not frozen)` : "the weights are constants inside it", "; no signatures, no version but the producer number."],
    facts: [["Written by", ["TensorFlow graph producer ", el("span", { class: "inspector-producer" }, String(g.producer)), " (", code("versions.producer"), ")"]],
      ["Nodes", el("span", { class: "inspector-nodes" }, String(g.nodes))], ["Functions", String(g.functions)]],
    sections: [
      el("p", {}, "Inputs (Placeholder nodes):"),
      el("ul", { class: "inspector-placeholders" }, g.placeholders.map((p) => el("li", { "data-name": p.name, "data-dtype": p.dtype, "data-shape": JSON.stringify(p.shape) },
        code(p.name), ` ${dtypeName(p.dtype)} ${shapeText(p.shape)}`))),
      v.el("details", { class: "inspector-list" }, el("summary", {}, `Ops: ${g.ops.length}`),
        el("p", { class: "inspector-ops", "data-ops": JSON.stringify(g.ops) }, g.ops.map((o, i) => [i ? ", " : "", code(o)]))),
    ],
    load: ["parse it into ", code("tf.compat.v1.GraphDef"), " and wrap it with ", code("tf.compat.v1.wrap_function"), " (", link("frozen", "Frozen graphs"), ")."],
    fails: [link("errDecode", "DecodeError: Error parsing message"), " if read as text or as a SavedModel; ", link("errOpNotRegistered", "Op type not registered"), " for ops this TensorFlow lacks."] });
}

function tfliteReport(name, t) {
  const sg = t.subgraphs[0] || { inputs: [], outputs: [], operators: 0 };
  const tensorItem = (side) => (x) => el("li", { class: "inspector-tensor", "data-side": side, "data-name": x.name, "data-shape": JSON.stringify(x.shape), "data-dtype": x.type },
    code(x.name), ` ${x.type} ${shapeText(x.shape)}`);
  const fails = [];
  const flex = t.customOps.filter((o) => /^Flex/.test(o));
  if (flex.length) fails.push(el("span", {}, `TF ops inside (${flex.join(", ")}): the plain interpreter lacks them (`, link("errFlex", "Select TensorFlow op(s)"), ")."));
  return render({ kind: "tflite", title: `${name}: a TensorFlow Lite model`,
    summary: [`A FlatBuffer (identifier TFL3), schema version ${t.schemaVersion}: ${t.subgraphs.length} subgraph${t.subgraphs.length > 1 ? "s" : ""}, ${sg.operators} operators.`],
    facts: [["Written by", [t.metadata.tensorflow_version ? ["TensorFlow ", el("span", { class: "inspector-tf-version" }, t.metadata.tensorflow_version), "'s converter (", code("CONVERSION_METADATA"), ")"] : "a TFLite converter (no version recorded)",
      t.description ? ["; description ", code(t.description)] : ""]],
      ["Runtime", t.metadata.min_runtime_version ? ["needs ", code(t.metadata.min_runtime_version), " or newer (", code("min_runtime_version"), ")"] : "not recorded"],
      ["Signatures", el("span", { class: "inspector-tflite-signatures", "data-keys": JSON.stringify(t.signatures.map((s) => s.key).sort()) }, t.signatures.map((s, i) => [i ? ", " : "", code(s.key)]))],
      ["Metadata", Object.keys(t.metadata).filter((k) => k !== "tensorflow_version").map((k, i) => [i ? ", " : "", code(k)])]],
    sections: [el("ul", { class: "inspector-io" }, sg.inputs.map(tensorItem("input")), sg.outputs.map(tensorItem("output")))],
    load: [code("tf.lite.Interpreter(model_path=path)"), " or LiteRT's ", code("ai_edge_litert"), " (", link("tflite", "Running it"), ")."],
    fails });
}

// ---- Grouping ------------------------------------------------------------------------

export async function inspect(items) {
  // items: [{path, file}] ; returns [section elements]
  const files = [];
  for (const { path, file } of items) {
    // A .data shard holds only raw tensor bytes (gigabytes, often): its name and size are
    // what the verdict uses, so only its first bytes are read.
    const part = DATA_SHARD.test(basename(path)) ? file.slice(0, 4096) : file;
    const bytes = new Uint8Array(await part.arrayBuffer());
    files.push({ path, bytes, size: file.size, sniffed: sniff(path, bytes) });
  }
  const used = new Set();
  const out = [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const safe = (fn, f) => {
    try { return fn(); } catch (error) { return v.unknownReport(f.path, f.size, `Could not be read as ${f.sniffed.kind}: ${error.message}`); }
  };

  // SavedModels: saved_model.pb with what sits beside it.
  for (const f of files) {
    if (basename(f.path) !== "saved_model.pb") continue;
    used.add(f);
    const dir = dirname(f.path);
    const prefix = `${dir ? dir + "/" : ""}variables/variables`;
    const idx = byPath.get(prefix + ".index");
    const group = { dir, files, saved: null, index: null };
    out.push(safe(() => {
      group.saved = readProtobuf(f.path, f.bytes);
      if (group.saved.kind !== "savedmodel") throw new Error("not a SavedModel message");
      if (idx) { used.add(idx); group.index = readIndex(idx.bytes); }
      for (const other of files) {
        if (dirname(other.path) === (dir ? dir + "/variables" : "variables") && other.sniffed.kind === "shard") used.add(other);
        if (dirname(other.path) === dir && /^(fingerprint|keras_metadata)\.pb$/.test(basename(other.path))) used.add(other);
      }
      group.kerasMetadata = byPath.has(`${dir ? dir + "/" : ""}keras_metadata.pb`);
      return savedModelReport(group);
    }, f));
  }
  // Checkpoints: each .index with its shards, the state file and the .meta of the same prefix.
  for (const f of files) {
    if (used.has(f) || f.sniffed.kind !== "table") continue;
    used.add(f);
    const prefix = f.path.slice(0, -".index".length);
    const group = { prefix, files, sniffedIndex: f.sniffed, indexSize: f.size };
    for (const other of files) {
      const m = DATA_SHARD.exec(other.path);
      // A shard that is really an LFS pointer or a web page gets its own verdict below.
      if (m && m[1] === prefix && other.sniffed.kind === "shard") used.add(other);
    }
    const stateFile = byPath.get(`${dirname(prefix) ? dirname(prefix) + "/" : ""}checkpoint`);
    if (stateFile && stateFile.sniffed.kind === "state") { used.add(stateFile); group.state = readState(text(stateFile.bytes)); }
    const metaFile = byPath.get(prefix + ".meta");
    if (f.sniffed.problems.includes("bad-index")) { out.push(checkpointReport(group)); continue; }
    out.push(safe(() => {
      group.index = readIndex(f.bytes);
      if (metaFile) {
        used.add(metaFile);
        const meta = readProtobuf(metaFile.path, metaFile.bytes);
        if (meta.kind === "meta") group.meta = meta;
        const report = checkpointReport(group);
        return group.meta ? [report, metaReport(basename(metaFile.path), group.meta, true)] : report;
      }
      return checkpointReport(group);
    }, f));
  }
  // Everything else, one by one.
  for (const f of files) {
    if (used.has(f)) continue;
    const name = f.path;
    const s = f.sniffed;
    const impostor = v.impostorReport(name, s, f.size);
    if (impostor) { out.push(impostor); continue; }
    if (s.problems.includes("truncated")) { out.push(v.truncatedReport(name, s, f.size)); continue; }
    if (s.kind === "hdf5") out.push(safe(() => v.hdf5Report(name, readHdf5(f.bytes), s.problems), f));
    else if (s.kind === "zip") out.push(safe(() => v.kerasZipReport(name, readZip(f.bytes), s.problems), f));
    else if (s.kind === "tflite") out.push(safe(() => tfliteReport(name, readTflite(f.bytes)), f));
    else if (s.kind === "pb") {
      out.push(safe(() => {
        const r = readProtobuf(name, f.bytes);
        if (r.kind === "meta") return metaReport(name, r, false);
        if (r.kind === "graph") return graphReport(name, r);
        if (r.kind === "savedmodel") return savedModelReport({ dir: dirname(name), saved: r, files, index: null });
        return v.unknownReport(name, f.size, "Not a SavedModel, MetaGraphDef or GraphDef: the bytes do not decode as any of them.");
      }, f));
    } else if (s.kind === "pbtxt") {
      const t = text(f.bytes);
      const nodes = (t.match(/^\s*node\s*\{/gm) || []).length;
      out.push(render({ kind: "pbtxt", title: `${name}: a text-format protobuf`,
        summary: [nodes ? `A text GraphDef with ${nodes} nodes.` : "Text-format protobuf (a SavedModel or MetaGraphDef as text)."],
        load: [code("google.protobuf.text_format.Parse(text, tf.compat.v1.GraphDef())"), " (", link("pbtxt", "Binary .pb or text .pbtxt"), ")."],
        fails: [link("errDecode", "DecodeError: Error parsing message"), " when read as binary."] }));
    } else if (s.kind === "shard") {
      out.push(render({ kind: "shard", title: `${name}: a checkpoint data shard`,
        summary: ["Raw tensor bytes, readable only through the .index of the same prefix: drop them together."],
        load: [link("filesData", "The .data shards")] }));
    } else if (s.kind === "state") {
      const st = readState(text(f.bytes));
      out.push(render({ kind: "state", title: `${name}: a checkpoint state file`,
        summary: ["Text naming the latest checkpoint: ", code(st.latest || "(none)"), `, and ${st.all.length} kept.`],
        load: [code("tf.train.latest_checkpoint(folder)"), " reads it (", link("filesState", "The checkpoint state file"), ")."] }));
    } else out.push(v.unknownReport(name, f.size));
  }
  return out.flat();
}
