// The verdict: what each file (or group of files) is, who wrote it, what it holds, how to load
// it today and what will fail, with links to the site's sections. Built with DOM calls only:
// nothing from a file is ever parsed as HTML.
import { BUILT_IN } from "./known-layers.js";
import { dtypeName } from "./protobuf.js";

// Relative to /what-is-this-file/. tests/test_inspector.py checks that each resolves.
export const LINKS = {
  keras: "../keras/#the-whole-model-keras",
  kerasWeights: "../keras/#weights-only-weightsh5",
  kerasCustom: "../keras/#custom-layers-that-survive-a-round-trip",
  kerasExport: "../keras/#for-serving-modelexport-and-tfsmlayer",
  keras2Table: "../keras2/#decision-table",
  keras2H5: "../keras2/#h5-files",
  keras2Keras: "../keras2/#keras-files-from-keras-2",
  keras2SavedModel: "../keras2/#savedmodel-folders",
  keras2Lambda: "../keras2/#lambda-layers",
  tfKeras: "../keras2/#tf-keras",
  safetyH5: "../safety/#legacy-h5-loaders",
  safetyKeras: "../safety/#keras-files-and-safe_mode",
  savedModelLoad: "../savedmodel/#loading-it-back",
  savedModelCli: "../serving/#cli",
  checkpointRead: "../checkpoint/#reading-a-checkpoint",
  filesIndex: "../files/#the-index-table-entry-by-entry",
  filesData: "../files/#the-data-shards",
  filesState: "../files/#the-checkpoint-state-file",
  filesMeta: "../files/#the-meta-file-a-metagraphdef",
  saverImport: "../saver/#import",
  migration: "../migration/#loading-a-tf1-checkpoint-from-tf2-code",
  frozen: "../serving/#frozen-graph",
  pbtxt: "../serving/#pb-vs-pbtxt",
  tflite: "../serving/#tflite-interpreter",
  errCustomClass: "../troubleshooting/keras/#custom-class-unknown",
  errLambdaH5: "../troubleshooting/keras2/#keras2-lambda-h5",
  errBatchInputShape: "../troubleshooting/keras2/#keras2-batch-input-shape",
  errTfOpLambda: "../troubleshooting/keras2/#tfoplambda-unknown",
  errFunctional: "../troubleshooting/keras2/#keras2-functional-module",
  errCompileMetric: "../troubleshooting/keras2/#h5-compile-metric-string",
  errSignature: "../troubleshooting/keras/#h5-file-signature",
  errTruncated: "../troubleshooting/keras/#h5-truncated",
  errKerasNotFound: "../troubleshooting/keras/#keras-file-not-found",
  errLoadModelSavedModel: "../troubleshooting/keras/#load-model-savedmodel",
  errUserObject: "../troubleshooting/savedmodel/#userobject-no-predict",
  errSignatureKey: "../troubleshooting/savedmodel/#signature-key-missing",
  errDecode: "../troubleshooting/savedmodel/#graphdef-decode-error",
  errOpNotRegistered: "../troubleshooting/savedmodel/#op-type-not-registered",
  errFlex: "../troubleshooting/savedmodel/#flex-delegate-missing",
  errIncomplete: "../troubleshooting/files/#incomplete-copy",
  errMovedFolder: "../troubleshooting/files/#moved-folder",
  errCouldntMatch: "../troubleshooting/files/#couldnt-match-files",
  errCorruptIndex: "../troubleshooting/files/#corrupted-index",
  errMissingMeta: "../troubleshooting/saver/#missing-meta",
  errMetaEager: "../troubleshooting/saver/#meta-graph-eager",
  errWeightsNotLoaded: "../troubleshooting/keras/#weights-objects-not-loaded",
};

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

const code = (t) => el("code", {}, t);
const link = (key, label) => el("a", { href: LINKS[key] }, label);
const shapeText = (s) => (s === null ? "unknown rank" : `(${s.map((d) => (d < 0 ? "None" : d)).join(", ")}${s.length === 1 ? "," : ""})`);

