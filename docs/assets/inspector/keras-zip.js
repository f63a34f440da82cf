// Keras `.keras` files: a zip (read with fflate) of config.json, metadata.json and
// model.weights.h5 (read with h5wasm).
import { unzipSync, strFromU8 } from "./vendor/fflate/browser.js";
import { readHdf5 } from "./hdf5.js";

export function readZip(bytes) {
  const entries = unzipSync(bytes);
  const names = Object.keys(entries).sort();
  const json = (name) => (entries[name] ? JSON.parse(strFromU8(entries[name])) : null);
  const out = { names, metadata: json("metadata.json"), config: json("config.json") };
  if (entries["model.weights.h5"]) out.weights = readHdf5(entries["model.weights.h5"]);
  // A Keras 2.12-2.15 `.keras` has the same layout; its metadata names a 2.x version.
  return out;
}
