// Names that Material leaves out, for screen readers. Its search dialog has none:
document.querySelector(".md-search[role=dialog]")?.setAttribute("aria-label", "Search");
// Code annotation markers are links with no text. They appear after load, in many small DOM
// changes: name them at most once per frame.
let pending = false;
const nameAnnotationMarkers = () => {
  pending = false;
  document.querySelectorAll(".md-annotation__index:not([aria-label])").forEach((marker) =>
    marker.setAttribute("aria-label", "Show the note on this line of code"));
};
new MutationObserver(() => {
  if (!pending) {
    pending = true;
    requestAnimationFrame(nameAnnotationMarkers);
  }
}).observe(document.body, { childList: true, subtree: true });
nameAnnotationMarkers();
