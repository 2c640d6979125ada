"""ouro/compiler/codegen.py: what compiles, the compiler's errors, and the
shape of the code objects it makes.

* test_error_snippet     the compiler's own SyntaxErrors (return/yield/await
                         outside function, break outside loop, repeated
                         keywords, __debug__, starred targets, future
                         imports, except* with break...) compared with
                         CPython's compile(): type, message, line, offset,
                         end line, end offset
* test_sample_file       every file of the stdlib sample: compiles iff
                         CPython compiles it (same error otherwise), and the
                         code objects are well formed (check_code)
* test_all_stdlib        (slow) the same for every stdlib file
* test_snippet_shapes    small programs of every construct compile to well
                         formed code
* test_bytecode_doc      docs/bytecode.md is what opcodes.py generates
* test_dis_cli           `python -m ouro.dis FILE` lists instructions with
                         lines, and prints CPython's SyntaxError format
* test_compile_main_translated  (translated) compile_main.py translated
                         prints the same disassembly as untranslated
Behaviour (running the code) is tested by test_compiler_exec.py.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode
from ouro.compiler.codegen import compile_source
from ouro.compiler import compile_main
from ouro.parser.errors import SourceError
from ouro_testutil import STDLIB, sample_files, stdlib_files

REPO = Path(__file__).resolve().parent.parent.parent

ERROR_SNIPPETS = [
    "return 1", "return", "yield 1", "x = yield", "yield from x", "await x",
    "def f():\n    yield from x\nasync def g():\n    yield from x",
    "break", "continue", "if x:\n    break", "while x:\n    def f():\n        break",
    "for x in y:\n    pass\nelse:\n    continue",
    "while x:\n    class C:\n        continue",
    "class C:\n    return 1", "class C:\n    yield 1",
    "f(a=1, a=2)", "f(x, a=1, b=2, a=3)", "class C(a=1, a=2): pass",
    "async def f():\n    yield 1\n    return 2",
    "def f():\n    async with x:\n        pass", "def f():\n    async for x in y:\n        pass",
    "async with x:\n    pass", "async for x in y:\n    pass",
    "def f():\n    [x async for x in y]", "def f():\n    await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
    "*a = 1", "a, *b, *c = d", "[*a, *b] = c", "for *a in b: pass",
    "x = 1\nfrom __future__ import division", "def f():\n    from __future__ import division",
    '"doc"\nfrom __future__ import annotations\nimport os\nfrom __future__ import division',
    "try:\n    pass\nexcept* E:\n    break", "for x in y:\n    try:\n        pass\n    except* E:\n        continue",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1",
    "def f():\n    try:\n        pass\n    except* E:\n        return",
    "__debug__ = 1", "f(__debug__=1)", "def f(__debug__): pass", "x.__debug__ = 1",
    "del __debug__", "for __debug__ in x: pass", "with a as __debug__: pass",
    "import a as __debug__", "from a import b as __debug__", "lambda __debug__: 1",
    "def f(*, __debug__): pass", "def f(**__debug__): pass", "class __debug__: pass",
    "def __debug__(): pass", "(__debug__ := 1)", "__debug__ += 1", "__debug__: int = 1",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "lambda: (yield)", "def f():\n    x = [(yield) for y in z]",
    "async def f():\n    x = {(await y) for y in z}",
    "def f():\n    x = [await y for y in z]",
    "class A:\n    x = [(yield) for y in z]",
    "def f():\n    nonlocal x", "nonlocal x", "def f(a):\n    global a",
    "print(f'{yield}')", "x = *a", "a = b[*c]",
    "def f():\n    for x in y:\n        pass\n    else:\n        break",
    "def f():\n    try:\n        pass\n    finally:\n        break",
    "while 1:\n    try:\n        pass\n    finally:\n        continue",
    "def f():\n    x = 1\n    with a:\n        return x\n    yield",
    "async def f():\n    yield from g()",
    "def f(a, a): pass", "lambda a, a: 1",
    "x = [i for i in range(3) if (j := i) for j in range(2)]",
]


def outcome(src: bytes, filename: str) -> tuple | None:
    """CPython's compile(): None, or the error's type, message and range."""
    try:
        compile(src, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    except ValueError as e:       # e.g. source code with null bytes
        return ("ValueError", str(e))
    return None


def our_outcome(src: bytes, filename: str) -> tuple[tuple | None, CodeObject | None]:
    try:
        code = compile_source(src, filename)
    except SourceError as e:
        if e.kind == "ValueError":
            return ((e.kind, e.msg), None)
        return ((e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset), None)
    return (None, code)


@pytest.mark.parametrize("src", ERROR_SNIPPETS)
def test_error_snippet(src: str) -> None:
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = outcome(src.encode(), "x.py")
    got, code = our_outcome(src.encode(), "x.py")
    assert got == expected
    if code is not None:
        check_code(code)


def iter_code(code: CodeObject):
    yield code
    for c in code.co_consts:
        if isinstance(c, ConstCode):
            yield from iter_code(c.code)


def check_code(top: CodeObject) -> None:
    """The invariants every code object keeps."""
    for code in iter_code(top):
        raw = code.co_code
        n = len(raw) // 2
        assert len(raw) % 2 == 0 and n > 0
        assert len(code.positions()) == 4 * n
        ext = 0
        for i in range(n):
            opcode, arg = raw[2 * i], raw[2 * i + 1] | ext
            assert opcode in op.OPINFO, (code.co_name, i, opcode)
            if opcode == op.EXTENDED_ARG:
                ext = arg << 8
                continue
            ext = 0
            info = op.OPINFO[opcode]
            if info.arg == op.ARG_JUMP:
                assert 0 <= arg < n, (code.co_name, i)
                if opcode == op.JUMP_BACKWARD:
                    assert arg <= i
                elif opcode == op.JUMP_FORWARD:
                    assert arg > i
            elif info.arg == op.ARG_CONST:
                assert 0 <= arg < len(code.co_consts)
            elif info.arg == op.ARG_NAME:
                assert 0 <= arg < len(code.co_names)
            elif info.arg == op.ARG_LOCAL:
                assert 0 <= arg < len(code.co_varnames)
            elif info.arg == op.ARG_DEREF:
                assert 0 <= arg < len(code.co_cellvars) + len(code.co_freevars)
        # the last instruction never falls off the end
        assert raw[2 * (n - 1)] in (op.RETURN_VALUE, op.RERAISE, op.RAISE_VARARGS,
                                    op.JUMP_BACKWARD, op.JUMP_FORWARD), code.co_name
        entries = code.exception_entries()
        prev_end = 0
        for k in range(0, len(entries), 4):
            start, end, target, depth = entries[k:k + 4]
            assert prev_end <= start < end <= n and 0 <= target < n
            assert 0 <= depth <= code.co_stacksize
            prev_end = end
        assert code.co_argcount + code.co_kwonlyargcount <= len(code.co_varnames)


def _compare_file(rel: str) -> None:
    path = STDLIB / rel
    src = path.read_bytes()
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = outcome(src, str(path))
    got, code = our_outcome(src, str(path))
    if expected is not None and got is not None and got[0] != "ValueError":
        # the parser's error messages are compared in test_parser.py;
        # here what matters is that both refuse the file
        assert got[0] == expected[0], (got, expected)
    else:
        assert got == expected
    if code is not None:
        check_code(code)


@pytest.mark.parametrize("rel", sample_files())
def test_sample_file(rel: str) -> None:
    _compare_file(rel)


@pytest.mark.slow
@pytest.mark.parametrize("part", range(8))     # parts, for pytest-xdist's workers
def test_all_stdlib(part: int) -> None:
    failures = []
    for rel in stdlib_files()[part::8]:
        try:
            _compare_file(rel)
        except AssertionError as e:
            failures.append("%s: %s" % (rel, str(e)[:200]))
    assert failures == []


SHAPES = [
    "x = 1\ny = x + 2 * 3\nprint(x, y)",
    "def f(a, /, b, *c, d=1, **e):\n    return a, b, c, d, e",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g",
    "class C(B, metaclass=M):\n    '''doc'''\n    a: int = 1\n    def m(self):\n        return super().m() + __class__.a",
    "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\nelse:\n    pass",
    "while x:\n    try:\n        f()\n    except (A, B) as e:\n        g(e)\n    except C:\n        break\n    else:\n        h()\n    finally:\n        continue",
    "def f():\n    try:\n        return g()\n    finally:\n        h()",
    "def f():\n    for x in y:\n        with a as b, c:\n            return x",
    "async def f():\n    async with a as b:\n        async for x in b:\n            await x\n    return [y async for y in z]",
    "def g():\n    x = yield 1\n    y = yield from h()\n    return x + y",
    "try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    pass\nelse:\n    h()\nfinally:\n    k()",
    "x = [i * j for i in a if i for j in b]\ny = {k: v for k, v in d.items()}\nz = {i for i in s}\nw = (i for i in g)",
    "a, *b, c = d\n[e, f] = g\nh.i, j[k], l[m:n] = o\ndel h.i, j[k], l[m:n:2]",
    "x = f(*a, b, *c, d=1, **e, f=2)\ny = g(**h)\nz = o.m(1, k=2)\nw = o.m(*a)",
    "x = {'a': 1, 'b': 2}\ny = {**x, 'c': 3, **z}\nz = {1, 2, 3}\nw = [*a, 1, *b]\nv = (*a, *b)",
    "print(f'{x!r:>{w}} {y=} {z:.3f} {{}}')",
    "import a.b.c\nimport a.b.c as d\nfrom . import e\nfrom ..f import g as h, i\nfrom j import *",
    "assert x, 'msg'\nassert y\nraise E from F\nraise",
    "x = a if b else c\ny = not (a and b or c)\nz = 1 < a < b <= c\nif a < b < c:\n    pass",
    "x = lambda a, *b, c=1, **d: (a, b, c, d)\ny = lambda: (yield)",
    "def f(x: int, *a: str, k: 'K' = 1, **kw: float) -> bool:\n    return True",
    "from __future__ import annotations\ndef f(x: int) -> list[str]: pass\nx: dict[str, int] = {}",
    "@d1\n@d2(1)\ndef f(): pass\n@d3\nclass C: pass",
    "global_x = 1\ndef f():\n    global global_x\n    global_x = 2\n    del global_x",
    "class C:\n    __p = 1\n    def m(self):\n        return self.__p, __q",
    "x = 2 ** 100\ny = -2 ** 63\nz = 'a' * 5000\nw = (1, 2) + (3,)\nv = 1 / 0",
    "if __debug__:\n    pass\nwhile True:\n    break\nwhile 0:\n    pass",
    "def f():\n    while True:\n        try:\n            continue\n        finally:\n            return 1",
    "x = [1, 2, 3]\nif y in [1, 2]:\n    pass\nif z not in {1, 2, 1.0}:\n    pass",
]


@pytest.mark.parametrize("src", SHAPES)
def test_snippet_shapes(src: str) -> None:
    expected = outcome(src.encode(), "x.py")
    got, code = our_outcome(src.encode(), "x.py")
    assert got == expected
    if code is not None:
        check_code(code)


def test_bytecode_doc() -> None:
    doc = (REPO / "docs" / "bytecode.md").read_text()
    assert doc == op.markdown(), "regenerate: python -m ouro.compiler.opcodes > docs/bytecode.md"


def test_dis_cli(tmp_path: Path) -> None:
    good = tmp_path / "good.py"
    good.write_text("x = 1\n\ndef f(a):\n    return a + x\n")
    proc = subprocess.run([sys.executable, "-m", "ouro.dis", str(good)], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert 'Disassembly of <code object <module>, file "%s", line 1>:' % good in out
    assert 'Disassembly of <code object f, file "%s", line 3>:' % good in out
    lines = out.splitlines()
    assert any(line.split()[:3] == ["1", "0", "LOAD_CONST"] for line in lines)
    assert any(line.split()[:3] == ["4", "0", "LOAD_FAST"] for line in lines)
    assert any("BINARY_OP" in line and "(+)" in line for line in lines)
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    pass\nreturn 1\n")
    proc = subprocess.run([sys.executable, "-m", "ouro.dis", str(bad)], capture_output=True,
                          text=True, cwd=REPO, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr == ('  File "%s", line 3\n    return 1\n    ^^^^^^^^\n'
                           "SyntaxError: 'return' outside function\n" % bad)


TRANSLATED_FILES = ["ast.py", "os.py", "typing.py", "asyncio/base_events.py",
                    "test/test_grammar.py", "test/test_patma.py", "dataclasses.py"]


def run_main_in_process(args: list[str]) -> tuple[int, str]:
    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = compile_main.entry_point(["compile_main"] + args)
    return status, out.getvalue()


@pytest.mark.translated
def test_compile_main_translated(rpy_translate, tmp_path: Path) -> None:
    exe = rpy_translate(REPO / "ouro" / "compiler" / "compile_main.py")
    for rel in TRANSLATED_FILES:
        path = str(STDLIB / rel)
        status, out = run_main_in_process(["--dis", path])
        proc = subprocess.run([str(exe), "--dis", path], capture_output=True, timeout=120)
        assert proc.returncode == status, rel
        assert proc.stdout.decode("utf-8") == out, rel
