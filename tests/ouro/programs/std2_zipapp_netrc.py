"""zipapp: building an executable archive from a directory and running
it (zipimport through runpy, and by importing from it); netrc parsing."""
import io
import os
import runpy
import subprocess
import sys
import tempfile
import zipapp
import zipfile
import netrc

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "app")
    os.makedirs(os.path.join(src, "lib"))
    with open(os.path.join(src, "lib", "__init__.py"), "w") as f:
        f.write("def greet(name):\n    return 'hello ' + name\n")
    with open(os.path.join(src, "cli.py"), "w") as f:
        f.write("import sys\nfrom lib import greet\ndef main():\n    print(greet('zip'), sys.argv[1:])\n")
    target = os.path.join(d, "app.pyz")
    zipapp.create_archive(src, target, main="cli:main", interpreter="/usr/bin/env python3")
    with open(target, "rb") as f:
        print(f.readline())
    print(zipapp.get_interpreter(target))
    with zipfile.ZipFile(target) as z:
        print(sorted(z.namelist()))
        print(z.read("__main__.py").decode().splitlines()[-1])
    out = subprocess.run([sys.executable, target, "a", "b"], capture_output=True, text=True)
    print(out.returncode, out.stdout.strip(), out.stderr)
    sys.path.insert(0, target)
    import lib
    print(lib.greet("import"), type(lib.__loader__).__name__, lib.__file__.replace(d, "TMP"))
    sys.argv[1:] = ["x"]
    runpy.run_path(target, run_name="__main__")
    copy = os.path.join(d, "copy.pyz")
    zipapp.create_archive(target, copy, interpreter=None)
    print(zipapp.get_interpreter(copy))
    try:
        zipapp.create_archive(src, os.path.join(d, "bad.pyz"), main="nocolon")
    except zipapp.ZipAppError as e:
        print("ZipAppError:", e)
    try:
        zipapp.create_archive(os.path.join(d, "missing"))
    except zipapp.ZipAppError as e:
        print("ZipAppError:", str(e).replace(d, "TMP"))

    rc = os.path.join(d, "netrc")
    with open(rc, "w") as f:
        f.write("machine example.com\n  login alice\n  password s3cret\n"
                "machine other.org login bob account acct password \"quoted pw\"\n"
                "default login anonymous password guest@\n"
                "macdef init\ncd /pub\nbinary\n\n")
    os.chmod(rc, 0o600)
    n = netrc.netrc(rc)
    print(n.authenticators("example.com"), n.authenticators("other.org"), n.authenticators("unknown.net"))
    print(sorted(n.hosts), n.macros)
    print(repr(n).count("machine"))
    with open(rc, "w") as f:
        f.write("machine x login\n")
    try:
        netrc.netrc(rc)
    except netrc.NetrcParseError as e:
        print("NetrcParseError:", e.msg, e.lineno, str(e).replace(d, "TMP"))
