"""ouro/compiler/symtable.py compared with CPython 3.11's `symtable` module.

Both sides are printed in the format of ouro.compiler.symtable.format_symtable
(`cpython_format` below builds it from `symtable.symtable(src, 'f', 'exec')`):
every table with its type, name, line, optimized/nested/children, the
function and class accessors, and every symbol's raw flags and Symbol
predicates.

* test_snippet          one snippet per scope rule: the same tables
* test_error_snippet    code CPython's symtable rejects (symtable.c's and
                        future.c's errors): the same message, line, offset,
                        end line and end offset
* test_passing_files    every file of PASSING_FILES (stdlib files of the
                        deterministic sample whose tables match exactly)
                        still matches
* test_report_sample    REPORTS (does not fail) how many files of the
                        sample (about 150 stdlib files our parser accepts)
                        match; run with -s to see it and the differences
* test_main_prints_format  symtable_main.entry_point (untranslated) prints
                        the format of CPython's tables
* test_symtable_main_translated  (marker `translated`) symtable_main.py
                        translated prints what it prints untranslated
"""
from __future__ import annotations

import contextlib
import io
import subprocess
import symtable
from pathlib import Path

import pytest

from ouro.compiler.symtable import build_symtable, format_symtable
from ouro.compiler import symtable_main
from ouro.parser.errors import SourceError
from ouro.parser.parser import parse
from ouro_testutil import STDLIB, read, stdlib_files

REPO = Path(__file__).resolve().parent.parent.parent

PASSING_ONLY = symtable.FREE << symtable.SCOPE_OFF

# ---------------------------------------------------------------- the two printers


def cpython_format(top: symtable.SymbolTable) -> str:
    """format_symtable's format, from CPython's symtable module."""
    parts: list[str] = []

    def fmt(t: symtable.SymbolTable, indent: str) -> None:
        raw = t._table.symbols  # type: ignore[attr-defined]
        order = [n for n, f in raw.items() if f != PASSING_ONLY]
        order += sorted(n for n, f in raw.items() if f == PASSING_ONLY)
        words = [w for w, on in (("optimized", t.is_optimized()), ("nested", t.is_nested()),
                                 ("children", t.has_children())) if on]
        parts.append("%s%s %s line %d%s\n" % (indent, t.get_type(), t.get_name(),
                                               t.get_lineno(),
                                               "".join(" " + w for w in words)))
        if isinstance(t, symtable.Function):
            for label, names in (("parameters", t.get_parameters()), ("locals", t.get_locals()),
                                 ("globals", t.get_globals()), ("frees", t.get_frees()),
                                 ("nonlocals", t.get_nonlocals())):
                chosen = set(names)
                parts.append(indent + "  " + label + ":"
                             + "".join(" " + n for n in order if n in chosen) + "\n")
        elif isinstance(t, symtable.Class):
            parts.append(indent + "  methods:" + "".join(" " + n for n in t.get_methods()) + "\n")
        for name in order:
            s = t.lookup(name)
            preds = [("referenced", s.is_referenced()), ("assigned", s.is_assigned()),
                     ("parameter", s.is_parameter()), ("global", s.is_global()),
                     ("declared_global", s.is_declared_global()), ("local", s.is_local()),
                     ("free", s.is_free()), ("nonlocal", s.is_nonlocal()),
                     ("imported", s.is_imported()), ("annotated", s.is_annotated()),
                     ("namespace", s.is_namespace())]
            parts.append("%s  %s %d%s\n" % (indent, name, raw[name],
                                            "".join(" " + w for w, on in preds if on)))
        for child in t.get_children():
            fmt(child, indent + "    ")

    fmt(top, "")
    return "".join(parts)


