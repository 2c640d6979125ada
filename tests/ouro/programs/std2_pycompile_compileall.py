"""py_compile and compileall over a temporary package: bytecode files are
written where importlib says, a syntax error is reported, and the
compiled module imports."""
import compileall
import importlib.util
import io
import os
import py_compile
import sys
import tempfile
import contextlib

with tempfile.TemporaryDirectory() as d:
    pkg = os.path.join(d, "pkgx")
    os.mkdir(pkg)
    with open(os.path.join(pkg, "__init__.py"), "w") as f:
        f.write("VALUE = 41\n")
    with open(os.path.join(pkg, "good.py"), "w") as f:
        f.write("def answer():\n    return 42\n")
    with open(os.path.join(pkg, "bad.py"), "w") as f:
        f.write("def broken(:\n    pass\n")
    good = os.path.join(pkg, "good.py")
    cfile = py_compile.compile(good)
    # the cache tag is the implementation's (cpython-311 or another)
    tag = sys.implementation.cache_tag
    print(os.path.relpath(cfile, d).replace(tag, "TAG"))
    print(cfile == importlib.util.cache_from_source(good))
    print(os.path.exists(cfile))
    with open(cfile, "rb") as f:
        header = f.read(16)
    print(header[:4] == importlib.util.MAGIC_NUMBER, len(header))
    try:
        py_compile.compile(os.path.join(pkg, "bad.py"), doraise=True)
    except py_compile.PyCompileError as e:
        print("PyCompileError:", e.exc_type_name, type(e.exc_value).__name__)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ok = compileall.compile_dir(pkg, quiet=1)
    print("compile_dir ok:", bool(ok))
    text = out.getvalue().replace(d, "TMP")
    print([l for l in text.splitlines() if l.startswith("***")])
    names = sorted(os.listdir(os.path.join(pkg, "__pycache__")))
    print([n.split(".")[0] for n in names])
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        ok = compileall.compile_file(good, quiet=2, force=True)
    print("compile_file:", bool(ok), repr(out.getvalue()))
    sys.path.insert(0, d)
    import pkgx.good
    print(pkgx.good.answer(), pkgx.VALUE)
    print(os.path.basename(pkgx.good.__cached__).replace(tag, "TAG"))
