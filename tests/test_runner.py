"""The fork runner reports a failing, hanging or crashing example without losing the others."""
import snippetlib

PROGRAMS = {
    "ok.py": "import os\nprint(sorted(os.listdir('.')))\nopen('mine.txt', 'w').close()\n",
    "fails.py": "print('before')\nraise ValueError('broken example')\n",
    "hangs.py": "import time\nprint('waiting', flush=True)\ntime.sleep(60)\n",
    "crashes.py": "import os\nos.abort()\n",
    "eager.py": "import tensorflow as tf\nprint(tf.executing_eagerly())\n",
    "graph.py": "import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
                "print(tf.executing_eagerly())\n",
}


def test_each_example_gets_its_own_process_folder_and_verdict(tmp_path):
    paths = {}
    for name, source in PROGRAMS.items():
        paths[name] = tmp_path / name
        paths[name].write_text(source)
    runs = snippetlib.run_snippets(list(paths.values()), timeout=3)
    run = {name: runs[path.resolve()] for name, path in paths.items()}

    assert run["ok.py"].status == "passed" and run["ok.py"].stdout == "[]\n", run["ok.py"]
    assert run["fails.py"].status == "failed" and run["fails.py"].stdout == "before\n"
    assert "ValueError: broken example" in run["fails.py"].stderr
    assert run["hangs.py"].status == "timeout" and "waiting" in run["hangs.py"].stdout
    assert run["crashes.py"].status == "crashed"
    # TF1 graph mode in one example does not leak into another: the state is per process.
    assert run["eager.py"].stdout == "True\n" and run["graph.py"].stdout == "False\n"
