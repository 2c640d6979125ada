"""`match` statements in the compiler (ouro/compiler/codegen_match.py).

* test_error_snippet     the compile-time errors of patterns (unreachable
                         patterns, repeated names, alternatives binding
                         different names, repeated class attributes,
                         duplicate and non-literal mapping keys, f-strings
                         as values, starred names, __debug__, the UNPACK_EX
                         limit...) and snippets that must compile, compared
                         with CPython's compile(): type, message, line,
                         offset, end line, end offset
* test_shape             small matches compile to CPython 3.11's
                         instruction shapes (opcode sequences)
* test_positions         the positions of the pattern instructions are
                         CPython's (ordered for the checks, as multisets
                         for stores, pops and copies)
* test_random_matches    generated match statements (random patterns,
                         guards, subjects; a fixed seed): the same
                         SyntaxError as CPython's, or, run on the
                         reference evaluator tests/ouro/bcexec.py, the same
                         output as CPython
* test_stdlib_match_files  the stdlib files with match statements compile
                         (as CPython does) to well formed code
* test_patma             CPython's Lib/test/test_patma.py, compiled by us
                         and run on the evaluator: its tests pass (except
                         the tracing tests and the two that depend on
                         type flags the evaluator only approximates)
"""
from __future__ import annotations

import contextlib
import io
import random
import re
import sys
import warnings
from typing import Any

import pytest

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode
from ouro.compiler.codegen import compile_source
from ouro.parser.errors import SourceError
from ouro_testutil import STDLIB, stdlib_files

try:
    import bcexec
except ImportError:     # the evaluator is not there (yet)
    bcexec = None

needs_cpython_311 = pytest.mark.skipif(sys.version_info[:2] != (3, 11),
                                       reason="compares with CPython 3.11")
needs_bcexec = pytest.mark.skipif(bcexec is None, reason="tests/ouro/bcexec.py is missing")


