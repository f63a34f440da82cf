// Names that Material leaves out, for screen readers. Its search dialog has none:
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
// Code annotation markers are links with no text; they appear after load, so watch for them.
const nameAnnotationMarkers = () =>
  document.querySelectorAll(".md-annotation__index:not([aria-label])").forEach((marker) =>
    marker.setAttribute("aria-label", "Show the note on this line of code"));
new MutationObserver(nameAnnotationMarkers).observe(document.body, { childList: true, subtree: true });
nameAnnotationMarkers();