// A report: {title, kind, summary: [nodes], facts: [[label, nodes]], sections: [nodes],
//            load: [nodes], fails: [nodes]}
export function render(report) {
  const section = el("section", { class: "inspector-verdict", "data-kind": report.kind,
    "aria-label": report.title });
  section.append(el("h3", {}, report.title));
  if (report.summary) section.append(el("p", {}, report.summary));
  if (report.facts && report.facts.length) {
    section.append(el("dl", { class: "inspector-facts" },
      report.facts.map(([label, value]) => [el("dt", {}, label), el("dd", {}, value)])));
  }
  for (const part of report.sections || []) section.append(part);
  if (report.load && report.load.length) {
    section.append(el("p", { class: "inspector-load" }, el("strong", {}, "Load it: "), report.load));
  }
  const fails = (report.fails || []).flat(Infinity).filter(Boolean);
  if (fails.length && fails.every((f) => f instanceof Element && f.tagName === "SPAN")) {
    section.append(el("p", { class: "inspector-fails" }, el("strong", {}, "What fails:")),
      el("ul", { class: "inspector-fails-list" }, fails.map((f) => el("li", {}, capitalised(f)))));
  } else if (fails.length) {
    section.append(el("p", { class: "inspector-fails" }, el("strong", {}, "What fails: "), fails));
  }
  return section;
}

function capitalised(span) {
  const first = span.firstChild;
  if (first && first.nodeType === Node.TEXT_NODE) {
    first.textContent = first.textContent.charAt(0).toUpperCase() + first.textContent.slice(1);
  }
  return span;
}

function fold(summary, body, open = false) {
  return el("details", { class: "inspector-list", open: open ? "" : false }, el("summary", {}, summary), body);
}

function weightTable(weights, caption) {
  return fold(`${caption}: ${weights.length}`, el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Name"), el("th", {}, "Shape"), el("th", {}, "dtype"))),
    el("tbody", {}, weights.map((w) => el("tr", {
      class: "inspector-weight", "data-name": w.name, "data-layer": w.layer || "",
      "data-shape": JSON.stringify(w.shape), "data-dtype": w.dtype,
    }, el("td", {}, code(w.name)), el("td", {}, shapeText(w.shape)), el("td", {}, w.dtype))))));
}

export function variableTable(variables, caption = "Variables") {
  return fold(`${caption}: ${variables.length}`, el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Key"), el("th", {}, "Shape"), el("th", {}, "dtype"))),
    el("tbody", {}, variables.map((v) => el("tr", {
      class: "inspector-variable", "data-name": v.name, "data-shape": JSON.stringify(v.shape),
      "data-dtype": v.dtype, "data-shard": v.shard ?? "",
    }, el("td", {}, code(v.name)), el("td", {}, shapeText(v.shape)), el("td", {}, dtypeName(v.dtype)))))));
}

function layerList(layers) {
  return fold(`Layers: ${layers.length}`, el("ol", { class: "inspector-layers" },
    layers.map((l) => el("li", { "data-name": l.name, "data-class": l.className },
      code(l.name), ` (${l.className}${l.custom && !l.lambda ? ", custom" : ""}${l.lambda ? ": Python bytecode" : ""})`))), true);
}

function signatureBlock(sigs) {
  const keys = Object.keys(sigs).sort();
  return el("div", { class: "inspector-signatures" }, keys.map((key) => {
    const sig = sigs[key];
    const rows = (side, entries) => Object.entries(entries).sort().map(([k, t]) => el("tr", {
      class: "inspector-tensor", "data-side": side, "data-key": k, "data-name": t.name,
      "data-dtype": t.dtype, "data-shape": JSON.stringify(t.shape),
    }, el("td", {}, side), el("td", {}, code(k)), el("td", {}, `${dtypeName(t.dtype)} ${shapeText(t.shape)}`)));
    return fold(`Signature ${key}`, el("table", { "data-signature": key, "data-method": sig.method },
      el("tbody", {}, rows("input", sig.inputs), rows("output", sig.outputs))), key === "serving_default");
  }));
}