def cpython_outcome(src: str) -> tuple | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, "x.py", "exec", dont_inherit=True)
        except SyntaxError as e:
            return (type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return None


def our_outcome(src: str) -> tuple[tuple | None, CodeObject | None]:
    try:
        code = compile_source(src.encode("utf-8"), "x.py")
    except SourceError as e:
        return ((e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset), None)
    return (None, code)


def check_structure(code: CodeObject) -> None:
    if bcexec is not None:
        problems = bcexec.check_code(code)
        assert not problems, "\n".join(problems)


# ---------------------------------------------------------------- errors

def case(pattern: str, *more: str) -> str:
    """A match statement with these case patterns."""
    lines = ["match x:"]
    for p in (pattern,) + more:
        lines.append("    case %s:" % p)
        lines.append("        pass")
    return "\n".join(lines) + "\n"


MANY = "".join("a%d, " % i for i in range(256))

ERROR_SNIPPETS = [
    # irrefutable patterns that are not last
    case("a", "1"), case("_", "1"), case("a | b"), case("1 | x | 2"),
    case("(a | [b]) | [c]"), case("[a, (c | d)] | [b]"), case("a | a"),
    case("[a, (a | a)]"), case("[(a | a), a]"), case("(x as y)", "1"),
    case("((a as b) | c) as d", "2"),
    "match x:\n    case x if x:\n        pass\n    case _:\n        pass\n    case 1:\n        pass\n",
    case("1", "_", "y"), case("_ if g", "_"),
    "match x:\n    case (\n        a\n    ):\n        pass\n    case 2:\n        pass\n",
    # repeated names
    case("[a, a]"), case("[a, *a]"), case("{'k': a, **a}"), case("{'k': [1, a], **a}"),
    case("C(a, b=a)"), case("(a as a)"), case("[a, b] | [b, a] as a"),
    case("[(a | a) as a]"), case("[a, [b, [c, a]]]"), case("{1: x, 2: {3: x}}"),
    # alternatives binding different names
    case("[a] | [b]"), case("{'k': [a, 1]} | 2"), case("[a, b] | [b, a] | [a, b, c]"),
    case("[a] | [a, b]"), case("(a, b) | (a, c)"), case("1 | x", "2"),
    case("C(x=a) | C(y=b)"), case("[a, *b] | [*b, c]"), case("{**r} | {'a': r2}"),
    # class patterns
    case("C(x=1, x=2)"), case("C(x=1, y=[a], x=2)"), case("C(1, x=1, y=2, x=3)"),
    case("C(__debug__=1)"), case("C(a.b, x=1, x=[y])"),
    # mapping keys
    case("{f'k': 1}"), case("{1: a, 1.0: b}"), case("{1: a, True: b}"),
    case("{-0: a, 0.0: b}"), case("{1+0j: a, 1: b}"), case("{None: a, None: b}"),
    case("{'a': 1, 'b': 2, 'a': 3}"), case("{0.5: 1, 0.5+0j: 2}"), case("{-0.0-0j: 1, 0: 2}"),
    case("{99999999999999991611392: 1, 1e23: 2}"), case("{False: 1, 0: 2}"),
    case("{b'a': 1, b'a': 2}"), case("{-1: 1, -1.0: 2}"), case("{2j: 1, 0+2j: 2}"),
    case("{1e400: 1, 1e500: 2}"),
    case("{'x' 'y': 1, 'xy': 2}"), case("{a.b: 1, f'{c}': 2}"),
    # values
    case("f'k'"), case("[f'{x}']"), case("'a' f'b'"),
    # starred names
    case("[*a, *b]"), case("[*_, *_]"), case("[1, *a, 2, *_]"),
    case("[" + MANY + "*r]"), case("[" + MANY + "*_]"), case("[*r, " + MANY + "]"),
    # __debug__
    case("__debug__"), case("[*__debug__]"), case("{**__debug__}"), case("1 as __debug__"),
    case("[a, __debug__]"),
    # first error wins
    "match x:\n    case [a, a]:\n        pass\n    case b:\n        pass\n    case c:\n        pass\n",
    "match x:\n    case a:\n        pass\n    case [b, b]:\n        pass\n",
    "match x:\n    case {f'k': 1, 'a': a, 'a': b}:\n        pass\n",
    "match x:\n    case {'a': a, 'a': b, f'k': 1}:\n        pass\n",
    "match x:\n    case C(x=[a, a], x=1):\n        pass\n",
    "match a:\n    case 1:\n        match b:\n            case c:\n                pass\n            case 2:\n                pass\n",
    # these compile
    case("{'a': a, b'a': b}"), case("{1: a, '1': b}"), case("{100000000000000000000000: 1, 1e23: 2}"),
    case("{100000000000000000000000: 1, 99999999999999991611392: 2}"),
    case("[" + "".join("a%d, " % i for i in range(255)) + "*r]"),
    case("{'a': 1, **rest} | {'b': 1, **rest}"), case("_ if x", "1", "_"),
    case("[a, b] | [b, a] | {'a': a, 'b': b}"), case("-9223372036854775808"),
    case("-100000000000000000000 | 1e400 | -1e400 - 1e400j | 1 - 0j"),
    case("x", ), case("C(x=1, y=2)"),
    "def f():\n    match x:\n        case [a] if a:\n            return\n        case _:\n            pass\n",
]


@needs_cpython_311
@pytest.mark.parametrize("src", ERROR_SNIPPETS)
def test_error_snippet(src: str) -> None:
    expected = cpython_outcome(src)
    got, code = our_outcome(src)
    assert got == expected
    if code is not None:
        check_structure(code)


# ---------------------------------------------------------------- shapes

def opnames(code: CodeObject) -> list[str]:
    raw = code.co_code
    out: list[str] = []
    ext = 0
    for i in range(len(raw) // 2):
        opcode, arg = raw[2 * i], raw[2 * i + 1] | ext
        if opcode == op.EXTENDED_ARG:
            ext = arg << 8
            continue
        ext = 0
        name = op.opname(opcode)
        if opcode >= op.HAVE_ARGUMENT and opcode not in op.JUMP_OPS and name not in (
                "LOAD_CONST", "LOAD_NAME", "STORE_NAME", "LOAD_FAST", "STORE_FAST",
                "LOAD_GLOBAL"):
            name += " %d" % arg
        out.append(name)
    return out


def function_code(src: str) -> CodeObject:
    code = compile_source(src.encode("utf-8"), "x.py")
    for c in code.co_consts:
        if isinstance(c, ConstCode):
            return c.code
    raise AssertionError("no function")


SHAPES = [
    # a capture: the subject is stored directly
    ("case a: return a",
     "LOAD_FAST STORE_FAST LOAD_FAST RETURN_VALUE"),
    # a value, then a default case: no copy for the last tried case (its
    # NOP goes, as CPython's: the return on its line holds the line)
    ("case 1: return 1\n        case _: return 2",
     "LOAD_FAST LOAD_CONST COMPARE_OP 2 POP_JUMP_IF_FALSE LOAD_CONST RETURN_VALUE "
     "LOAD_CONST RETURN_VALUE"),
    # a singleton uses IS_OP; two cases copy the subject once
    ("case None: return 1\n        case 2: return 2",
     "LOAD_FAST COPY 1 LOAD_CONST IS_OP 0 POP_JUMP_IF_FALSE POP_TOP LOAD_CONST RETURN_VALUE "
     "LOAD_CONST COMPARE_OP 2 POP_JUMP_IF_FALSE LOAD_CONST RETURN_VALUE "
     "LOAD_CONST RETURN_VALUE"),
    # [a, *_]: items by index, no unpacking
    ("case [a, *_, b]: return a",
     "LOAD_FAST MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 5 "
     "POP_JUMP_IF_FALSE COPY 1 LOAD_CONST BINARY_SUBSCR SWAP 2 COPY 1 GET_LEN LOAD_CONST "
     "BINARY_OP 10 BINARY_SUBSCR SWAP 3 SWAP 2 POP_TOP STORE_FAST STORE_FAST LOAD_FAST "
     "RETURN_VALUE POP_TOP LOAD_CONST RETURN_VALUE"),
    # [*r]: UNPACK_EX, no length check
    ("case [*r]: return r",
     "LOAD_FAST MATCH_SEQUENCE POP_JUMP_IF_FALSE UNPACK_EX 0 STORE_FAST LOAD_FAST "
     "RETURN_VALUE POP_TOP LOAD_CONST RETURN_VALUE"),
    # [_, _]: only the checks
    ("case [_, _]: return 1",
     "LOAD_FAST MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE POP_TOP LOAD_CONST RETURN_VALUE POP_TOP LOAD_CONST RETURN_VALUE"),
    # {} and {"k": v, **r}
    ("case {}: return 1",
     "LOAD_FAST MATCH_MAPPING POP_JUMP_IF_FALSE POP_TOP LOAD_CONST RETURN_VALUE "
     "POP_TOP LOAD_CONST RETURN_VALUE"),
    ("case {'k': v, **r}: return r",
     "LOAD_FAST MATCH_MAPPING POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 5 "
     "POP_JUMP_IF_FALSE LOAD_CONST MATCH_KEYS COPY 1 POP_JUMP_IF_NONE UNPACK_SEQUENCE 1 "
     "SWAP 3 SWAP 2 BUILD_MAP 0 SWAP 3 DICT_UPDATE 2 UNPACK_SEQUENCE 1 COPY 2 SWAP 2 "
     "DELETE_SUBSCR SWAP 2 STORE_FAST STORE_FAST LOAD_FAST RETURN_VALUE "
     "POP_TOP POP_TOP POP_TOP LOAD_CONST RETURN_VALUE"),
    # class pattern: MATCH_CLASS n, the wildcard popped
    ("case C(_, y=b): return b",
     "LOAD_FAST LOAD_GLOBAL LOAD_CONST MATCH_CLASS 1 COPY 1 POP_JUMP_IF_NONE "
     "UNPACK_SEQUENCE 2 POP_TOP STORE_FAST LOAD_FAST RETURN_VALUE "
     "POP_TOP LOAD_CONST RETURN_VALUE"),
    # or-pattern with names in another order: rotated into the first order
    ("case [a, b] | (b, a, 0): return a",
     "LOAD_FAST COPY 1 MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE UNPACK_SEQUENCE 2 SWAP 2 SWAP 2 JUMP_FORWARD POP_TOP "
     "COPY 1 MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE UNPACK_SEQUENCE 3 SWAP 3 SWAP 2 SWAP 3 SWAP 2 LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE SWAP 2 JUMP_FORWARD POP_TOP POP_TOP POP_TOP "
     "LOAD_CONST RETURN_VALUE SWAP 3 SWAP 2 SWAP 3 SWAP 2 POP_TOP STORE_FAST STORE_FAST "
     "LOAD_FAST RETURN_VALUE"),
    # a guard jumps to the cleanup of its case (here fail_pop[0]: the last
    # case before a default `case _` does not copy the subject)
    ("case [a] if a: return a\n        case _: return 0",
     "LOAD_FAST MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE UNPACK_SEQUENCE 1 STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE "
     "LOAD_FAST RETURN_VALUE POP_TOP LOAD_CONST RETURN_VALUE"),
    ("case [a] if a: return a\n        case 3: return 3",
     "LOAD_FAST COPY 1 MATCH_SEQUENCE POP_JUMP_IF_FALSE GET_LEN LOAD_CONST COMPARE_OP 2 "
     "POP_JUMP_IF_FALSE UNPACK_SEQUENCE 1 STORE_FAST LOAD_FAST POP_JUMP_IF_FALSE POP_TOP "
     "LOAD_FAST RETURN_VALUE POP_TOP LOAD_CONST COMPARE_OP 2 POP_JUMP_IF_FALSE LOAD_CONST "
     "RETURN_VALUE LOAD_CONST RETURN_VALUE"),
]


@pytest.mark.parametrize("cases,expected", SHAPES)
def test_shape(cases: str, expected: str) -> None:
    src = "def f(x):\n    match x:\n        %s\n" % cases
    code = function_code(src)
    check_structure(code)
    assert " ".join(opnames(code)) == expected


# ---------------------------------------------------------------- positions

# instructions whose order and positions are CPython's (its optimizer
# keeps them as they are); stores, pops and copies are compared as sets
# of positions (CPython's optimizer reorders swaps and stores)
ORDERED = {"MATCH_SEQUENCE", "MATCH_MAPPING", "MATCH_KEYS", "MATCH_CLASS", "GET_LEN",
           "COMPARE_OP", "UNPACK_SEQUENCE", "UNPACK_EX", "BINARY_SUBSCR", "DICT_UPDATE",
           "DELETE_SUBSCR", "BUILD_MAP"}
AS_SETS = ["STORE", "POP_TOP", "COPY"]

POSITION_SNIPPETS = [
    """\
def f(x):
    match x:
        case [1, 2, *rest] if rest:
            return rest
        case {"k": [a, b], **kw} | {"j": [b, a], **kw}:
            return a, b, kw
        case Point(x=0, y=yy) as p if yy > 2:
            return p
        case (1 | 2 | 3) as small:
            return small
        case [first, *_, last]:
            return first, last
        case str() | bytes():
            return "text"
        case {"a": {"b": [*inner]}}:
            return inner
        case None | True | -1 | 1.5 | 2j | 1 - 2j | K.v:
            return 0
        case _:
            return None
""",
    """\
def g(cmd):
    match cmd.split():
        case [("go" | "move"), ("north" | "south") as direction]:
            return direction
        case ["drop", *objects] if len(objects) < 3 and objects[0] < "m":
            return objects
        case [_, _, _]:
            return 3
        case C(1, [a, *_], b=(1 | 2) as c):
            return a, c
        case [[x, y], [z, w]] | [[w, z], [y, x], _]:
            return x, y, z, w
        case other if not other < 2:
            return other
""",
]


def our_positions(code: CodeObject) -> list[tuple[str, tuple]]:
    pos = code.positions()
    raw = code.co_code
    out = []
    for i in range(len(raw) // 2):
        opcode = raw[2 * i]
        if opcode == op.EXTENDED_ARG:
            continue
        p = tuple(pos[4 * i:4 * i + 4])
        out.append((op.opname(opcode), (p[0], p[1], p[2], p[3])))
    return out


def cpython_positions(code: Any) -> list[tuple[str, tuple]]:
    import dis
    out = []
    for ins in dis.get_instructions(code):
        if ins.opname in ("CACHE", "RESUME", "EXTENDED_ARG"):
            continue
        p = ins.positions
        out.append((ins.opname, (p.lineno, p.end_lineno, p.col_offset, p.end_col_offset)))
    return out


def kind(name: str) -> str:
    return "STORE" if name.startswith("STORE_") else name


@needs_cpython_311
@pytest.mark.parametrize("src", POSITION_SNIPPETS)
def test_positions(src: str) -> None:
    import types
    ours = [(kind(n), p) for n, p in our_positions(function_code(src))]
    host = compile(src, "x.py", "exec", dont_inherit=True)
    hcode = [c for c in host.co_consts if isinstance(c, types.CodeType)][0]
    theirs = [(kind(n), p) for n, p in cpython_positions(hcode)]
    assert [x for x in ours if x[0] in ORDERED] == [x for x in theirs if x[0] in ORDERED]
    for k in AS_SETS:
        assert {p for n, p in ours if n == k} == {p for n, p in theirs if n == k}, k


# ---------------------------------------------------------------- random programs

PRELUDE = '''\
class K:
    one = 1
    s = "s"
    t = (1, 2)


class Pt:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Pt(%r, %r)" % (self.x, self.y)


SUBJECTS = [0, 1, -1, 2, 2.5, 1 + 2j, "a", "s", "", b"x", None, True, False, (), [], {},
            [1], (1, 2), [1, 2, 3], ["a", "b"], [0, [1, 2]], (1, (2, 3), [4]), [[], {}],
            {"a": 1}, {"a": 1, "b": 2}, {"s": [1, 2], 1: "one"}, {1: {"a": "s"}, "a": ()},
            Pt(1, 2), Pt(0, Pt(1, 1)), Pt([1, 2], {"a": 1}), [Pt(1, 1), Pt(2, 2)],
            {"b": Pt("a", None)}, range(3), "ab", (None, True), [1, [1, [1]]]]
'''

NAMES = ["a", "b", "c", "d"]
LITERALS = ["0", "1", "-1", "2", "2.5", "1 + 2j", "'a'", "'s'", "''", "b'x'", "-1.0",
            "K.one", "K.s", "K.t"]
SINGLETONS = ["None", "True", "False"]
KEYS = ["'a'", "'b'", "'s'", "1", "K.s", "K.one", "-1", "2.5", "None"]


class Gen:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def pattern(self, depth: int, captures: bool = True) -> str:
        """A pattern; without captures if not `captures` (alternatives of
        or-patterns mostly: they must bind the same names)."""
        r = self.rnd
        choices = ["literal", "capture", "wildcard", "singleton"]
        if not captures:
            choices = ["literal", "literal", "wildcard", "singleton"]
        if depth > 0:
            choices += ["sequence", "sequence", "mapping", "class", "or", "as", "class"]
        what = r.choice(choices)
        if what == "literal":
            return r.choice(LITERALS)
        if what == "singleton":
            return r.choice(SINGLETONS)
        if what == "capture":
            return r.choice(NAMES)
        if what == "wildcard":
            return "_"
        if what == "sequence":
            n = r.randint(0, 3)
            items = [self.pattern(depth - 1, captures) for _ in range(n)]
            if r.random() < 0.4:
                star = r.choice(NAMES + ["_", "_"]) if captures else "_"
                items.insert(r.randint(0, n), "*" + star)
            if r.random() < 0.3:
                return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
            return "[" + ", ".join(items) + "]"
        if what == "mapping":
            n = r.randint(0, 2)
            keys = r.sample(KEYS, n)
            items = ["%s: %s" % (k, self.pattern(depth - 1, captures)) for k in keys]
            if captures and r.random() < 0.3:
                items.append("**" + r.choice(NAMES))
            return "{" + ", ".join(items) + "}"
        if what == "class":
            cls = r.choice(["Pt", "Pt", "int", "str", "list", "tuple", "dict", "object"])
            args: list[str] = []
            if cls == "Pt":
                args = [self.pattern(depth - 1, captures) for _ in range(r.randint(0, 2))]
                attrs = r.sample(["x", "y"], r.randint(0, 2))
            elif cls == "object":
                attrs = []
            else:
                args = [self.pattern(depth - 1, captures) for _ in range(r.randint(0, 1))]
                attrs = []
            if cls in ("list", "tuple", "dict", "str") and r.random() < 0.3:
                attrs = ["real"] if cls == "str" else []
            args += ["%s=%s" % (a, self.pattern(depth - 1, captures)) for a in attrs]
            return "%s(%s)" % (cls, ", ".join(args))
        if what == "or":
            n = r.randint(2, 3)
            if captures and r.random() < 0.3:
                # the same names in another order, or another shape
                alts = self.alternatives(depth - 1, n)
            else:
                alts = [self.pattern(depth - 1, captures and r.random() < 0.3)
                        for _ in range(n)]
            return "(" + " | ".join(alts) + ")"
        # as
        if not captures:
            return "(%s)" % self.pattern(depth - 1, False)
        return "(%s as %s)" % (self.pattern(depth - 1), r.choice(NAMES))

    def alternatives(self, depth: int, n: int) -> list[str]:
        """Alternatives binding the same names."""
        r = self.rnd
        names = r.sample(NAMES, r.randint(1, 3))
        alts = []
        for _ in range(n):
            order = list(names)
            r.shuffle(order)
            shape = r.choice(["seq", "map", "class", "nested"])
            if shape == "seq":
                items = order + [self.pattern(0, False) for _ in range(r.randint(0, 1))]
                r.shuffle(items)
                alts.append("[" + ", ".join(items) + "]")
            elif shape == "map":
                keys = r.sample(KEYS, len(order))
                alts.append("{" + ", ".join("%s: %s" % kv for kv in zip(keys, order)) + "}")
            elif shape == "class" and len(order) <= 2:
                alts.append("Pt(" + ", ".join(order) + ")")
            else:
                alts.append("[%s, (%s)]" % (order[0], " | ".join(
                    "[%s]" % ", ".join(order[1:] + [lit]) for lit in ("1", "2"))))
        return alts

    def guard(self) -> str:
        r = self.rnd
        return r.choice(["", "", "", " if len(repr(x)) % 2", " if x",
                         " if not isinstance(x, int) or x > 0",
                         " if (len(str(x)) > 3 if x else True)"])

    def program(self) -> str:
        r = self.rnd
        lines = [PRELUDE, "", "def run(x):", "    match x:"]
        ncases = r.randint(1, 5)
        for i in range(ncases):
            p = self.pattern(3)
            while (i < ncases - 1 and (p in NAMES or p == "_") and r.random() < 0.8):
                p = self.pattern(3)
            if r.random() < 0.2:
                p = p + " | " + self.pattern(2, r.random() < 0.2)
            lines.append("        case %s%s:" % (p, self.guard()))
            lines.append("            return (%d, sorted((k, repr(v)) for k, v in locals().items()"
                         " if k != 'x'))" % i)
        lines.append("    return None")
        lines.append("")
        lines.append("for s in SUBJECTS:")
        lines.append("    try:")
        lines.append("        print(repr(s), run(s))")
        lines.append("    except Exception as e:")
        lines.append("        print(repr(s), type(e).__name__, e)")
        return "\n".join(lines) + "\n"


def run_cpython(src: str) -> str:
    buf = io.StringIO()
    code = compile(src, "gen.py", "exec", dont_inherit=True)
    with contextlib.redirect_stdout(buf):
        exec(code, {"__name__": "__main__"})
    return buf.getvalue()


N_RANDOM = 400


@needs_cpython_311
@needs_bcexec
@pytest.mark.parametrize("seed", range(0, N_RANDOM, 20))
def test_random_matches(seed: int) -> None:
    compiled = 0
    for k in range(seed, seed + 20):
        src = Gen(random.Random(k)).program()
        expected = cpython_outcome(src)
        got, code = our_outcome(src)
        assert got == expected, "program %d:\n%s" % (k, src)
        if code is None:
            continue
        compiled += 1
        problems = bcexec.check_code(code)
        assert not problems, "program %d: %s" % (k, problems)
        res = bcexec.run_module(code)
        assert res.exc is None, "program %d: %s" % (k, res.error_line)
        assert res.stdout == run_cpython(src), "program %d:\n%s" % (k, src)
    assert compiled > 0


# ---------------------------------------------------------------- stdlib

MATCH_LINE = re.compile(r"^\s*match\b[^=]*:\s*(#.*)?$", re.M)


def stdlib_match_files() -> list[str]:
    result = []
    for rel in stdlib_files():
        try:
            text = (STDLIB / rel).read_text("utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if MATCH_LINE.search(text) and re.search(r"^\s*case\b", text, re.M):
            result.append(rel)
    return result


@needs_cpython_311
@pytest.mark.parametrize("rel", stdlib_match_files())
def test_stdlib_match_files(rel: str) -> None:
    src = (STDLIB / rel).read_bytes()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, rel, "exec", dont_inherit=True)
            expected = None
        except SyntaxError as e:
            expected = (e.msg, e.lineno, e.offset)
    try:
        code = compile_source(src, rel)
        got = None
    except SourceError as e:
        got = (e.msg, e.lineno, e.offset)
        code = None
    assert got == expected
    if code is not None:
        check_structure(code)


# the evaluator runs bytecode, not the host's tracing; and it decides what
# is a sequence or a mapping with isinstance, not with CPython's type flags
PATMA_SKIP = {"TestTracing", "test_multiple_inheritance_mapping",
              "test_multiple_inheritance_sequence"}

PATMA_RUNNER = '''
import sys as _sys
_skip = %r
_suite = unittest.TestSuite()
for _v in list(globals().values()):
    if isinstance(_v, type) and issubclass(_v, unittest.TestCase) and _v.__name__ not in _skip:
        for _t in unittest.defaultTestLoader.loadTestsFromTestCase(_v):
            if _t._testMethodName not in _skip:
                _suite.addTest(_t)
_r = unittest.TextTestRunner(stream=_sys.stdout, verbosity=0).run(_suite)
print("RESULT", _r.testsRun, len(_r.failures), len(_r.errors))
''' % (PATMA_SKIP,)


@needs_bcexec
def test_patma() -> None:
    path = STDLIB / "test" / "test_patma.py"
    if not path.exists():
        pytest.skip("no Lib/test/test_patma.py")
    src = path.read_text("utf-8")
    cut = src.index('if __name__ == "__main__":')
    src = src[:cut] + PATMA_RUNNER
    code = compile_source(src.encode("utf-8"), str(path))
    check_structure(code)
    res = bcexec.run_module(code)
    assert res.exc is None, res.error_line
    m = re.search(r"^RESULT (\d+) (\d+) (\d+)$", res.stdout, re.M)
    assert m is not None, res.stdout[-3000:]
    run, failures, errors = int(m.group(1)), int(m.group(2)), int(m.group(3))
    assert run > 250
    assert (failures, errors) == (0, 0), res.stdout[-5000:]