def cpython_result(src: bytes) -> tuple:
    try:
        top = symtable.symtable(src, "f", "exec")
    except SyntaxError as e:
        return ("err", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return ("ok", cpython_format(top))


def ouro_result(src: bytes) -> tuple:
    try:
        top = build_symtable(parse(src))
    except SourceError as e:
        end_offset = e.end_offset if e.end_offset >= 0 else None
        return ("err", e.kind, e.msg, e.lineno, e.offset, e.end_lineno, end_offset)
    return ("ok", format_symtable(top))


# ---------------------------------------------------------------- snippets

SNIPPETS = [
    # module level, implicit globals
    "x = 1\nprint(x)\n",
    "x\ny = x\ndel y\n",
    "a, (b, *c) = d\n[e, f] = g\n",
    "x += 1\nx.y = z\nx[i] = j\n",
    "for i in range(3):\n    pass\nelse:\n    j = i\n",
    "while w:\n    v = 1\nif a:\n    b = 1\nelif c:\n    d = 1\nelse:\n    e = 1\n",
    # imports
    "import os\nimport os.path\nimport a.b.c as d\nfrom x import y, z as w\nfrom . import q\n",
    "from m import *\n",
    "def f():\n    import os.path\n    from x import y as z\n    return os, z\n",
    # functions, parameters
    "def f(a, b, /, c, d=1, *e, f, g=2, **h):\n    return a\n",
    "def f(a, *, b):\n    pass\n",
    "def f(*, a=x, b=y):\n    pass\n",
    "def f():\n    x = 1\n    return x\n",
    "def f():\n    return y\n",
    "def f(a):\n    a = 1\n    del a\n",
    "async def f(a):\n    await a\n    async for x in a:\n        pass\n    async with a as (b, c):\n        pass\n",
    "def f():\n    yield 1\n    yield from g()\n",
    # free and cell variables
    "def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n",
    "def f(x):\n    def g():\n        def h():\n            return x + y\n        return h\n    y = 2\n",
    "def f():\n    def g():\n        return x\n    return g\nx = 1\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
    "def f():\n    a = b = c = 1\n    def g():\n        return c, a, b\n",
    "def f():\n    a = b = c = 1\n    def g():\n        def h():\n            return c, a, b\n",
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "class C:\n    def m(self):\n        pass\n    def m(self, a):\n        pass\n",
    # global / nonlocal
    "def f():\n    global x\n    x = 1\n",
    "x = 0\ndef f():\n    global x\n    def g():\n        return x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n    def h():\n        return x\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            nonlocal x\n            x = 3\n",
    "class C:\n    global x\n    x = 1\n    def m(self):\n        return x\n",
    "def f():\n    x = 1\n    class C:\n        nonlocal x\n        x = 2\n",
    "def f():\n    global a, b\n    a = b\n",
    "global x\nx = 1\n",
    # __class__ and super
    "class C:\n    def m(self):\n        return super().m()\n",
    "class C:\n    def m(self):\n        return __class__\n",
    "class C:\n    def m(self):\n        return [super() for _ in ()]\n",
    "class C:\n    def m(self):\n        def inner():\n            return super\n        return inner\n",
    "class C:\n    super()\n    __class__\n",
    "def f():\n    super()\n",
    "class C:\n    class D:\n        def m(self):\n            return __class__\n",
    # name mangling
    "class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__x + __a + __y__\n",
    "class _C:\n    def f(self):\n        global __g\n        __g = 1\n",
    "class __:\n    __x = 1\n",
    "class C:\n    import __a, __b.c\n    def f(self):\n        __z = 1\n        def g():\n            return __z\n",
    # comprehensions
    "[x for x in y]\n",
    "{x for x in y}\n{k: v for k, v in d}\n(x for x in y)\n",
    "[x for x in range(3) if x for y in x if y]\n",
    "[[a for a in b] for b in c]\n",
    "def f(n):\n    return [i + n for i in range(n)]\n",
    "def f():\n    y = 1\n    return [(x, y) for x in z]\n",
    "class C:\n    y = 1\n    z = [y for x in range(3)]\n    w = [x for x in range(y)]\n",
    "{k: v for k in a for v in k}\n",
    "{v: k for k in a}\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    return [await x for x in y]\n",
    "async def f():\n    return [x async for x in y]\n",
    "def f():\n    return [lambda: x for x in y]\n",
    "def f(a):\n    return [b for b in a for c in (lambda: b)()]\n",
    # walrus
    "def f():\n    [y := x for x in z]\n    return y\n",
    "[y := x for x in z]\n",
    "def f():\n    global y\n    [y := x for x in z]\n",
    "def f():\n    [[w := x for x in y] for y in z]\n",
    "def f():\n    if (n := 10) > 5:\n        return n\n",
    "(a := 1)\n",
    "def f():\n    def g():\n        [y := x for x in z]\n    y = 1\n",
    "def f():\n    return lambda: [y := 1 for x in z]\n",
    # lambda
    "f = lambda x, y=z: x + y\n",
    "f = lambda: (lambda: a)\n",
    "def f(a):\n    return lambda b, *c, d=a, **e: (a, b, c, d, e)\n",
    # annotations
    "x: int\ny: str = 'a'\n(z): int = 1\nw.a: int = 2\n",
    "def f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    x: int\n    y: list[T] = []\n",
    "from __future__ import annotations\ndef f(a: A, *b: B, c: C = 1, **d: D) -> R:\n    x: int\n    y: list[T] = []\nz: Z = 1\n",
    '"""doc"""\nfrom __future__ import annotations\nclass C:\n    a: A\n    b: B = 1\n',
    "from __future__ import annotations\ndef f(x: (lambda: y)) -> [q for q in r]:\n    pass\n",
    "def f():\n    x: int\n    def g():\n        return x\n",
    "class C:\n    x: int\n    def m(self) -> C:\n        return self\n",
    "def f():\n    (x): int = 1\n",
    # decorators and defaults evaluated in the enclosing scope
    "@d\ndef f(a=b, *, c=e):\n    pass\n",
    "def outer():\n    d = e = 1\n    @d\n    class C(e, metaclass=m):\n        pass\n    @d\n    def f(x=e):\n        pass\n",
    "def f():\n    v = 1\n    def g(a=v, *, b=[i for i in v]):\n        return a\n",
    # class bodies
    "class C(B, metaclass=M):\n    x = 1\n    y = x\n    def f(self):\n        return self.y\n    class D:\n        pass\n",
    "class C:\n    [x for x in range(3)]\n    lambda: C\n",
    # except, with, match
    "try:\n    pass\nexcept E as e:\n    print(e)\nexcept (A, B):\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2\n",
    "try:\n    pass\nexcept* E as e:\n    pass\n",
    "def f():\n    try:\n        pass\n    except E as e:\n        del e\n",
    "with a as b, c as (d, e):\n    pass\n",
    "match x:\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case P(q, r=s) | P(q, r=s):\n        pass\n    case (1 | 2) as t if t > u:\n        pass\n    case C.D:\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
    "def f(x):\n    match x:\n        case [*_]:\n            pass\n        case {**rest}:\n            return rest\n",
    # other expressions
    "f(a, *b, c=d, **e)\n",
    "x = a if b else c\ny = {a: b, **c}\nz = a[b:c:d]\nw = f'{a!r:{b}}'\n",
    "assert a, b\nraise c from d\n",
    "def f():\n    return not a and b or -c < d <= e\n",
    "print(__name__, __file__)\n",
    "def top(a):\n    return a\n",       # symtable.py: Symbols of a table named 'top' are "module scope"
    "import os\nfrom __future__ import annotations\n",   # late: the compiler's error
    "from __future__ import annotations\nfrom __future__ import division\nx: y\n",
    "from .__future__ import annotations\nx: y\n",
    "def f():\n    x = 1\n    class C:\n        def g(self):\n            nonlocal x\n            x = 2\n",
    "def f():\n    x = 1\n    def g():\n        del x\n",
    "class C([b for b in bs], **{k: v for k, v in kw}):\n    pass\n",
    "def f():\n    \u00e9 = 1\n    return lambda: \u00e9\n",
    # nesting flags
    "def f():\n    class C:\n        def m(self):\n            pass\n",
    "class C:\n    class D:\n        def m(self):\n            pass\n",
    "def f():\n    def g():\n        def h():\n            pass\n",
]

ERROR_SNIPPETS = [
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal x\n",
    "x = 1\ndef f():\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    def g(x):\n        nonlocal x\n",
    "def f():\n    x: int\n    global x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(x, x):\n    pass\n",
    "def f(a, *, a):\n    pass\n",
    "def f(a, **a):\n    pass\n",
    "lambda a, a: 1\n",
    "[x := 1 for x in y]\n",
    "def f():\n    [[x := 1 for y in z] for x in w]\n",
    "[i for i in (j := y)]\n",
    "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "class C:\n    [y := 1 for x in z]\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "[(yield x) for x in y]\n",
    "def f():\n    return {(yield): 1 for x in y}\n",
    "def f():\n    return ((yield from x) for x in y)\n",
    "{(yield) for x in y}\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "from __future__ import annotations\ndef f() -> (yield):\n    pass\n",
    "from __future__ import annotations\nasync def f(x: await y):\n    pass\n",
    "class C:\n    def f(self, __a, _C__a):\n        pass\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        global x\n",
    "[x for x in (lambda: (y := 1))()]\n",
    "def f():\n    [x := 1 for y in z]\n    global x\n",
    # offsets are UTF-8 byte offsets + 1, as CPython's
    "def f(\u00e9, \u00e9): pass\n",
    "def f():\n    x = '\u00e9\u00e9'; from os import *\n",
    "x = '\u00e9\u00e9'; [y := 1 for y in z]\n",
    # future.c's errors, which symtable.symtable() reports too
    "from __future__ import braces\n",
    "from __future__ import annotations, nope\n",
    '"""doc"""\nfrom __future__ import division\nfrom __future__ import *\n',
    "import os; from __future__ import annotations\n",
]


@pytest.mark.parametrize("src", SNIPPETS)
def test_snippet(src: str) -> None:
    expected = cpython_result(src.encode())
    assert expected[0] == "ok", "the snippet is not valid: %r" % (expected,)
    assert ouro_result(src.encode()) == expected


@pytest.mark.parametrize("src", ERROR_SNIPPETS)
def test_error_snippet(src: str) -> None:
    parse(src.encode())          # the parser accepts it: the error is the symtable's
    expected = cpython_result(src.encode())
    assert expected[0] == "err"
    assert ouro_result(src.encode()) == expected


# ---------------------------------------------------------------- stdlib files

SAMPLE_SIZE = 150


def symtable_sample() -> list[str]:
    """Every k-th stdlib file (about SAMPLE_SIZE of them) that our parser
    accepts and CPython's symtable too."""
    files = stdlib_files()
    step = max(1, len(files) // SAMPLE_SIZE)
    result: list[str] = []
    for rel in files[::step]:
        src = read(rel)
        try:
            parse(src)
            symtable.symtable(src, rel, "exec")
        except (SourceError, SyntaxError, ValueError):
            continue
        result.append(rel)
    return result


PASSING_FILES: list[str] = [
    '__future__.py',
    '_py_abc.py',
    'argparse.py',
    'asyncio/events.py',
    'asyncio/selector_events.py',
    'asyncio/unix_events.py',
    'cgitb.py',
    'concurrent/futures/__init__.py',
    'csv.py',
    'ctypes/test/test_array_in_pointer.py',
    'ctypes/test/test_delattr.py',
    'ctypes/test/test_loading.py',
    'ctypes/test/test_random_things.py',
    'ctypes/test/test_unaligned_structures.py',
    'curses/panel.py',
    'distutils/__init__.py',
    'distutils/command/build_clib.py',
    'distutils/command/install_lib.py',
    'distutils/dist.py',
    'distutils/tests/__init__.py',
    'distutils/tests/test_check.py',
    'distutils/tests/test_file_util.py',
    'distutils/tests/test_sdist.py',
    'distutils/util.py',
    'email/contentmanager.py',
    'email/mime/audio.py',
    'encodings/__init__.py',
    'encodings/cp1125.py',
    'encodings/cp273.py',
    'encodings/cp857.py',
    'encodings/cp875.py',
    'encodings/hex_codec.py',
    'encodings/iso8859_1.py',
    'encodings/iso8859_6.py',
    'encodings/mac_croatian.py',
    'encodings/palmos.py',
    'encodings/unicode_escape.py',
    'encodings/zlib_codec.py',
    'genericpath.py',
    'html/entities.py',
    'idlelib/autoexpand.py',
    'idlelib/debugobj.py',
    'idlelib/hyperparser.py',
    'idlelib/idle_test/test_calltip.py',
    'idlelib/idle_test/test_delegator.py',
    'idlelib/idle_test/test_macosx.py',
    'idlelib/idle_test/test_replace.py',
    'idlelib/idle_test/test_statusbar.py',
    'idlelib/idle_test/tkinter_testing_utils.py',
    'idlelib/query.py',
    'idlelib/squeezer.py',
    'imaplib.py',
    'importlib/metadata/_collections.py',
    'importlib/resources/abc.py',
    'json/scanner.py',
    'lib2to3/fixes/fix_asserts.py',
    'lib2to3/fixes/fix_getcwdu.py',
    'lib2to3/fixes/fix_long.py',
    'lib2to3/fixes/fix_raise.py',
    'lib2to3/fixes/fix_types.py',
    'lib2to3/pgen2/driver.py',
    'lib2to3/tests/__main__.py',
    'lib2to3/tests/data/fixers/myfixes/fix_preorder.py',
    'lib2to3/tests/test_parser.py',
    'mailcap.py',
    'multiprocessing/pool.py',
    'multiprocessing/sharedctypes.py',
    'optparse.py',
    'posixpath.py',
    'quopri.py',
    'secrets.py',
    'socketserver.py',
    'stringprep.py',
    'test/__main__.py',
    'test/certdata/make_ssl_certs.py',
    'test/doctest_aliases.py',
    'test/imp_dummy.py',
    'test/libregrtest/refleak.py',
    'test/libregrtest/worker.py',
    'test/pyclbr_input.py',
    'test/seq_tests.py',
    'test/support/__init__.py',
    'test/support/warnings_helper.py',
    'test/test_asdl_parser.py',
    'test/test_asyncio/test_buffered_proto.py',
    'test/test_asyncio/test_selector_events.py',
    'test/test_asyncio/test_timeouts.py',
    'test/test_augassign.py',
    'test/test_bufio.py',
    'test/test_capi/test_getargs.py',
    'test/test_cmd.py',
    'test/test_codecencodings_tw.py',
    'test/test_compile.py',
    'test/test_cppext/__init__.py',
    'test/test_dataclasses/dataclass_module_2.py',
    'test/test_deque.py',
    'test/test_doctest.py',
    'test/test_email/test_asian_codecs.py',
    'test/test_email/test_utils.py',
    'test/test_exception_hierarchy.py',
    'test/test_fileutils.py',
    'test/test_ftplib.py',
    'test/test_gdb/test_backtrace.py',
    'test/test_genexps.py',
    'test/test_hash.py',
    'test/test_imaplib.py',
    'test/test_import/data/circular_imports/indirect.py',
    'test/test_import/data/circular_imports/util.py',
    'test/test_importlib/builtin/__main__.py',
    'test/test_importlib/data03/namespace/portion2/__init__.py',
    'test/test_importlib/frozen/test_loader.py',
    'test/test_importlib/import_/test_relative_imports.py',
    'test/test_importlib/partial/cfimport.py',
    'test/test_importlib/stubs.py',
    'test/test_importlib/test_open.py',
    'test/test_importlib/threaded_import_hangers.py',
    'test/test_inspect/inspect_stringized_annotations_2.py',
    'test/test_itertools.py',
    'test/test_json/test_pass1.py',
    'test/test_kqueue.py',
    'test/test_longexp.py',
    'test/test_mmap.py',
    'test/test_multiprocessing_main_handling.py',
    'test/test_optparse.py',
    'test/test_peg_generator/test_c_parser.py',
    'test/test_platform.py',
    'test/test_profile.py',
    'test/test_quopri.py',
    'test/test_rlcompleter.py',
    'test/test_setcomps.py',
    'test/test_socket.py',
    'test/test_sqlite3/test_hooks.py',
    'test/test_string.py',
    'test/test_super.py',
    'test/test_tcl.py',
    'test/test_timeit.py',
    'test/test_tools/__init__.py',
    'test/test_tools/test_reindent.py',
    'test/test_type_cache.py',
    'test/test_unicodedata.py',
    'test/test_urllibnet.py',
    'test/test_wait4.py',
    'test/test_winsound.py',
    'test/test_yield_from.py',
    'test/test_zoneinfo/test_zoneinfo.py',
    'test/tracedmodules/testmod.py',
    'test/typinganndata/ann_module9.py',
    'tkinter/colorchooser.py',
    'tkinter/test/support.py',
    'tkinter/test/test_tkinter/test_variables.py',
    'tomllib/__init__.py',
    'turtledemo/bytedesign.py',
    'turtledemo/penrose.py',
    'unittest/__main__.py',
    'unittest/test/__init__.py',
    'unittest/test/test_loader.py',
    'unittest/test/testmock/testcallable.py',
    'urllib/parse.py',
    'webbrowser.py',
    'xml/dom/__init__.py',
    'xml/etree/cElementTree.py',
    'xmlrpc/server.py',
]

_RESULTS: dict[str, bool] = {}


def file_matches(rel: str) -> bool:
    if rel not in _RESULTS:
        src = read(rel)
        _RESULTS[rel] = ouro_result(src) == cpython_result(src)
    return _RESULTS[rel]


def test_passing_files() -> None:
    failing = [rel for rel in PASSING_FILES if not file_matches(rel)]
    assert failing == []


def test_report_sample() -> None:
    files = symtable_sample()
    matching = [rel for rel in files if file_matches(rel)]
    missing = sorted(set(matching) - set(PASSING_FILES))
    print("\nouro symtable: %d of %d sample stdlib files match CPython's symtable"
          % (len(matching), len(files)))
    for rel in sorted(set(files) - set(matching)):
        print("  differs:", rel)
    if missing:
        print("  matching but not yet in PASSING_FILES:", missing)


# ---------------------------------------------------------------- symtable_main

def run_main_in_process(path: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = symtable_main.entry_point(["symtable_main", str(path)])
    return status, out.getvalue(), err.getvalue()


def test_main_prints_format(tmp_path: Path) -> None:
    path = tmp_path / "ok.py"
    src = b"def f(a):\n    return lambda: a\n"
    path.write_bytes(src)
    status, out, _ = run_main_in_process(path)
    assert status == 0
    assert out == cpython_format(symtable.symtable(src, "f", "exec"))


TRANSLATED_FILES = ["ast.py", "tokenize.py", "test/test_grammar.py", "test/test_patma.py",
                    "datetime.py", "turtledemo/clock.py"]


@pytest.mark.translated
def test_symtable_main_translated(rpy_translate, tmp_path: Path) -> None:
    """ouro/compiler/symtable_main.py translated prints what it prints
    untranslated (also for a symtable error: status 1, same stderr)."""
    exe = rpy_translate(REPO / "ouro" / "compiler" / "symtable_main.py")
    bad = tmp_path / "bad.py"
    bad.write_bytes(b"def f():\n    x = 1\n    def g():\n        nonlocal y\n")
    paths = [STDLIB / rel for rel in TRANSLATED_FILES] + [bad]
    for path in paths:
        status, out, err = run_main_in_process(path)
        proc = subprocess.run([str(exe), str(path)], capture_output=True, timeout=120)
        assert proc.returncode == status, path
        assert proc.stdout.decode("utf-8") == out, path
        assert proc.stderr.decode("utf-8") == err, path