// ---- Keras configs -------------------------------------------------------------------

function configLayers(config) {
  if (!config) return { model: null, layers: [] };
  const model = config.class_name;
  const inner = config.config || {};
  let layers = (inner.layers || []).map((l) => {
    const cls = l.class_name || "?";
    const module = l.module;
    const custom = module ? !/^keras(\.|$)/.test(module) : !BUILT_IN.has(cls);
    return { name: (l.config && l.config.name) || l.name || "", className: cls, custom, module,
      registered: l.registered_name, lambda: cls === "Lambda", tfop: /^(TFOpLambda|SlicingOpLambda)$/.test(cls),
      config: l.config || {} };
  });
  if (model === "Sequential") layers = layers.filter((l) => l.className !== "InputLayer");
  return { model, layers, topCustom: config.module ? !/^keras(\.|$)/.test(config.module) : !BUILT_IN.has(model) };
}

function customNotes(layers, keras3) {
  const fails = [];
  const custom = layers.filter((l) => l.custom && !l.lambda);
  if (custom.length) {
    fails.push(el("span", { class: "inspector-custom" }, "custom classes ",
      custom.map((l, i) => [i ? ", " : "", code(l.registered || l.className)]),
      ` must be importable (registered, or passed in custom_objects): `, link("errCustomClass", "Could not locate class"),
      ", ", link("kerasCustom", "custom layers"), ". "));
  }
  const lambdas = layers.filter((l) => l.lambda);
  if (lambdas.length) {
    fails.push(el("span", { class: "inspector-lambda" }, "Lambda layers ",
      lambdas.map((l, i) => [i ? ", " : "", code(l.name)]),
      " hold marshalled Python bytecode: Keras 3 runs them only with safe_mode=False, for a file you trust, in the Python version that saved it (",
      link("errLambdaH5", "the Lambda error"), ", ", link(keras3 ? "safetyKeras" : "keras2Lambda", keras3 ? "safe_mode" : "Lambda layers"), "). "));
  }
  if (layers.some((l) => l.tfop)) {
    fails.push(el("span", {}, "TFOpLambda layers (TF functions called on Keras tensors in Keras 2) have no Keras 3 class: ",
      link("errTfOpLambda", "Unknown layer: 'TFOpLambda'"), ". "));
  }
  return fails;
}

// ---- Reports per format --------------------------------------------------------------

export function kerasZipReport(file, zip, problems) {
  const meta = zip.metadata || {};
  const version = meta.keras_version || "";
  const keras3 = /^3\./.test(version);
  const { model, layers } = configLayers(zip.config);
  const facts = [
    ["Written by", [`Keras ${version || "(no version recorded)"}`, " (", code("metadata.json"), ": ", code("keras_version"), ")"]],
    ["Saved on", meta.date_saved || "not recorded"],
    ["Model", model ? code(model) : "no config.json"],
    ["Zip members", zip.names.map((n, i) => [i ? ", " : "", code(n)])],
  ];
  const sections = [layerList(layers)];
  if (zip.weights) sections.push(weightTable(zip.weights.weights, "Weights (model.weights.h5)"));
  const load = keras3
    ? [code("keras.saving.load_model(path)"), " in Keras 3 (", link("keras", "The whole model: .keras"), ")."]
    : [code("tf_keras.models.load_model(path)"), " for a Keras 2 .keras file, or rebuild in Keras 3 (",
      link("keras2Keras", ".keras files from Keras 2"), ")."];
  const fails = customNotes(layers, keras3);
  if (problems.includes("zip-named-h5")) {
    fails.unshift(el("span", { class: "inspector-impostor" }, "it is named .h5 but it is a .keras zip: h5py and tf_keras's HDF5 loader fail on it (",
      link("errSignature", "file signature not found"), "); rename it to .keras. "));
  }
  if (!keras3 && version && model === "Functional") {
    fails.push(el("span", {}, "Keras 3 cannot read a Keras 2 Functional model's .keras config: ", link("errFunctional", "Could not deserialize class 'Functional'"), "; load it in tf_keras and save .h5. "));
  }
  if (!keras3 && version && layers.some((l) => l.className !== "InputLayer" && l.config.batch_input_shape)) {
    fails.push(el("span", {}, "its first layer carries Keras 2's ", code("batch_input_shape"), ": ", link("errBatchInputShape", "Unrecognized keyword arguments"), "; load it in tf_keras and save .h5. "));
  }
  if (!keras3 && version) fails.push(el("span", {}, "Keras 3 reads Keras 2 .keras files only partly: ", link("keras2Table", "which files load"), ". "));
  return render({ kind: "keras", title: `${file}: a Keras ${keras3 ? "3" : version.split(".")[0] || ""} .keras file (zip)`,
    summary: [`A whole model: its architecture (config.json)${zip.weights ? `, its weights${zip.weights.optimizer ? " and optimizer state" : ""} (model.weights.h5)` : ""}.`],
    facts, sections, load, fails });
}

