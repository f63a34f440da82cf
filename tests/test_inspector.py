"""The "What is this file?" page in Chromium, fed real files that Keras, tf_keras and
TensorFlow write here (tests/inspector_files.py), each verdict checked against what Python
reports about the same file; and no request leaves the page while it reads."""
import json
import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from harness.paths import ROOT
from harness.site import HtmlPage

WRITER = Path(__file__).with_name("inspector_files.py")
INSPECTOR = ROOT / "docs" / "assets" / "inspector"


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Real files, written by the libraries in two processes (Keras 3, then tf_keras)."""
    folder = tmp_path_factory.mktemp("inspector")
    facts = {}
    for which in ("keras3", "tf_keras"):
        done = subprocess.run([sys.executable, str(WRITER), which, str(folder)],
                              capture_output=True, text=True, timeout=600,
                              env={"TF_CPP_MIN_LOG_LEVEL": "3", "PATH": "/usr/bin:/bin",
                                   "HOME": str(folder)})
        assert done.returncode == 0, done.stderr[-3000:]
        facts.update(json.loads((folder / f"facts-{which}.json").read_text()))
    return folder, facts


@pytest.fixture
def inspector(browser, base_url):
    """The page, and a function that gives it files and returns the verdict area."""
    context = browser.new_context()
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base_url + "what-is-this-file/", wait_until="networkidle")

    def read(paths, selector="#inspector-files"):
        page.evaluate("document.querySelector('#inspector-drop').dataset.state = ''")
        page.set_input_files(selector, paths)
        page.wait_for_function(
            "['done', 'error'].includes(document.querySelector('#inspector-drop').dataset.state)",
            timeout=60000)
        assert page.locator("#inspector-drop").get_attribute("data-state") == "done", \
            page.locator("#inspector-status").text_content()
        return page.locator("#inspector-verdict")

    read.page, read.requests, read.errors = page, requests, errors
    yield read
    assert not errors, errors
    context.close()


def rows(verdict, selector, *attributes):
    return verdict.locator(selector).evaluate_all(
        "(nodes, names) => nodes.map(n => names.map(a => n.getAttribute('data-' + a)))",
        list(attributes))


def variables(verdict, scope=".inspector-variable"):
    return sorted([name, json.loads(shape), dtype]
                  for name, shape, dtype in rows(verdict, scope, "name", "shape", "dtype"))


def layers(verdict):
    return rows(verdict, ".inspector-layers li", "name", "class")


def shapes_by_layer(pairs):
    out = {}
    for layer, shape in pairs:
        out.setdefault(layer, []).append(shape)
    return {k: sorted(v) for k, v in out.items()}


def test_keras3_keras_file(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "small.keras"])
    expected = facts["small.keras"]
    assert verdict.locator("[data-kind=keras]").count() == 1
    assert layers(verdict) == expected["layers"]
    assert f"Keras {expected['keras_version']}" in verdict.inner_text()
    found = rows(verdict, ".inspector-weight", "layer", "shape", "dtype")
    assert shapes_by_layer((layer, json.loads(shape)) for layer, shape, _ in found) == \
        shapes_by_layer((path.split("/")[1], shape) for path, shape, _ in expected["weights"])
    assert {d for *_, d in found} == {d for *_, d in expected["weights"]}


def test_keras3_file_with_a_registered_custom_layer_and_a_lambda(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "custom.keras"])
    assert layers(verdict) == facts["custom.keras"]["layers"]
    assert verdict.locator(".inspector-custom code").all_inner_texts() == ["demo>Twice"]
    assert verdict.locator(".inspector-lambda code").all_inner_texts() == ["plus_one"]


def test_keras3_weights_file(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "small.weights.h5"])
    expected = facts["small.weights.h5"]
    assert "Keras 3 weights" in verdict.locator("h3").inner_text()
    found = rows(verdict, ".inspector-weight", "layer", "shape")
    assert shapes_by_layer((layer, json.loads(shape)) for layer, shape in found) == \
        shapes_by_layer((path.split("/")[1], shape) for path, shape, _ in expected["weights"])


def test_tf_keras_h5_with_a_custom_layer_and_a_lambda(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "legacy.h5"])
    expected = facts["legacy.h5"]
    assert layers(verdict) == expected["layers"]
    text = verdict.inner_text()
    assert f"Keras {expected['keras_version']} (backend {expected['backend']})" in text
    assert verdict.locator(".inspector-custom code").all_inner_texts() == ["Doubler"]
    assert verdict.locator(".inspector-lambda code").all_inner_texts() == ["plus_one"]
    assert sorted([n, json.loads(s), d] for n, s, d in
                  rows(verdict, ".inspector-weight", "name", "shape", "dtype")) == expected["weights"]


def test_tf1_saver_checkpoint_with_its_meta(files, inspector):
    folder, facts = files
    tf1 = folder / "tf1"
    verdict = inspector(sorted(tf1.iterdir()))
    checkpoint = verdict.locator("[data-kind=checkpoint]")
    assert variables(checkpoint) == facts["tf1"]["variables"]  # tf.train.list_variables
    assert "TF1" in checkpoint.locator("h3").inner_text()
    meta = verdict.locator("[data-kind=meta]")
    assert f"TensorFlow {facts['tf1']['tensorflow_version']}" in meta.inner_text()
    assert rows(checkpoint, ".inspector-shards li", "present") == [["true"]]


def test_tf2_checkpoint_with_a_missing_shard(files, inspector):
    folder, facts = files
    verdict = inspector(sorted((folder / "tf2").iterdir()))
    expected = facts["tf2"]
    assert variables(verdict) == expected["variables"]  # tf.train.list_variables
    shards = rows(verdict, ".inspector-shards li", "shard", "present")
    assert [s for s, _ in shards] == expected["shards"]
    assert [s for s, present in shards if present == "false"] == [expected["deleted"]]
    assert verdict.locator(".inspector-missing code").all_inner_texts() == [expected["deleted"]]


@pytest.mark.parametrize("name,made_by", [("exported", "model.export()"),
                                          ("module", "tf.saved_model.save"),
                                          ("keras2_savedmodel", "Keras 2")])
def test_savedmodel_folder(files, inspector, name, made_by):
    folder, facts = files
    verdict = inspector(folder / name, selector="#inspector-folder")
    expected = facts[name]
    found = {}
    for block in verdict.locator(".inspector-metagraph").all():
        tags = block.get_attribute("data-tags")
        found[tags] = {}
        for table in block.locator("table[data-signature]").all():
            sig = {"inputs": {}, "outputs": {}, "method": table.get_attribute("data-method")}
            for side, key, tensor, dtype, shape in rows(table, ".inspector-tensor",
                                                       "side", "key", "name", "dtype", "shape"):
                sig[side + "s"][key] = {"name": tensor, "dtype": dtype, "shape": json.loads(shape)}
            found[tags][table.get_attribute("data-signature")] = sig
    assert found == expected["signatures"]  # what saved_model_cli shows
    assert variables(verdict) == expected["variables"]  # tf.train.list_variables
    assert made_by in verdict.locator("dt:text-is('Made by') + dd").inner_text()


def test_frozen_graph(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "frozen.pb"])
    expected = facts["frozen.pb"]
    assert verdict.locator(".inspector-nodes").inner_text() == str(expected["nodes"])
    assert verdict.locator(".inspector-producer").inner_text() == str(expected["producer"])
    assert json.loads(verdict.locator(".inspector-ops").get_attribute("data-ops")) == expected["ops"]
    assert [n for n, in rows(verdict, ".inspector-placeholders li", "name")] == expected["placeholders"]


def test_tflite_model(files, inspector):
    folder, facts = files
    verdict = inspector([folder / "small.tflite"])
    expected = facts["small.tflite"]
    for side in ("input", "output"):
        found = [[n, json.loads(s), d] for n, s, d in
                 rows(verdict, f".inspector-tensor[data-side={side}]", "name", "shape", "dtype")]
        assert found == expected[side + "s"]
    assert verdict.locator(".inspector-tf-version").inner_text() == expected["tensorflow_version"]
    keys = verdict.locator(".inspector-tflite-signatures").get_attribute("data-keys")
    assert json.loads(keys) == expected["signatures"]


@pytest.mark.parametrize("name,kind,says", [
    ("lfs.h5", "lfs", "Git LFS pointer"),
    ("page.h5", "html", "a web page"),
    ("truncated.h5", "truncated", "truncated HDF5"),
    ("zip-named.h5", "keras", "named .h5 but it is a .keras zip"),
    ("hdf5-named.keras", "hdf5", "named .keras but it is HDF5"),
])
def test_impostors(files, inspector, name, kind, says):
    folder, _ = files
    verdict = inspector([folder / name])
    assert verdict.locator(f"[data-kind={kind}]").count() == 1, verdict.inner_text()
    assert says in verdict.inner_text()


def test_nothing_leaves_the_page_and_nothing_loads_while_reading(files, inspector, base_url):
    folder, _ = files
    page, requests = inspector.page, inspector.requests
    assert not [u for u in requests if "/assets/inspector/" in u and not u.endswith(
        ("inspector.js", "inspector.css"))], "readers fetched before a file was chosen"
    inspector([folder / "legacy.h5"])
    inspector(sorted((folder / "tf2").iterdir()))
    inspector(folder / "exported", selector="#inspector-folder")
    origin = urlparse(base_url).netloc
    assert [u for u in requests if urlparse(u).netloc != origin] == []
    assert any(u.endswith("hdf5_util.js") for u in requests)
    late = page.evaluate("""() => {
        const marks = performance.getEntriesByName('inspector-reading');
        const start = marks[0].startTime;
        return performance.getEntriesByType('resource')
            .filter(r => r.startTime >= start).map(r => r.name);
    }""")
    assert late == [], f"requested after reading began: {late}"


def test_the_drop_zone_is_a_labelled_input_with_a_live_verdict(inspector):
    page = inspector.page
    assert page.get_by_label("Choose files").get_attribute("type") == "file"
    assert page.locator("#inspector-files").get_attribute("multiple") is not None
    assert page.locator("#inspector-status").get_attribute("aria-live") == "polite"
    assert page.locator("#inspector-status").get_attribute("role") == "status"
    page.locator("#inspector-files").focus()
    assert page.evaluate("document.activeElement.id") == "inspector-files"


def test_a_dropped_file_is_read_too(files, inspector):
    folder, _ = files
    page = inspector.page
    page.evaluate("""text => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], 'model.h5'));
        const zone = document.querySelector('#inspector-drop');
        zone.dataset.state = '';
        zone.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true}));
    }""", (folder / "lfs.h5").read_text())
    page.wait_for_function("document.querySelector('#inspector-drop').dataset.state === 'done'")
    assert page.locator("#inspector-verdict [data-kind=lfs]").count() == 1
    assert "Git LFS pointer" in page.locator("#inspector-status").text_content()


def test_every_verdict_link_resolves(site):
    """The verdicts' links are built by script, so the site's link check never sees them."""
    source = (INSPECTOR / "verdict.js").read_text()
    links = re.findall(r'^\s+\w+: "(\.\./[^"]+)",$', source, re.M)
    assert len(links) > 30
    base = "https://x/what-is-this-file/"
    problems = []
    for link in links:
        url = urlparse(urljoin(base, link))
        page = site / url.path.lstrip("/") / "index.html"
        if not page.is_file():
            problems.append(f"{link}: no page")
        elif url.fragment and url.fragment not in HtmlPage(page).ids:
            problems.append(f"{link}: no anchor")
    assert not problems, problems


def test_vendored_files_match_their_recorded_hashes():
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "vendor_inspector.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
