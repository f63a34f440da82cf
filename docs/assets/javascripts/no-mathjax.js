// Notebook pages ask for MathJax; this site has no formulas, so nothing is loaded from a CDN.