export function hdf5Report(file, h5, problems) {
  const root = h5.root;
  const version = root.keras_version || "";
  const facts = [];
  facts.push(["Written by", version
    ? [`Keras ${version}`, root.backend ? ` (backend ${root.backend})` : "", ": HDF5 attributes ", code("keras_version"), " and ", code("backend")]
    : ["not recorded: Keras 3's ", code(".weights.h5"), " stores no version"]]);
  const sections = [];
  let title, summary, load, fails = [];
  if (h5.layout === "keras2-model") {
    const config = typeof root.model_config === "string" ? JSON.parse(root.model_config) : null;
    const { model, layers } = configLayers(config);
    title = `${file}: a legacy Keras ${version.split(".")[0] || "2"} HDF5 model`;
    summary = ["A whole model from ", code("model.save('….h5')"), " in Keras 2 (tf.keras or tf_keras): the architecture as JSON in the ",
      code("model_config"), " attribute, weights under ", code("model_weights"), root.training_config ? ", and the compile settings" : "", "."];
    facts.push(["Model", model ? code(model) : "no model_config"]);
    facts.push(["Optimizer state", h5.groups.includes("optimizer_weights") ? "saved" : "not saved"]);
    sections.push(layerList(layers));
    sections.push(weightTable(h5.weights, "Weights"));
    load = [code("keras.saving.load_model(path)"), " in Keras 3 reads many of these (", link("keras2H5", ".h5 files"),
      "); ", code("tf_keras.models.load_model"), " reads all (", link("tfKeras", "tf_keras"), ", ", link("safetyH5", "two loaders"), ")."];
    fails = customNotes(layers, false);
    const training = typeof root.training_config === "string" ? JSON.parse(root.training_config) : null;
    const loss = training && training.loss;
    if (typeof loss === "string" && !loss.includes(".") && loss.length <= 5) {
      fails.push(el("span", {}, "it was compiled with the short loss name ", code(loss), ": Keras 3 loads it only with ",
        code("compile=False"), " (", link("errCompileMetric", "not a KerasSaveable subclass"), "). "));
    }
  } else if (h5.layout === "keras2-weights") {
    title = `${file}: legacy Keras ${version.split(".")[0] || "2"} HDF5 weights`;
    summary = ["Weights only, from ", code("model.save_weights('….h5')"), " in Keras 2, stored by layer name."];
    sections.push(weightTable(h5.weights, "Weights"));
    load = ["build the same model, then ", code("model.load_weights(path)"), " (", link("keras2H5", ".h5 files"), ")."];
  } else if (h5.layout === "keras3-weights") {
    title = `${file}: Keras 3 weights (.weights.h5)`;
    summary = ["Weights only, from ", code("model.save_weights('….weights.h5')"), " in Keras 3: stored by position under each layer's path, not by name",
      h5.optimizer ? `, with the optimizer's ${h5.optimizer} variables` : "", "."];
    sections.push(weightTable(h5.weights, "Weights"));
    load = ["build the same model in Keras 3, then ", code("model.load_weights(path)"), " (", link("kerasWeights", "Weights only"), ")."];
    fails.push(el("span", {}, "a model whose layers differ in number or order: ", link("errWeightsNotLoaded", "objects could not be loaded"), ". "));
  } else {
    title = `${file}: an HDF5 file, not one Keras wrote`;
    summary = [`HDF5, with top-level groups ${h5.groups.join(", ") || "(none)"}: no Keras layout found.`];
  }
  if (problems.includes("hdf5-named-keras")) {
    fails.unshift(el("span", { class: "inspector-impostor" }, "it is named .keras but it is HDF5: Keras 3 expects a zip under that name (",
      link("errKerasNotFound", "not an accessible .keras zip"), "); rename it to .h5. "));
  }
  return render({ kind: "hdf5", title, summary, facts, sections, load, fails });
}

