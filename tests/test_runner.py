"""The fork runner reports a failing, hanging or crashing example without losing the others,
and the `#>` updater rewrites only `#>` lines, or refuses. Every program below runs in one
launch of the fork server (a launch costs an `import tensorflow`)."""
import pytest

from harness import runner, snippets

UPDATED = """\
# --8<-- [start:demo]
def show(n):
    print(n)  # a print inside a function: its output belongs to the call


for i in range(2):
    print("row", i)
#> stale
show(7)
#> 7
print("a\\n\\nb")
#> a
#>
#> b
# --8<-- [end:demo]
"""

PROGRAMS = {
    "ok.py": "import os\nprint(sorted(os.listdir('.')))\nopen('mine.txt', 'w').close()\n",
    "fails.py": "print('before')\nraise ValueError('broken example')\n",
    "hangs.py": "import time\nprint('waiting', flush=True)\ntime.sleep(60)\n",
    "crashes.py": "import os\nos.abort()\n",
    "eager.py": "import tensorflow as tf\nprint(tf.executing_eagerly())\n",
    "graph.py": "import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
                "print(tf.executing_eagerly())\n",
    # TensorFlow reads TF_USE_LEGACY_KERAS when it is imported, and the fork server has imported
    # it already: such a program runs as `python file` (harness/forkserver.py, CONFIGURES_TF).
    "legacy.py": "import os\n\nos.environ['TF_USE_LEGACY_KERAS'] = '1'\n\nimport tensorflow as tf\n\n"
                 "print(tf.keras.Sequential.__module__.split('.')[0])\n",
    "demo.py": UPDATED,
    "late.py": "print(1)\n#> 1\nprint(2)\n",
    "shell.py": "import os\nos.system('echo from a shell')\n#> from a shell\n",
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """{name: (Run, path)}; the hanging program is stopped by a timeout long enough for the
    program that needs a fresh interpreter."""
    folder = tmp_path_factory.mktemp("programs")
    paths = {name: folder / name for name in PROGRAMS}
    for name, path in paths.items():
        path.write_text(PROGRAMS[name])
    done = runner.run(list(paths.values()), timeout=30)  # a loaded machine needs 15 s for legacy.py
    return {name: (done[path.resolve()], path) for name, path in paths.items()}


def test_each_example_gets_its_own_process_folder_and_verdict(runs):
    run = {name: found[0] for name, found in runs.items()}
    assert run["ok.py"].status == "passed" and run["ok.py"].stdout == "[]\n", run["ok.py"]
    assert run["fails.py"].status == "failed" and run["fails.py"].stdout == "before\n"
    assert "ValueError: broken example" in run["fails.py"].stderr
    assert run["hangs.py"].status == "timeout" and "waiting" in run["hangs.py"].stdout
    assert run["crashes.py"].status == "crashed"
    # TF1 graph mode in one example does not leak into another: the state is per process.
    assert run["eager.py"].stdout == "True\n" and run["graph.py"].stdout == "False\n"


def test_a_program_that_configures_tensorflow_first_gets_a_fresh_interpreter(runs):
    assert runs["legacy.py"][0].stdout == "tf_keras\n", runs["legacy.py"][0]


def test_updater_rewrites_only_the_stale_output_lines(runs):
    run, path = runs["demo.py"]
    text = snippets.updated(path, run.writes, run.stdout)
    assert text == UPDATED.replace("#> stale\n", "#> row 0\n#> row 1\n")
    path.write_text(text)
    assert snippets.compare(snippets.parse(path), run.stdout) is None


def test_updater_refuses_a_print_with_no_output_lines_after_it(runs):
    run, path = runs["late.py"]
    with pytest.raises(snippets.UpdateRefused, match=r"late.py:3: this line prints '2\\n'"):
        snippets.updated(path, run.writes, run.stdout)


def test_updater_refuses_output_it_cannot_attribute(runs):
    run, path = runs["shell.py"]
    with pytest.raises(snippets.UpdateRefused, match="did not go through sys.stdout"):
        snippets.updated(path, run.writes, run.stdout)
