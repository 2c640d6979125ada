"""The command line of the translated ouro against CPython 3.11's: options
(combined letters, attached arguments, -O/-OO, -B, -E, -I, -P, -s, -S, -u,
-W, -X, -x, -m, -c, --version, -h), PYTHON* environment variables, usage
errors, a missing script.  stdout, stderr and the exit status are compared
after the executable's own path is replaced by a placeholder (it appears in
usage lines and some messages)."""
from __future__ import annotations

import os
from pathlib import Path
import subprocess
import sys

import pytest

CPYTHON = os.path.realpath(sys.executable)

FLAGS = ("import sys; f = sys.flags; print(f.debug, f.inspect, f.interactive, f.optimize, "
         "f.dont_write_bytecode, f.no_user_site, f.no_site, f.ignore_environment, f.verbose, "
         "f.bytes_warning, f.quiet, f.isolated, f.dev_mode, f.utf8_mode, f.safe_path, "
         "f.int_max_str_digits, type(f).__name__, len(f))")

SITE = ("import sys; print([p for p in sys.path if p.endswith('site-packages')] "
        "!= [], 'site' in sys.modules, type(exit).__name__, exit)")

HASHES = """\
import sys, builtins, os
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sys.flags.hash_randomization, hash('a'), hash('\u20ac\U0001f600'), hash(b'abc'))
print(set(words), frozenset(words), {w: len(w) for w in words})
print(set(('a', 1, (2, 'b'), 'xyz')), hash(('a', 1)), hash(frozenset('ab')))
missing = [(name, k) for name, m in list(sys.modules.items())
           for d in [getattr(m, '__dict__', {})] for k in list(d) if k not in d]
print(missing, len, os.sep, 'len' in builtins.__dict__)
print(sorted(k for k in vars(str) if 'case' in k), dict.fromkeys('abcd'))
"""

# a random key: the hashes differ from run to run; what must hold is checked
RANDOM_HASHES = """\
import sys, builtins
missing = [(name, k) for name, m in list(sys.modules.items())
           for d in [getattr(m, '__dict__', {})] for k in list(d) if k not in d]
print(sys.flags.hash_randomization, missing, 'len' in builtins.__dict__)
"""

