"""The machinery of the site and its tests: one package, imported by the MkDocs hook
(`harness/hooks.py`), by the tests (`tests/`) and by the tools (`tools/`).

Modules: paths (where things are), config (mkdocs.yml, loaded once), snippets (sections and
`#>` lines, the output updater), markdown (the one fence reader, include expansion), notebooks,
runner + forkserver (one process per example), troubleshooting (entries, the error index),
site (build, built HTML pages), browser (loopback server, Chromium), versions (the matrix data).
"""
