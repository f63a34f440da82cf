// Material draws code annotation markers as links with no text: give each a name that screen
// readers can announce. The markers appear after load, so watch for them.
const nameAnnotationMarkers = () =>
  document.querySelectorAll(".md-annotation__index:not([aria-label])").forEach((marker) =>
    marker.setAttribute("aria-label", "Show the note on this line of code"));
new MutationObserver(nameAnnotationMarkers).observe(document.body, { childList: true, subtree: true });
nameAnnotationMarkers();
