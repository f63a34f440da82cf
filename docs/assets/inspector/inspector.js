// "What is this file?": the page's drop zone. Nothing is fetched until a file is chosen; then
// the readers (and their libraries) load from this site, and only after that are the files read.
// Nothing is sent anywhere.
const zone = document.querySelector("#inspector-drop");
const input = document.querySelector("#inspector-files");
const folder = document.querySelector("#inspector-folder");
const out = document.querySelector("#inspector-verdict");
const status = document.querySelector("#inspector-status");
let readers = null;

function say(message) {
  status.textContent = message;
}

async function entries(entry, path, found) {
  // A dropped folder: walk it (FileSystemEntry API) and keep each file's relative path.
  if (entry.isFile) {
    found.push({ path: path + entry.name, file: await new Promise((ok, no) => entry.file(ok, no)) });
  } else if (entry.isDirectory) {
    const reader = entry.createReader();
    let batch;
    do {
      batch = await new Promise((ok, no) => reader.readEntries(ok, no));
      for (const child of batch) await entries(child, `${path}${entry.name}/`, found);
    } while (batch.length);
  }
}

async function show(items) {
  if (!items.length) return;
  zone.dataset.state = "loading";
  say(`Loading the readers for ${items.length} file${items.length > 1 ? "s" : ""} (from this site, once)…`);
  try {
    if (!readers) {
      readers = await import("./readers.js");
      await readers.ready();
    }
    performance.mark("inspector-reading");
    zone.dataset.state = "reading";
    say("Reading…");
    const sections = await readers.inspect(items);
    out.replaceChildren(...sections);
    zone.dataset.state = "done";
    const titles = sections.map((s) => s.querySelector("h3").textContent);
    // The live region announces the verdict, one sentence a file; the details follow it, one
    // heading each (not live: a screen reader would read every table aloud).
    say(`${titles.join(". ")}. Details below.`);
  } catch (error) {
    zone.dataset.state = "error";
    say(`Could not read: ${error.message}`);
  }
}

const fromList = (list) => Array.from(list, (file) => ({ path: file.webkitRelativePath || file.name, file }));

input.addEventListener("change", () => show(fromList(input.files)));
if (folder) folder.addEventListener("change", () => show(fromList(folder.files)));
zone.addEventListener("dragover", (event) => {
  event.preventDefault();
  zone.classList.add("inspector-over");
});
zone.addEventListener("dragleave", () => zone.classList.remove("inspector-over"));
zone.addEventListener("drop", async (event) => {
  event.preventDefault();
  zone.classList.remove("inspector-over");
  const items = Array.from(event.dataTransfer.items || []).map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry());
  if (items.length && items.every(Boolean)) {
    const found = [];
    for (const entry of items) await entries(entry, "", found);
    show(found);
  } else show(fromList(event.dataTransfer.files));
});