CASES: list[tuple[list[str], dict[str, str]]] = [
    (["-c", "import sys; print(sys.argv)", "a", "-b", "--c"], {}),
    (["-cimport sys; print(sys.argv)", "x"], {}),
    (["-O", "-c", "assert False, 'no'\nprint('after', __debug__)\nif __debug__: print('dbg')"], {}),
    (["-c", "assert 1 == 2, 'msg'"], {}),
    (["-OO", "-c", "def f():\n  'doc'\nclass C:\n  'cdoc'\nprint(f.__doc__, C.__doc__, __doc__)"], {}),
    (["-O", "-c", "def f():\n  'doc'\nprint(f.__doc__); " + FLAGS], {}),
    (["-c", FLAGS], {}),
    (["-OBSsq", "-c", FLAGS], {}),
    (["-I", "-c", FLAGS], {}),
    (["-E", "-P", "-d", "-b", "-c", FLAGS], {}),
    (["-X", "dev", "-c", FLAGS], {}),
    (["-c", FLAGS], {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1"}),
    (["-E", "-c", FLAGS], {"PYTHONOPTIMIZE": "2", "PYTHONDONTWRITEBYTECODE": "1"}),
    (["-X", "foo=bar", "-Xbaz", "-X", "a=b=c", "-c", "import sys; print(sys._xoptions)"], {}),
    (["-W", "error", "-Wignore::DeprecationWarning", "-c", "import sys; print(sys.warnoptions)"],
     {"PYTHONWARNINGS": "default,once::UserWarning"}),
    (["-W", "error", "-c", "import warnings\ntry:\n  warnings.warn('w')\nexcept UserWarning as e:\n"
      "  print('raised', e)"], {}),
    (["-u", "-c", "import sys; print('out'); sys.stderr.write('err\\n'); print('out2')"], {}),
    (["-c", "print(__debug__, __name__)"], {"PYTHONOPTIMIZE": "1"}),
    (["--version"], {}),
    (["-V"], {}),
    (["-z"], {}),
    (["-c"], {}),
    (["-X"], {}),
    (["-Oz", "-c", "pass"], {}),
    (["--frobnicate"], {}),
    (["-h"], {}),
    (["--check-hash-based-pycs", "sometimes", "-c", "pass"], {}),
    (["-c", "import sys; sys.exit(3)"], {}),
    (["-c", "raise SystemExit('bye')"], {}),
    (["-c", "1/0"], {}),
    (["no_such_script_here.py"], {}),
    (["-c", "import sys; print(sys.path[0] == '', sys.executable.startswith('/'))"], {}),
    (["-P", "-c", "import sys; print(sys.path[0] == '')"], {}),
    # site runs at startup unless -S: site-packages on sys.path, site's exit/quit
    (["-c", SITE], {}),
    (["-S", "-c", SITE], {}),
    (["-I", "-c", SITE], {}),
    # PYTHONHASHSEED: CPython's key for each seed (the objects built while
    # translating are rehashed: every key of every module dict is found)
    (["-c", HASHES], {"PYTHONHASHSEED": "12"}),
    (["-c", HASHES], {"PYTHONHASHSEED": "4294967295"}),
    (["-c", HASHES], {"PYTHONHASHSEED": " +7"}),
    (["-c", HASHES], {"PYTHONHASHSEED": "-0"}),
    (["-c", RANDOM_HASHES], {}),
    (["-c", RANDOM_HASHES], {"PYTHONHASHSEED": "random"}),
    (["-E", "-c", RANDOM_HASHES], {"PYTHONHASHSEED": "12"}),
    (["-c", "pass"], {"PYTHONHASHSEED": "4294967296"}),
    (["-c", "pass"], {"PYTHONHASHSEED": "-1"}),
    (["-c", "pass"], {"PYTHONHASHSEED": "12x"}),
]


def run(cmd: list[str], extra_env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env.update(extra_env)
    proc = subprocess.run(cmd, capture_output=True, timeout=60, cwd=cwd, env=env,
                          stdin=subprocess.DEVNULL)
    out = proc.stdout.decode("utf-8", "replace").replace(cmd[0], "PYTHON")
    err = proc.stderr.decode("utf-8", "replace").replace(cmd[0], "PYTHON")
    return proc.returncode, out, err


@pytest.mark.translated
@pytest.mark.parametrize("i", range(len(CASES)))
def test_option(ouro_exe: Path, tmp_path: Path, i: int) -> None:
    args, env = CASES[i]
    expected = run([CPYTHON] + args, env, tmp_path)
    got = run([str(ouro_exe)] + args, env, tmp_path)
    assert got == expected


@pytest.mark.translated
def test_skip_first_line_and_module(ouro_exe: Path, tmp_path: Path) -> None:
    (tmp_path / "weird.py").write_text("this line is not Python\nimport sys\n"
                                       "print('ok', sys.argv[1:])\n1/0\n")
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("print('pkg init')\n")
    (pkg / "__main__.py").write_text("import sys; print('pkg main', __name__)\n")
    (pkg / "tool.py").write_text("import sys\nprint('tool', __name__, sys.argv[0].endswith("
                                 "'pkg/tool.py'), sys.argv[1:])\n")
    (tmp_path / "mod.py").write_text("import sys\nprint('mod', __name__, sys.argv[1:], "
                                     "sys.path[0] == %r)\n" % str(tmp_path))
    # an uncaught exception under -m: runpy's "<frozen runpy>" frames, and
    # os is one of the modules CPython freezes ("<frozen os>", no source)
    (tmp_path / "boom.py").write_text("import os\ndef f():\n    return os.environ["
                                      "'NO_SUCH_VARIABLE_XYZ']\nf()\n")
    (tmp_path / "bad.py").write_text("x = (1,\n")
    for args in (["-x", "weird.py", "a"], ["-m", "mod", "x", "-c"], ["-m", "pkg"],
                 ["-m", "pkg.tool", "arg"], ["-m", "no_such_module_xyz"],
                 ["-m", "pkg.nothing"], ["-m", "boom"], ["boom.py"], ["-m", "bad"],
                 ["-c", "import sys; print(sys.orig_argv[1:])", "a"]):
        expected = run([CPYTHON] + args, {}, tmp_path)
        got = run([str(ouro_exe)] + args, {}, tmp_path)
        assert got == expected, args


ESCAPES = 'x = "a\\d\\q"\ny = b"\\777\\u" + b"\\N"\nz = ("\\777" f"{1}\\w{{\\e"\n     "ok")\nw = f"\\{6*7}\\N{BULLET}{{"\nprint(x, y, z, w)\n'


@pytest.mark.translated
def test_compile_warnings(ouro_exe: Path, tmp_path: Path) -> None:
    """The parser's DeprecationWarnings for invalid escape sequences and the
    compiler's SyntaxWarnings; with -W error, the SyntaxError that replaces
    them (at the string token, at the node)."""
    (tmp_path / "esc.py").write_text(ESCAPES)
    (tmp_path / "isl.py").write_text("x = 1\nprint(x is 1, x == 1)\nassert (x, 'm')\n")
    (tmp_path / "imp.py").write_text("import esc, isl\nprint('imported')\n")
    for args in (["esc.py"], ["-W", "default", "esc.py"], ["-W", "error", "esc.py"],
                 ["-W", "error::DeprecationWarning", "isl.py"], ["-W", "error", "isl.py"],
                 ["-W", "default", "-B", "imp.py"], ["-W", "error", "-B", "imp.py"],
                 ["-W", "default", "-c", ESCAPES], ["-W", "error", "-c", ESCAPES],
                 ["-W", "default", "-c", "import ast; ast.parse('x = \"\\\\d\"'); "
                  "print(eval(compile('\"\\\\d\"', 'f.py', 'eval')))"],
                 ["-W", "error", "-c", "import ast; ast.parse('x = \"\\\\d\"')"],
                 ["-W", "error", "-c", "try:\n  compile('1 is 1', 'f.py', 'eval')\n"
                  "except SyntaxError as e:\n  print(repr(e), e.lineno, e.offset, e.end_offset)"]):
        expected = run([CPYTHON] + args, {}, tmp_path)
        got = run([str(ouro_exe)] + args, {}, tmp_path)
        assert got == expected, args
    # a warning made an error leaves no cache file (the second run fails
    # alike); once a run without -W error wrote it, the cache is used
    for args in (["-W", "error", "imp.py"], ["-W", "error", "imp.py"], ["imp.py"],
                 ["-W", "error", "imp.py"]):
        expected = run([CPYTHON] + args, {}, tmp_path)
        got = run([str(ouro_exe)] + args, {}, tmp_path)
        assert got == expected, args


@pytest.mark.translated
def test_optimized_code_is_cached_apart(ouro_exe: Path, tmp_path: Path) -> None:
    """-O code goes to NAME.ouro-311.opt-1.pyc (as CPython's .opt-1), -B
    writes no cache file, and each level sees its own code."""
    (tmp_path / "lib.py").write_text("def check():\n    assert False, 'asserts on'\n"
                                     "    return 'asserts off'\n")
    (tmp_path / "main.py").write_text("import lib\ntry:\n    print(lib.check())\n"
                                      "except AssertionError as e:\n    print(e)\n")
    cache = tmp_path / "__pycache__"
    assert run([str(ouro_exe), "-B", "main.py"], {}, tmp_path)[1] == "asserts on\n"
    assert not cache.exists()
    assert run([str(ouro_exe), "main.py"], {}, tmp_path)[1] == "asserts on\n"
    assert run([str(ouro_exe), "-O", "main.py"], {}, tmp_path)[1] == "asserts off\n"
    assert run([str(ouro_exe), "main.py"], {}, tmp_path)[1] == "asserts on\n"
    assert run([str(ouro_exe), "-O", "main.py"], {}, tmp_path)[1] == "asserts off\n"
    names = sorted(p.name for p in cache.iterdir())
    assert names == ["lib.ouro-311.opt-1.pyc", "lib.ouro-311.pyc"], names


def run_into_closed_pipe(cmd: list[str], cwd: Path) -> tuple[int, str]:
    """Run with stdout a pipe whose reading end is already closed: every
    write fails with EPIPE (SIGPIPE is ignored at startup, as CPython does,
    so it is an OSError, not a killed process)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    r, w = os.pipe()
    os.close(r)
    try:
        proc = subprocess.run(cmd, stdout=w, stderr=subprocess.PIPE, timeout=60, cwd=cwd,
                              stdin=subprocess.DEVNULL, env=env)
    finally:
        os.close(w)
    return proc.returncode, proc.stderr.decode("utf-8", "replace").replace(cmd[0], "PYTHON")


BROKEN_PIPE_CASES = [
    # buffered output lost at exit: "Exception ignored in" and status 120
    "print('hello')",
    # a flush that fails inside the program: a BrokenPipeError it can catch
    "import sys\nprint('x')\ntry:\n    sys.stdout.flush()\nexcept BrokenPipeError as e:\n"
    "    sys.stderr.write('caught %r\\n' % (e,))",
    # uncaught: the traceback, status 1
    "import sys\nfor i in range(10000):\n    print('x' * 100)",
    "import sys\nsys.stdout.write('x' * 100000)\nsys.stdout.flush()",
    # a subprocess gets SIGPIPE back (restore_signals)
    "import signal, subprocess, sys\n"
    "print(signal.getsignal(signal.SIGPIPE), file=sys.stderr)\n"
    "subprocess.run([sys.executable, '-c', 'import signal; "
    "print(signal.getsignal(signal.SIGPIPE))'], stdout=sys.stderr)",
]


@pytest.mark.translated
@pytest.mark.parametrize("i", range(len(BROKEN_PIPE_CASES)))
@pytest.mark.parametrize("unbuffered", [False, True])
def test_closed_stdout_pipe(ouro_exe: Path, tmp_path: Path, i: int, unbuffered: bool) -> None:
    args = (["-u"] if unbuffered else []) + ["-c", BROKEN_PIPE_CASES[i]]
    expected = run_into_closed_pipe([CPYTHON] + args, tmp_path)
    got = run_into_closed_pipe([str(ouro_exe)] + args, tmp_path)
    assert got == expected


@pytest.mark.translated
def test_module_relative_imports(ouro_exe: Path, tmp_path: Path) -> None:
    """-m sets runpy's __package__ and __spec__: a package's __main__ and a
    submodule run as __main__ can import relatively (`python -m unittest`)."""
    pkg = tmp_path / "mpk"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "helper.py").write_text("X = 42\n")
    (pkg / "__main__.py").write_text("from .helper import X\nfrom . import helper\n"
                                     "print('main', __name__, __package__, X, __spec__.name)\n")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "mod.py").write_text("from ..helper import X\n"
                                        "print('sub', __name__, __package__, X)\n")
    (tmp_path / "topmod.py").write_text("print('top', __name__, repr(__package__), "
                                        "__spec__.name, type(__spec__.loader).__name__)\n"
                                        "from . import nothing\n")
    # a module found through sys.path's '' has an absolute __file__
    (tmp_path / "doc.py").write_text('def f():\n    """\n    >>> f() + 1\n    3\n    """\n'
                                     '    return 1\n')
    for args in (["-m", "mpk"], ["-m", "mpk.sub.mod"], ["-m", "topmod"],
                 ["-m", "json.tool", "--help"], ["-m", "doctest", "doc.py"],
                 ["-c", "import doc; print(doc.__file__)"]):
        expected = run([CPYTHON] + args, {}, tmp_path)
        got = run([str(ouro_exe)] + args, {}, tmp_path)
        assert got[:2] == expected[:2], args
        # the traceback of `from . import nothing` differs by runpy's frames
        assert got[2].splitlines()[-1:] == expected[2].splitlines()[-1:], args
    # its usage line names the executable (basename of sys.executable)
    status, out, err = run([str(ouro_exe), "-m", "unittest", "-h"], {}, tmp_path)
    assert status == 0 and out.startswith("usage: %s -m unittest" % ouro_exe.name), (out, err)


BAD_SCRIPTS = ["for x in range(3):\npass", "try:\n  pass\n", "\tif 1:\n  pass", "if 1:\n  x=1\n y=2",
               "def f():\nreturn 1", "x = (1, 2", 'print "hi"', "x = [1, 2 3]", "f(**a, *b)",
               "é = 'ü' +\n", "def f():\n\treturn 1\n        return 2\n", "x = 1\n  y = 2\n",
               "s = '''abc\n", "a = 1 +* 2\n", "class C:\n    def f(self):\n        pass\n   x = 1\n",
               "if x:\n", "def f():\n", "while 1:\n  x = [\n", "x = 1 if 2\n", "for x in y:\n  pass\nelse",
               "class A(:\n"]


@pytest.mark.translated
def test_syntax_error_in_script(ouro_exe: Path, tmp_path: Path) -> None:
    """A script that does not compile: the location lines and carets as
    CPython prints them (one caret for IndentationError and TabError), and
    sys.last_value set for -i."""
    for src in BAD_SCRIPTS:
        (tmp_path / "bad.py").write_text(src)
        expected = run([CPYTHON, "bad.py"], {}, tmp_path)
        got = run([str(ouro_exe), "bad.py"], {}, tmp_path)
        assert got == expected, src
        # stdin is parsed as a file too.  (-c is not compared: CPython puts
        # an error at the end of a command that ends with a newline on the
        # line after it, with an empty text; ouro as compile() does)
        piped = [subprocess.run([exe], input=src.encode(), capture_output=True, cwd=tmp_path,
                                timeout=60) for exe in (CPYTHON, str(ouro_exe))]
        assert piped[1].stderr.replace(str(ouro_exe).encode(), b"PYTHON") == \
            piped[0].stderr.replace(CPYTHON.encode(), b"PYTHON"), src
    check = ("import sys; e = sys.last_value; print(type(e).__name__, e.lineno, e.offset, "
             "e.end_offset, repr(e.text), sys.last_type is type(e), type(sys.last_traceback).__name__)\n")
    for args in (["-i", "bad.py"], ["-i", "-c", "1/0"]):
        proc = [subprocess.run([exe] + args, input=check.encode(), capture_output=True,
                               cwd=tmp_path, timeout=60,
                               env={k: v for k, v in os.environ.items() if not k.startswith("PYTHON")})
                for exe in (CPYTHON, str(ouro_exe))]
        assert proc[1].stdout == proc[0].stdout, args


@pytest.mark.translated
def test_ouro_cache_source(ouro_exe: Path, tmp_path: Path) -> None:
    """__ouro__.cache_source (scripts/warm_stdlib_cache.py's): compiles into
    the bytecode cache without running the file; the import then reads the
    cache; -B writes nothing; a SyntaxError is raised."""
    (tmp_path / "m.py").write_text("print('ran')\nX = 41 + 1\n")
    (tmp_path / "bad.py").write_text("def f(:\n")
    script = ("import __ouro__, os\n"
              "print(__ouro__.cache_source('m.py'), __ouro__.cache_source('m.py'))\n"
              "print(os.listdir('__pycache__'))\n"
              "try:\n    __ouro__.cache_source('bad.py')\n"
              "except SyntaxError as e:\n    print('SyntaxError', e.lineno)\n"
              "try:\n    __ouro__.cache_source('missing.py')\n"
              "except FileNotFoundError as e:\n    print('FileNotFoundError', e.filename)\n")
    code, out, err = run([str(ouro_exe), "-c", script], {}, tmp_path)
    assert (code, err) == (0, "")
    assert out == ("True True\n['m.ouro-311.pyc']\nSyntaxError 1\n"
                   "FileNotFoundError missing.py\n")
    code, out, err = run([str(ouro_exe), "-c", "import m; print(m.X)"], {}, tmp_path)
    assert (code, out, err) == (0, "ran\n42\n", "")
    (tmp_path / "n.py").write_text("Y = 1\n")
    code, out, err = run([str(ouro_exe), "-B", "-c",
                          "import __ouro__; print(__ouro__.cache_source('n.py'))"], {}, tmp_path)
    assert (code, out, err) == (0, "False\n", "")
    assert os.listdir(tmp_path / "__pycache__") == ["m.ouro-311.pyc"]


STREAMS = ("import sys; print([(s.encoding, s.errors) for s in (sys.stdin, sys.stdout, "
           "sys.stderr)])")

# PYTHONIOENCODING "[encoding][:errors]": the encoding of the standard streams
IOENCODING_CASES: list[tuple[list[str], dict[str, str], bytes]] = [
    (["-c", STREAMS + "; print('\\xe9'); sys.stderr.write('\\xe9 \\u20ac\\n')"],
     {"PYTHONIOENCODING": "latin-1"}, b""),
    (["-c", STREAMS + "; print(chr(0xa2))"], {"PYTHONIOENCODING": "cp424"}, b""),
    (["-c", STREAMS + "; print(chr(0xa2))"], {"PYTHONIOENCODING": "ascii:replace"}, b""),
    (["-c", "print('before'); print(chr(0xa2)); print('after')"], {"PYTHONIOENCODING": "ascii"},
     b""),
    (["-c", "print(chr(0xa2))"], {"PYTHONIOENCODING": "ascii:"}, b""),
    (["-c", "print('\\u20ac')"], {"PYTHONIOENCODING": "latin-1"}, b""),
    (["-c", STREAMS + "; print(chr(0xdcbd))"], {"PYTHONIOENCODING": ":surrogateescape"}, b""),
    (["-c", STREAMS], {"PYTHONIOENCODING": "UTF8"}, b""),
    # a pipe: no BOM for utf-16/utf-32 (not the start of a seekable file),
    # utf-8-sig's once
    (["-c", "print('a'); print('\xe9')"], {"PYTHONIOENCODING": "utf-16"}, b""),
    (["-c", "print('a'); print('\xe9')"], {"PYTHONIOENCODING": "utf-32"}, b""),
    (["-c", "print('a'); print('\xe9')"], {"PYTHONIOENCODING": "utf-8-sig"}, b""),
    (["-c", "import sys; sys.exit('h\\xe9')"], {"PYTHONIOENCODING": "latin-1"}, b""),
    (["-c", "print(ascii(input()), input())"], {"PYTHONIOENCODING": "latin-1"}, b"\xe9\n\xe8\n"),
    (["-E", "-c", STREAMS + "; print('\\xe9')"], {"PYTHONIOENCODING": "latin-1"}, b""),
    (["-I", "-c", STREAMS + "; print('\\xe9')"], {"PYTHONIOENCODING": "latin-1"}, b""),
    (["-c", STREAMS + "; print('\\xe9')"], {"LC_ALL": "C"}, b""),
    (["-c", "import sys; print('\\xe9'); sys.stdout.reconfigure(encoding='latin-1'); "
      "print('\\xe9', sys.stdout.encoding); sys.stdout.reconfigure(encoding='utf-8'); "
      "print('\\xe9')"], {}, b""),
]


def run_bytes(cmd: list[str], extra_env: dict[str, str], stdin: bytes,
              cwd: Path) -> tuple[int, bytes, bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(extra_env)
    proc = subprocess.run(cmd, capture_output=True, timeout=60, cwd=cwd, env=env, input=stdin)
    return proc.returncode, proc.stdout, proc.stderr.replace(cmd[0].encode(), b"PYTHON")


@pytest.mark.translated
@pytest.mark.parametrize("i", range(len(IOENCODING_CASES)))
def test_ioencoding(ouro_exe: Path, tmp_path: Path, i: int) -> None:
    """The bytes the standard streams read and write under PYTHONIOENCODING
    (ignored with -E and -I), as CPython's."""
    args, env, stdin = IOENCODING_CASES[i]
    expected = run_bytes([CPYTHON] + args, env, stdin, tmp_path)
    got = run_bytes([str(ouro_exe)] + args, env, stdin, tmp_path)
    assert got == expected


@pytest.mark.translated
def test_ioencoding_into_file(ouro_exe: Path, tmp_path: Path) -> None:
    """stdout redirected to a file: utf-16's BOM once, at its start."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-16"
    written = []
    for exe in (CPYTHON, str(ouro_exe)):
        path = tmp_path / "out.txt"
        with open(path, "wb") as f:
            subprocess.run([exe, "-c", "print('a'); print('\\xe9')"], stdout=f, env=env,
                           timeout=60, check=True)
        written.append(path.read_bytes())
    assert written[1] == written[0]