export function impostorReport(file, sniffed, size) {
  if (sniffed.kind === "lfs") {
    return render({ kind: "lfs", title: `${file}: a Git LFS pointer, not the model`,
      summary: ["Three lines of text that Git left in place of the file: the clone was made without Git LFS, or the download link served the pointer."],
      facts: [["Real file", [sniffed.size ? `${sniffed.size.toLocaleString("en")} bytes, ` : "", "sha256 ", code(sniffed.oid || "?")]], ["This file", `${size} bytes`]],
      load: ["run ", code("git lfs install"), " then ", code("git lfs pull"), " in the clone, or download the file itself."],
      fails: [link("errSignature", "Unable to synchronously open file (file signature not found)"), " in h5py; ", link("errDecode", "Error parsing message"), " for a .pb."] });
  }
  if (sniffed.kind === "html") {
    return render({ kind: "html", title: `${file}: a web page, not the model`,
      summary: ["An HTML page saved under the model's name: the link was to the page that shows the file, not to the file", sniffed.title ? [" (its title: ", code(sniffed.title), ")"] : "", "."],
      load: ["download the raw file (on GitHub: the ", el("em", {}, "Download raw file"), " button or a ", code("/raw/"), " URL)."],
      fails: [link("errSignature", "file signature not found"), " for .h5; ", link("errDecode", "Error parsing message"), " for .pb."] });
  }
  if (sniffed.kind === "empty") {
    return render({ kind: "empty", title: `${file}: an empty file`, summary: ["0 bytes: the download or copy did not finish."] });
  }
  return null;
}

export function truncatedReport(file, sniffed, size) {
  const what = sniffed.kind === "hdf5" ? "HDF5" : sniffed.kind === "zip" ? "zip (.keras)" : "checkpoint index";
  const expected = sniffed.kind === "hdf5" && sniffed.eof > 0 ? [["Expected size", `${sniffed.eof.toLocaleString("en")} bytes (the superblock's end-of-file address)`]] : [];
  return render({ kind: "truncated", title: `${file}: a truncated ${what} file`,
    summary: ["The file stops before its end: a download or copy cut short."],
    facts: [...expected, ["This file", `${size.toLocaleString("en")} bytes`]],
    load: ["copy or download it again, whole, and compare sizes or checksums."],
    fails: [sniffed.kind === "hdf5" ? link("errTruncated", "Unable to synchronously open file (truncated file)")
      : sniffed.kind === "zip" ? link("errKerasNotFound", "not an accessible .keras zip") : link("errCorruptIndex", "not an sstable (bad magic number)")] });
}

export function unknownReport(file, size, reason) {
  return render({ kind: "unknown", title: `${file}: not recognised`,
    summary: [reason || `${size.toLocaleString("en")} bytes that match none of the formats this page reads.`] });
}
