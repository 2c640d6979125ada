"""Running a directory or a zip archive that holds __main__.py (as
`python DIR` / `python app.zip`: sys.path[0] is the archive, argv kept),
the error for one without __main__, and importing packages and modules
from a zip archive placed on sys.path (zipimport through sys.path_hooks)."""
import os
import subprocess
import sys
import tempfile
import zipfile

MAIN = ("import sys, os\nimport pkg.mod\n"
        "print('main', __name__, os.path.basename(sys.path[0]), sys.argv[1:], "
        "os.path.basename(__file__), pkg.mod.X, __spec__.name)\n")

with tempfile.TemporaryDirectory() as d:
    app = os.path.join(d, "app")
    os.makedirs(os.path.join(app, "pkg"))
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write(MAIN)
    with open(os.path.join(app, "pkg", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(app, "pkg", "mod.py"), "w") as f:
        f.write("X = 42\n")
    archive = os.path.join(d, "app.pyz")
    with zipfile.ZipFile(archive, "w") as z:
        for rel in ["__main__.py", "pkg/__init__.py", "pkg/mod.py"]:
            z.write(os.path.join(app, rel), rel)
    empty = os.path.join(d, "empty")
    os.mkdir(empty)

    def run(*args):
        p = subprocess.run([sys.executable] + list(args), capture_output=True, text=True, cwd=d)
        print(p.returncode, p.stdout.replace(d, "TMP").strip(),
              p.stderr.replace(d, "TMP").replace(sys.executable, "PYTHON").strip())

    run("app", "a", "b")
    run(app, "-x")
    run("app.pyz", "z")
    run(empty)
    sys.path.insert(0, archive)
    import pkg.mod
    print(pkg.mod.X, os.path.relpath(pkg.mod.__file__, d), type(pkg.__spec__.loader).__name__)
    try:
        import pkg.missing
    except ImportError as e:
        print(type(e).__name__, e)
