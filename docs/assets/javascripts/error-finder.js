// The error finder: a reader pastes an error line, or a whole traceback, into the search box,
// and the troubleshooting entry for that error is offered first. Search ranks pages by word
// overlap, and a pasted error is mostly variable parts (paths, names, shapes, module prefixes);
// this strips them from the paste and from every entry's messages (assets/errors.json, made at
// build time from what the examples print), then ranks entries by the rare words they share.
//
// It answers in three ways, and says which:
// - "The entry for this error": the paste holds nearly all of one entry message's words
//   (SURE of their weight, rare words weigh more) and its exception class, when both name one,
//   is the class the entry's example catches (or a subclass of it);
// - "Closest entries": a message is only half there, or the class disagrees: up to three,
//   hedged, for the reader to judge;
// - "No entry for this error": nothing is close; a link to every error the site covers.
(() => {
  const inBrowser = typeof document !== "undefined";
  // The site's root: this file is in assets/javascripts/.
  const base = inBrowser ? new URL("../../", document.currentScript.src) : null;
  const CLASS = /\b([A-Z]\w*(?:Error|Exception|Warning|BadZipFile))\b/g;
  const HAS_CLASS = /\b[A-Z]\w*(?:Error|Exception|Warning)\b/;
  const STOP = new Set(("the and for with that this are was were has have had not but from into " +
    "its you your can use used when which while what will would should may been being than then " +
    "there their they them also any all one per out via see more most other some such only").split(" "));
  const SURE = 0.9;   // share of a message's weight a paste must hold to be that message
  const CLOSE = 0.5;  // ... to be offered as close
  const MAX_CLOSE = 3;
  const DISTINCT = 10; // weight the paste must hold to identify an entry: not a few common words
  // Subclasses a paste may name for the class an entry's example catches (Python's and TF's).
  const TF_STATUS = ["CancelledError", "UnknownError", "InvalidArgumentError", "DeadlineExceededError",
    "NotFoundError", "AlreadyExistsError", "PermissionDeniedError", "ResourceExhaustedError",
    "FailedPreconditionError", "AbortedError", "OutOfRangeError", "UnimplementedError",
    "InternalError", "UnavailableError", "DataLossError", "UnauthenticatedError"];
  const SUBCLASSES = {
    OSError: ["IOError", "FileNotFoundError", "FileExistsError", "IsADirectoryError",
      "NotADirectoryError", "PermissionError", "BlockingIOError", "TimeoutError"],
    OpError: TF_STATUS,
    ValueError: ["UnicodeDecodeError", "UnicodeError"],
    ImportError: ["ModuleNotFoundError"],
    LookupError: ["KeyError", "IndexError"],
    RuntimeError: ["NotImplementedError", "RecursionError"],
  };
  let entries = null;

  // A whole traceback: the final error line decides (from the last `SomeError:` on; a
  // `raise SomeError(` line of code does not count).
  const finalError = (text) => {
    let last = -1;
    for (const match of text.matchAll(CLASS)) {
      if (/^\s*(?::|\(see above|'>)/.test(text.slice(match.index + match[0].length))) last = match.index;
    }
    return last > 0 ? text.slice(last) : text;
  };

  // The class a paste names: the last `SomethingError:` in it (a traceback's final line).
  const pastedClass = (text) => {
    const names = [...text.matchAll(/\b([A-Z]\w*(?:Error|Exception|BadZipFile))\b(?=:|\s*\(see above)/g)];
    return names.length ? names[names.length - 1][1] : null;
  };

  const classAgrees = (caught, named) => !caught || !named ||
    caught.some((name) => name === named || (SUBCLASSES[name] || []).includes(named));

  // The kind of file a path names, the kind of OS error, or which Keras a module path is from,
  // is what tells some messages apart (a checkpoint's missing `.data` shard, not any missing
  // file; "Is a directory", not "not a directory"): a word for it, before paths and dotted
  // names are dropped.
  const FILE_KINDS = [
    [/\.data-\d+-of-\d+/g, "datashardfile"], [/\.index\b/g, "indexfile"], [/\.meta\b/g, "metagraphfile"],
    [/\.pbtxt\b|\.pb\b/g, "protobuffile"], [/\.weights\.h5\b/g, "weightsfile"],
    [/\.h5\b|\.hdf5\b/g, "hdffile"], [/\.keras\b/g, "kerasfile"], [/\.tflite\b/g, "tflitefile"],
    // The operating system's error kinds, whose words alone ("not" is not one) do not differ.
    [/\bis a directory\b/gi, "eisdir"], [/\bnot a directory\b/gi, "enotdir"],
    // Which Keras wrote a class path: a Keras 2 file in Keras 3, or a Keras 3 file in Keras 2.
    [/\bkeras\.src\.engine\b/g, "kerastwomodule"], [/\bkeras\.src\.models\b/g, "kerasthreemodule"],
  ];
  const fileKinds = (text) => FILE_KINDS.reduce((out, [path, kind]) => out.replace(path, `$& ${kind} `), text);

  const words = (text) => fileKinds(text)
    .replace(/\b(?:ERROR|WARNING|INFO):(?:tensorflow|absl|root):/g, " ") // Python logging prefixes
    .replace(/^\s*[IWEF]\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\]/gm, " ")     // absl log prefixes
    .replace(/\b(?:[a-z_]\w*\.)+(?=[A-Z]\w*(?:Error|Exception|Warning)\b)/g, " ") // module prefixes
    .replace(/\[\[[\s\S]*?\]\]/g, " ")          // TF1 node descriptions [[node save/RestoreV2 ...]]
    .replace(/\S*[/\\]\S*/g, " ")               // paths
    .replace(/0x[0-9a-f]+/gi, " ")              // addresses
    .replace(/\b[A-Za-z]\w*_\d+\b/g, " dupsuffix ") // w1_1, Adam_7: a name TF made unique
    .replace(/\b[A-Z]+(?:_[A-Z]+)+\b/g, (code) => code.replace(/_/g, " ")) // DATA_LOSS: a status
    .replace(/([A-Za-z])_?[vV]\d+\b/g, "$1")   // a version suffix: experimental_run_v2, TPUStrategyV2
    .replace(/\b(?=\w*\d)\w+\b/g, " ")        // names with digits: w1, conv2d, 00000
    .replace(/\b\w+(?:\.\w+)+/g, " ")           // dotted names: model.ckpt, tf.train.Saver
    .replace(/([a-z])([A-Z])/g, "$1 $2")        // CamelCase names: their parts
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length > 2 && !STOP.has(word));

  const prepare = (data) => {
    const entries = data.map((entry) => ({
      ...entry, forms: entry.messages.map((m) => ({ message: m, words: new Set(words(m)) })),
    }));
    const documents = entries.flatMap((entry) => entry.forms);
    const df = new Map();
    for (const form of documents) for (const word of form.words) df.set(word, (df.get(word) || 0) + 1);
    entries.idf = (word) => Math.log(1 + documents.length / (df.get(word) || 0.5));
    return entries;
  };

  const load = async () => {
    entries = entries || prepare(await (await fetch(new URL("assets/errors.json", base))).json());
    return entries;
  };

  // Share of one message form's weight that the paste holds.
  const covered = (form, pasted, idf) => {
    let total = 0, shared = 0;
    for (const word of form.words) {
      total += idf(word);
      if (pasted.has(word)) shared += idf(word);
    }
    return form.words.size >= 3 && total ? shared / total : 0;
  };

  // Every entry with a message the paste holds at least CLOSE of, best first: most held; on a
  // tie, the entry that the rest of the paste agrees with more; then the message most like the
  // paste as a whole (cosine, rare words weigh more), which is the more specific entry: a
  // sibling whose message has the paste's distinguishing words. An unbroken tie is never sure.
  const ranked = (query, all) => {
    const pasted = new Set(words(finalError(query)));
    const whole = new Set(words(query));
    const norm = (set) => Math.sqrt([...set].reduce((sum, word) => sum + all.idf(word) ** 2, 0));
    const pastedNorm = norm(pasted) || 1;
    const cosine = (form) => [...form.words].reduce(
      (sum, word) => sum + (pasted.has(word) ? all.idf(word) ** 2 : 0), 0) / ((norm(form.words) || 1) * pastedNorm);
    const found = [];
    for (const entry of all) {
      let best = null;
      for (const form of entry.forms) {
        const candidate = { entry, form, covered: covered(form, pasted, all.idf), similar: cosine(form),
          weight: [...form.words].reduce((sum, word) => sum + all.idf(word), 0) };
        // What the rest of the paste says: TF1 wraps the real error ("Restoring from checkpoint
        // failed ... Original error:") and logs it above; it breaks a tie between entries.
        // The weight of the words of all its messages that the whole paste holds (SURE of each).
        const held = new Set(entry.forms.filter((f) => covered(f, whole, all.idf) >= SURE).flatMap((f) => [...f.words]));
        candidate.whole = [...held].reduce((sum, word) => sum + all.idf(word), 0);
        if (!best || candidate.covered > best.covered ||
            (candidate.covered === best.covered && candidate.similar > best.similar)) best = candidate;
      }
      if (best && best.covered >= CLOSE) found.push(best);
    }
    return found.sort((a, b) => b.covered - a.covered || b.whole - a.whole || b.similar - a.similar);
  };

  // The paste names a module of one Keras and the entry's messages only the other's: the same
  // words, the other direction (a Keras 3 file in Keras 2).
  const KERAS = ["kerastwomodule", "kerasthreemodule"];
  const otherKeras = (query, entry) => {
    const pasted = new Set(words(query));
    const named = new Set(entry.forms.flatMap((form) => [...form.words]));
    return KERAS.some((mine) => pasted.has(mine) && !named.has(mine) && KERAS.some((other) => named.has(other)));
  };

  // {kind: "sure" | "close" | "none", matches: [{entry, form, covered, similar}]}
  const answer = (query, all) => {
    const matches = ranked(query, all);
    if (!matches.length) return { kind: "none", matches };
    const top = matches[0];
    const next = matches[1];
    const tied = next && next.covered === top.covered && next.whole === top.whole && next.similar === top.similar;
    const sure = top.covered >= SURE && top.covered * top.weight >= DISTINCT && !tied &&
      classAgrees(top.entry.classes, pastedClass(query)) && !otherKeras(query, top.entry);
    return sure ? { kind: "sure", matches: [top] } : { kind: "close", matches: matches.slice(0, MAX_CLOSE) };
  };

  // Kept for the matcher's old callers: the entry offered first, or null.
  const best = (query, all) => {
    const found = answer(query, all);
    return found.matches.length ? found.matches[0].entry : null;
  };

  // Questions and symptoms ("save the model every N steps", "restored model gives random
  // predictions") are matched against the questions page (questions.md, as
  // assets/questions.json): readers' questions, in their words, each with the section that
  // answers it; by cosine similarity of stemmed words, rare words weighing more. Material's own
  // ranking lets a long page whose words match everything outrank the section that answers.
  const stem = (word) => word
    .replace(/(?:ing|ed|es|s)$/, (end, at) => (at >= 3 ? "" : end))
    .replace(/e$/, "");
  const QUESTION = new Set(("how why does did get got doesn isn can't cannot want need way ways " +
    "using into after before my me our we it is be to of in on do question dumb help please").split(" "));
  const terms = (text) => text.toLowerCase().split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP.has(word) && !QUESTION.has(word)).map(stem);
  const ASKED = 0.6; // similarity a question must reach to offer its section (holdout: no wrong offer)

  let questions = null;
  const prepareQuestions = (data) => {
    const known = data.map((q) => ({ ...q, words: new Set(terms(q.question)) }));
    const df = new Map();
    for (const q of known) for (const word of q.words) df.set(word, (df.get(word) || 0) + 1);
    known.idf = (word) => Math.log(1 + known.length / (df.get(word) || 0.5));
    return known;
  };
  const loadQuestions = async () => {
    questions = questions || prepareQuestions(await (await fetch(new URL("assets/questions.json", base))).json());
    return questions;
  };

  const rankQuestions = (query, known) => {
    const asked = new Set(terms(query));
    const norm = (set) => Math.sqrt([...set].reduce((sum, word) => sum + known.idf(word) ** 2, 0)) || 1;
    return known.map((q) => ({
      q, similar: [...q.words].reduce((sum, word) => sum + (asked.has(word) ? known.idf(word) ** 2 : 0), 0)
        / (norm(q.words) * norm(asked)),
    })).sort((a, b) => b.similar - a.similar);
  };

  const looksLikeError = (query) => HAS_CLASS.test(query) || words(query).length >= 4;

  // One result in Material's markup: the entry's title, then what kind of answer it is, its
  // page and the message it matched.
  const item = (href, title, label, detail) => {
    const li = document.createElement("li");
    li.className = "md-search-result__item error-finder";
    li.innerHTML = '<a class="md-search-result__link" tabindex="-1"><article class="md-search-result__article' +
      ' md-typeset"><p class="error-finder__label"></p><h1></h1><p class="error-finder__detail"></p></article></a>';
    li.querySelector("a").href = href;
    li.querySelector(".error-finder__label").textContent = label;
    li.querySelector("h1").textContent = title;
    li.querySelector(".error-finder__detail").textContent = detail;
    return li;
  };

  const shorten = (text) => (text.length > 160 ? text.slice(0, 157) + "..." : text).replace(/\s+/g, " ");

  const items = (found) => {
    if (found.kind === "none") {
      return [item(new URL("troubleshooting/", base).href, "No entry for this error",
        "Error finder", "The site has no entry for this message yet: see every error it covers, by area.")];
    }
    return found.matches.map(({ entry, form }, index) => item(
      new URL(entry.location, base).href, entry.title,
      found.kind === "sure" ? "The entry for this error" :
        index === 0 ? "Closest entries: a similar message, not the same" : "Also close",
      `Errors: ${entry.area} · matched “${shorten(form.message)}”`));
  };

  const announce = (text) => {
    let live = document.querySelector(".error-finder__live");
    if (!live) {
      live = document.createElement("div");
      live.className = "error-finder__live md-visually-hidden";
      live.setAttribute("aria-live", "polite");
      live.setAttribute("role", "status");
      document.body.append(live);
    }
    if (live.textContent !== text) live.textContent = text;
  };

  const clear = (list) => {
    list.querySelectorAll(".error-finder").forEach((old) => old.remove());
    list.closest(".md-search-result")?.removeAttribute("data-error-finder");
  };

  // What to offer, or null: the entry for a pasted error; for an error with its class, the
  // closest entries or "no entry"; a nearly whole message without its class, its closest
  // entries; else, for a question, the section that answers it; else the closest entries.
  const decide = async (query) => {
    const found = looksLikeError(query) ? answer(query, await load()) : { kind: "none", matches: [] };
    if (found.kind === "sure") return found;
    if (HAS_CLASS.test(query)) return found.kind !== "none" || /(Error|Exception)\b/.test(query) ? found : null;
    if (found.kind === "close" && found.matches[0].covered >= 0.7) return found;
    if (terms(query).length >= 2) {
      const offered = rankQuestions(query, await loadQuestions());
      // One section, named once even when several wordings of its question match.
      const sections = offered.filter((o, i) => o.similar >= ASKED &&
        offered.findIndex((p) => p.q.location === o.q.location) === i).slice(0, 2);
      if (sections.length) return { kind: "section", matches: sections };
    }
    return found.kind === "close" ? found : null;
  };

  const sectionItems = (found) => found.matches.map(({ q }, index) => item(
    new URL(q.location, base).href, q.title,
    index === 0 ? "Closest question on this site" : "Also close",
    `${q.page} · for “${shorten(q.question)}”`));

  const update = async () => {
    const input = document.querySelector("input.md-search__input");
    const list = document.querySelector(".md-search-result__list");
    if (!input || !list) return;
    const query = input.value;
    const found = query.trim() ? await decide(query) : null;
    if (input.value !== query) return; // the reader typed on meanwhile
    if (!found) {
      clear(list);
      announce("");
      return;
    }
    const key = found.kind + ":" + found.matches.map((m) => (m.entry || m.q).location).join(" ");
    const result = list.closest(".md-search-result");
    // Material's own count ("No matching documents") would sit above the answer: hidden.
    result?.setAttribute("data-error-finder", found.kind);
    if (list.firstElementChild?.dataset.errorFinder === key) return;
    clear(list);
    result?.setAttribute("data-error-finder", found.kind);
    const offered = found.kind === "section" ? sectionItems(found) : items(found);
    offered[0].dataset.errorFinder = key;
    list.prepend(...offered);
    announce(found.kind === "sure" ? `Error finder: the entry for this error, ${found.matches[0].entry.title}`
      : found.kind === "close" ? `Error finder: ${found.matches.length} close entries, none for exactly this message`
        : found.kind === "section" ? `Closest question on this site: ${found.matches[0].q.question}`
          : "Error finder: no entry for this error");
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
  else module.exports = { prepare, answer, best, ranked, words, finalError, pastedClass, prepareQuestions, rankQuestions, terms }; // for Node
})();
