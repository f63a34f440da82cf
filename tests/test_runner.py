"""The fork runner reports a failing, hanging or crashing example without losing the others,
and the `#>` updater rewrites only `#>` lines, or refuses."""
import pytest

from harness import runner, snippets

PROGRAMS = {
    "ok.py": "import os\nprint(sorted(os.listdir('.')))\nopen('mine.txt', 'w').close()\n",
    "fails.py": "print('before')\nraise ValueError('broken example')\n",
    "hangs.py": "import time\nprint('waiting', flush=True)\ntime.sleep(60)\n",
    "crashes.py": "import os\nos.abort()\n",
    "eager.py": "import tensorflow as tf\nprint(tf.executing_eagerly())\n",
    "graph.py": "import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
                "print(tf.executing_eagerly())\n",
}


def run_programs(folder, programs, **options):
    paths = {}
    for name, source in programs.items():
        paths[name] = folder / name
        paths[name].write_text(source)
    runs = runner.run(list(paths.values()), **options)
    return {name: runs[path.resolve()] for name, path in paths.items()}, paths


def test_each_example_gets_its_own_process_folder_and_verdict(tmp_path):
    run, _ = run_programs(tmp_path, PROGRAMS, timeout=3)
    assert run["ok.py"].status == "passed" and run["ok.py"].stdout == "[]\n", run["ok.py"]
    assert run["fails.py"].status == "failed" and run["fails.py"].stdout == "before\n"
    assert "ValueError: broken example" in run["fails.py"].stderr
    assert run["hangs.py"].status == "timeout" and "waiting" in run["hangs.py"].stdout
    assert run["crashes.py"].status == "crashed"
    # TF1 graph mode in one example does not leak into another: the state is per process.
    assert run["eager.py"].stdout == "True\n" and run["graph.py"].stdout == "False\n"


def test_a_program_that_configures_tensorflow_first_gets_a_fresh_interpreter(tmp_path):
    """TensorFlow reads TF_USE_LEGACY_KERAS when it is imported: the fork server has imported it
    already, so such a program runs as `python file` (harness/forkserver.py, CONFIGURES_TF)."""
    legacy = ("import os\n\nos.environ['TF_USE_LEGACY_KERAS'] = '1'\n\nimport tensorflow as tf\n\n"
              "print(tf.keras.Sequential.__module__.split('.')[0])\n")
    run, _ = run_programs(tmp_path, {"legacy.py": legacy})
    assert run["legacy.py"].stdout == "tf_keras\n", run["legacy.py"]


SOURCE = """\
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


def test_updater_rewrites_only_the_stale_output_lines(tmp_path):
    run, paths = run_programs(tmp_path, {"demo.py": SOURCE})
    text = snippets.updated(paths["demo.py"], run["demo.py"].writes, run["demo.py"].stdout)
    assert text == SOURCE.replace("#> stale\n", "#> row 0\n#> row 1\n")
    paths["demo.py"].write_text(text)
    assert snippets.compare(snippets.parse(paths["demo.py"]), run["demo.py"].stdout) is None


def test_updater_refuses_a_print_with_no_output_lines_after_it(tmp_path):
    run, paths = run_programs(tmp_path, {"late.py": "print(1)\n#> 1\nprint(2)\n"})
    with pytest.raises(snippets.UpdateRefused, match=r"late.py:3: this line prints '2\\n'"):
        snippets.updated(paths["late.py"], run["late.py"].writes, run["late.py"].stdout)


def test_updater_refuses_output_it_cannot_attribute(tmp_path):
    program = "import os\nos.system('echo from a shell')\n#> from a shell\n"
    run, paths = run_programs(tmp_path, {"shell.py": program})
    with pytest.raises(snippets.UpdateRefused, match="did not go through sys.stdout"):
        snippets.updated(paths["shell.py"], run["shell.py"].writes, run["shell.py"].stdout)
