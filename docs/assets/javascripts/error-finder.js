// The error finder: a reader pastes an error line, or a whole traceback, into the search box,
// and the troubleshooting entry for that error is offered first. Search ranks pages by word
// overlap, and a pasted error is mostly variable parts (paths, names, shapes, module prefixes);
// this strips them from the paste and from every entry's messages (assets/errors.json, made at
// build time from what the examples print), then ranks entries by the rare words they share.
(() => {
  const inBrowser = typeof document !== "undefined";
  // The site's root: this file is in assets/javascripts/.
  const base = inBrowser ? new URL("../../", document.currentScript.src) : null;
  const CLASS = /\b([A-Z]\w*(?:Error|Exception|Warning))\b/g;
  const HAS_CLASS = /\b[A-Z]\w*(?:Error|Exception|Warning)\b/;
  const STOP = new Set(("the and for with that this are was were has have had not but from into " +
    "its you your can use used when which while what will would should may been being than then " +
    "there their they them also any all one per out via see more most other some such only").split(" "));
  const MIN_SCORE = 0.5;
  let entries = null;

  // A whole traceback: the final error line decides (from the last exception class name on).
  const finalError = (text) => {
    let last = -1;
    for (const match of text.matchAll(CLASS)) last = match.index;
    return last > 0 ? text.slice(last) : text;
  };

  const words = (text) => text
    .replace(/\b(?:[a-z_]\w*\.)+(?=[A-Z]\w*(?:Error|Exception|Warning)\b)/g, " ") // module prefixes
    .replace(/\[\[[\s\S]*?\]\]/g, " ")          // TF1 node descriptions [[node save/RestoreV2 ...]]
    .replace(/\S*[/\\]\S*/g, " ")               // paths
    .replace(/0x[0-9a-f]+/gi, " ")              // addresses
    .replace(/\b[A-Za-z]\w*_\d+\b/g, " dupsuffix ") // w1_1, Adam_7: a name TF made unique
    .replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, (code) => code.replace(/_/g, " ")) // DATA_LOSS: a status
    .replace(/\b(?=\w*\d)\w+\b/g, " ")        // names with digits: w1, conv2d, 00000
    .replace(/\b\w+(?:\.\w+)+/g, " ")           // dotted names: model.ckpt, tf.train.Saver
    .replace(/([a-z])([A-Z])/g, "$1 $2")        // CamelCase names: their parts
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 2 && !STOP.has(word));

  const prepare = (data) => {
    const entries = data.map((entry) => ({ ...entry, forms: entry.messages.map((m) => new Set(words(m))) }));
    const documents = entries.flatMap((entry) => entry.forms);
    const df = new Map();
    for (const form of documents) for (const word of form) df.set(word, (df.get(word) || 0) + 1);
    entries.idf = (word) => Math.log(1 + documents.length / (df.get(word) || 0.5));
    return entries;
  };

  const load = async () => {
    entries = entries || prepare(await (await fetch(new URL("assets/errors.json", base))).json());
    return entries;
  };

  // Score of one message form: the share of its weight that the paste covers.
  const score = (form, pasted, idf) => {
    let total = 0, shared = 0;
    for (const word of form) {
      total += idf(word);
      if (pasted.has(word)) shared += idf(word);
    }
    return form.size >= 3 && total ? shared / total : 0;
  };

  // The entry with the message form that the paste covers most (at least half of it); on a tie,
  // the entry with the form most similar to the paste as a whole (cosine, rare words weigh more):
  // the more specific entry.
  const best = (query, all) => {
    const pasted = new Set(words(finalError(query)));
    const norm = (set) => Math.sqrt([...set].reduce((sum, word) => sum + all.idf(word) ** 2, 0));
    const cosine = (form) => [...form].reduce((sum, word) => sum + (pasted.has(word) ? all.idf(word) ** 2 : 0), 0)
      / (norm(form) * norm(pasted) || 1);
    let found = null;
    for (const entry of all) {
      const covered = Math.max(...entry.forms.map((form) => score(form, pasted, all.idf)));
      const similar = Math.max(...entry.forms.map(cosine));
      if (covered >= MIN_SCORE && (!found || covered > found.covered ||
          (covered === found.covered && similar > found.similar))) {
        found = { entry, covered, similar };
      }
    }
    return found && found.entry;
  };

  const item = (href, title, text) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item error-finder";
    li.innerHTML = '<a class="md-search-result__link" tabindex="-1"><article class="md-search-result__article' +
      ' md-typeset"><h1></h1><p></p></article></a>';
    li.querySelector("a").href = href;
    li.querySelector("h1").textContent = title;
    li.querySelector("p").textContent = text;
    return li;
  };

  const looksLikeError = (query) => HAS_CLASS.test(query) || words(query).length >= 4;

  const update = async () => {
    const input = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    if (!input || !list) return;
    const query = input.value;
    if (!looksLikeError(query)) {
      list.querySelectorAll(".error-finder").forEach((old) => old.remove());
      return;
    }
    const match = best(query, await load());
    if (input.value !== query) return; // the reader typed on meanwhile
    const key = match ? match.location : "none";
    if (list.firstElementChild?.dataset.errorFinder === key) return;
    list.querySelectorAll(".error-finder").forEach((old) => old.remove());
    let found;
    if (match) {
      found = item(new URL(match.location, base).href, match.title, "Troubleshooting entry for this error");
    } else if (/(Error|Exception)\b/.test(query)) {
      found = item(new URL("troubleshooting/", base).href, "No entry matches this error",
        "The site has no entry for this message yet: see every error it covers, by message.");
    } else {
      return;
    }
    found.dataset.errorFinder = key;
    list.prepend(found);
  };

  const start = () => {
    const input = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    if (!input || !list) return;
    for (const event of ["input", "keyup", "paste"]) input.addEventListener(event, () => setTimeout(update));
    // Search redraws its list as results arrive: put the entry back on top each time.
    new MutationObserver(() => update()).observe(list, { childList: true });
    // The home page's "Paste your error" opens search (a label for Material's toggle): put the
    // cursor in the box, ready for the paste.
    for (const opener of document.querySelectorAll(".home-paste label[for=__search]")) {
      opener.addEventListener("click", () => setTimeout(() => input.focus(), 50));
    }
  };
  if (inBrowser) start();
  else module.exports = { prepare, best, words, finalError }; // to try the matcher in Node
})();
