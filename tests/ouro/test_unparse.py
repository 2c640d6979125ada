"""ouro/compiler/unparse.py compared with CPython 3.11's C unparser
(Python/ast_unparse.c), which writes the strings of `__annotations__` under
`from __future__ import annotations`.

Every check is differential: CPython compiles and runs

    from __future__ import annotations
    x: <expr>

and `__annotations__['x']` is the expected text; ours is
`unparse(<annotation of the same module parsed by ouro's parser>)`.  A
starred annotation (`*Ts`, only valid on `*args`) goes through
`def f(*a: <expr>): pass` instead.  Walrus, yield and await are refused in
annotations, but not in the body of a lambda inside one, so those cases
are written `lambda: (...)`.

* test_case               several hundred hand-written expressions: every
                          expression kind, numbers, strings, bytes, f-strings
* test_precedence         every operator nested in every operand slot of
                          every other one (with the parentheses the inner
                          one needs, and with redundant ones)
* test_cpython_future_cases  the expressions of CPython's own test of this
                          unparser (Lib/test/test_future_stmt/test_future.py)
* test_stdlib_sample      the annotations of a few annotation-rich stdlib
                          files
* test_stdlib_full        (marker `slow`) every annotation of every Lib/
                          file; prints the counts (run with -s to see them)
"""
from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
import warnings
from dataclasses import dataclass, field

import pytest

from ouro.compiler.unparse import unparse
from ouro.parser import astnodes
from ouro.parser.parser import parse
from ouro_testutil import STDLIB, read, stdlib_files

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11),
                                reason="compares with CPython 3.11's unparser")

FUTURE = "from __future__ import annotations\n"


# ---------------------------------------------------------------- harness

def module_for(expr: str, starred: bool) -> str:
    if starred:
        return FUTURE + "def f(*a: " + expr + "): pass\n"
    return FUTURE + "x: " + expr + "\n"


def cpython_text(expr: str) -> tuple[str, bool] | None:
    """CPython's annotation string and whether the starred form was used;
    None if CPython refuses the expression in both forms."""
    for starred in (False, True):
        ns: dict = {}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                code = compile(module_for(expr, starred), "<annotation>", "exec")
            exec(code, ns)
        except SyntaxError:
            continue
        if starred:
            return ns["f"].__annotations__["a"], True
        return ns["__annotations__"]["x"], False
    return None


def ouro_text(expr: str, starred: bool) -> str:
    try:
        module = parse(module_for(expr, starred).encode("utf-8"))
    except Exception as e:      # a parser problem is reported as a difference
        return "<ouro parser: %s: %s>" % (type(e).__name__, e)
    stmt = module.body[1]
    annotation: astnodes.expr | None
    if starred:
        assert isinstance(stmt, astnodes.FunctionDef)
        vararg = stmt.args.vararg
        assert vararg is not None
        annotation = vararg.annotation
    else:
        assert isinstance(stmt, astnodes.AnnAssign)
        annotation = stmt.annotation
    assert annotation is not None
    return unparse(annotation)


@dataclass
class Tally:
    matched: int = 0
    refused: int = 0            # not valid as an annotation for CPython
    differences: list[tuple[str, str, str]] = field(default_factory=list)

    def check(self, expr: str) -> None:
        expected = cpython_text(expr)
        if expected is None:
            self.refused += 1
            return
        text, starred = expected
        mine = ouro_text(expr, starred)
        if mine == text:
            self.matched += 1
        else:
            self.differences.append((expr, text, mine))

    def report(self, title: str) -> str:
        lines = ["%s: %d match, %d differ, %d refused by CPython"
                 % (title, self.matched, len(self.differences), self.refused)]
        for expr, text, mine in self.differences[:30]:
            lines.append("  %r: CPython %r, ouro %r" % (expr, text, mine))
        return "\n".join(lines)


def check_one(expr: str) -> None:
    expected = cpython_text(expr)
    assert expected is not None, "CPython refuses %r: fix the test case" % expr
    text, starred = expected
    assert ouro_text(expr, starred) == text


# ---------------------------------------------------------------- cases

CASES = [
    # names, attributes, subscripts, calls
    "a", "ä", "ℌ", "a.b", "a.b.c", "a.b[c].d(e).f", "a[b]", "a[b][c]",
    "a[b, c]", "a[(b, c)]", "a[b,]", "a[(b,)]", "a[()]", "a[[]]", "a[b:c]",
    "a[:]", "a[::]", "a[b:]", "a[:c]", "a[::d]", "a[b:c:d]", "a[-1:]",
    "a[b:c, d]", "a[b, c:d:e, ...]", "a[:, :]", "a[b:c,]", "a[b if c else d]",
    "a[lambda: b]", "a[b or c:d and e]", "a[(b for b in c)]", "a[*b]",
    "a[*b,]", "a[(*b,)]", "a[b, *c]", "a[*b, *c]", "a[*b, c:d]", "a[*(b, c)]",
    "a[*(b or c)]", "a[*b | c]", "a[*-b]", "a[-b]", "a[not b]",
    "a[b][c:d][e, f]", "Dict[str, List[Tuple[int, ...]]]", "Optional['Foo']",
    "Callable[[int, str], None]", "Callable[..., T]", "Literal[1, 'a', b'b', True, None]",
    "Annotated[int, 'meta', 1 + 2]", "int | None", "int | str | None", "list[int | str]",
    "f()", "f(a)", "f(a, b)", "f(a,)", "f(a=1)", "f(a, b=1)", "f(*a)", "f(**a)",
    "f(*a, *b)", "f(*a, b, c=1)", "f(a, *b, c=1, **d)", "f(a=1, *b)", "f(**a, b=1)",
    "f(**a, **b)", "f(*a or b)", "f(*(a or b))", "f(**(a or b))", "f(a for a in b)",
    "f((a for a in b))", "f((a for a in b), c)", "f(c, (a for a in b))",
    "f(a=(b for b in c))", "f(lambda: 1)", "f(a if b else c)", "f(a)(b)(c)",
    "f(a)[b].c", "(a).b", "(a + b).c", "(a + b)[c]", "(a + b)(c)", "(-a).b",
    "(not a).b", "(a if b else c).d", "(lambda: a).b", "(lambda: a)()",
    "a.b.c.d.e.f", "(a, b).c", "[a, b].c", "{a: b}.c", "{a}.c", "(a for a in b).c",
    "1 .real", "1 .real.imag", "(1).real", "1.0.real", "1j.real", "'a'.join",
    "b'a'.join", "....x", "(...).x", "True.real", "None.x", "(-1).real",
    "0x10 .real", "(10**400).bit_length()", "f'a'.b", "[].x", "().x",
    # constants
    "None", "True", "False", "...", "0", "1", "00", "123", "1_000_000", "0x7f",
    "0XFF", "0o17", "0O777", "0b1010", "0B1", "0x_ff_ff", "9223372036854775807",
    "9223372036854775808", "18446744073709551616", "123456789012345678901234567890",
    "0xffffffffffffffffffffffffffffffff", "0b" + "1" * 100, "10 ** 400",
    "1.0", "1.", ".5", "0.1", "1.5", "3.14159", "1e10", "1e16", "1e15",
    "1E+5", "1e-5", "1e-7", "1.5e300", "1e308", "1.7976931348623157e308", "1e309",
    "1e400", "1e1000", "2e308", "1e-320", "5e-324", "1e-400", "0.0",
    "1_0.0_1", "123456789.123456789", "0.000001", "0.0000001", "1e22", "1e23",
    "1j", "0j", "1.5j", "1e10j", "1e309j", "1e1000j", "1E-5J", "3.14j", "10J",
    "1 + 2j", "1 - 2j", "-1j", "-(1j)", "(1+2j) * 3", "1e309 + 1e309j",
    "-1e309", "-(1e309)", "+1e309", "(1e309, 1e309j)", "[1e309, -1e309j]",
    "{1e309: 'inf'}", "'inf'", "'1e309'", "'infj'", "f(1e309)",
    "-1", "--1", "-0", "-0.0", "+1", "~1", "-(-1)", "- -1", "-~1", "~-1",
    # strings
    "''", '""', "'a'", '"a"', "'a\"b'", '"a\'b"', "'a\\'b\"c'", '"a\'b\\"c"',
    "'\\n'", "'\\t\\r\\x00\\x7f'", "'\\\\'", "'\\x80'", "'\\xa0'", "'\\xff'",
    "'é'", "'\\u00e9'", "'\\u200b'", "'\\u2028'", "'\\ud800'", "'\\udfff'",
    "'\\U0001F600'", "'😀'", "'\\U000e0001'", "'\\N{EM DASH}'", "'中文'",
    "'\\a\\b\\f\\v'", "'\\0'", "'\\1'", "'\\101'", "r'\\n'",
    "R'a\\b'", "'''a\nb'''", '"""a\'b"c"""', "u'a'", "U'a'", "u''", "'a' 'b'",
    "'a' \"b\"", "u'a' 'b'", "'a' u'b'", "('a'\n 'b')", "'{}'", "'{a}'",
    "'%s'", "'\\x1b[0m'", "'\\xad'", "'\\u0378'", "'\\ufeff'", "'\\uffff'",
    "'a' * 3", "'a' + 'b'", "'a' in b", "'a'[0]", "'a'[b:c]",
    # bytes
    "b''", "b'a'", 'b"a"', "b'\\x00'", "b'\\xff\\x80'", "b\"'\"", "b'\"'",
    "b'\\'\"'", "b'\\n\\t\\r'", "b'\\\\'", "rb'\\x'", "BR'a'", "b'a' b'b'",
    "b'\\x7f'", "b'~'",
    # f-strings
    "f''", "f'a'", "f'{a}'", "f'{a}{b}'", "f'x{a}y{b}z'", "f'{a!r}'", "f'{a!s}'",
    "f'{a!a}'", "f'{a:>10}'", "f'{a:}'", "f'{a!r:}'", "f'{a!r:>10}'",
    "f'{a:{b}}'", "f'{a:{b}.{c}f}'", "f'{a:>{b}}'", "f'{a:{b}{c}}'",
    "f'{a:{b!r}}'", "f'{a:{b:>3}}'", "f'{a:{{}}>{b}}'",
    "f'{a:{{x}}}'", "f'{a:x{{y}}z}'", "f'{a=}'", "f'{a = }'", "f'{a=!s}'",
    "f'{a=!r:>10}'", "f'{a=:>10}'", "f'{a=:{b}}'", "f'{a.b=}'", "f'{a+b=}'",
    "f'{a}b{c=}d'", "f'{{'", "f'}}'", "f'{{a}}'", "f'{{{a}}}'", "f'a{{b}}c{d}'",
    "f'\\n{a}'", "f'\\t'", "f'{a}\\n'", "f'\\x00{a}'", "f'é{a}'", "f'\\u200b{a}'",
    "f'\\\\{a}'", "rf'\\n{a}'", "fr'\\{a}'", "F'{a}'", "f'\"'", "f\"'\"",
    "f'\"{a}'", "f\"'{a}\"", "f'{a}\\'\"'", "f\"{a['b']}\"", "f'{a[\"b\"]}'",
    "f'{\"a\"}'", "f\"{'a'}\"", "f'''{'a'}'''", "f'''{\"a\"}'''",
    "f'''{\"'\"}'''", "f\"\"\"{'\"'}\"\"\"", "f'{b\"x\"}'", "f'{u\"x\"}'",
    "f'{\"a\" \"b\"}'", "f'{\"{\"}'", "f'{\"}\"}'", "f'{\"{{\"}'",
    "f'{a}' 'b'", "'a' f'{b}'", "f'{a}' f'{b}'", "f'a' 'b'", "u'a' f'{b}'",
    "f'{a}' '{'", "f'{a}' '}'", "f'{ {a: b} }'", "f'{ {a} }'", "f'{ {a for a in b} }'",
    "f'{[a]}'", "f'{(a, b)}'", "f'{a, b}'", "f'{(a,)}'", "f'{()}'", "f'{a if b else c}'",
    "f'{(lambda: a)}'", "f'{(lambda a: a)()}'", "f'{a or b}'", "f'{not a}'",
    "f'{-a}'", "f'{a ** b}'", "f'{a!r:{b!r}}'",
    "f'{f\"{a}\"}'", "f\"{f'{a}'}\"", "f'''{f\"{f'{a}'}\"}'''", "f'{a:%Y-%m-%d}'",
    "f'{a:#x}'", "f'{3.14:.2f}'", "f'{1e309}'", "f'{1 .real}'",
    "f'{...}'", "f'{a}{{}}{b}'", "f'{a:{{b}}{c}}'", "f'{a:\"}'", "f\"{a:'}\"",
    "f'{a:{b}\"}'", "f'{x:{y}}'.z", "f'{x}'[0]",
    # operators
    "a + b", "a - b", "a * b", "a @ b", "a / b", "a % b", "a // b", "a ** b",
    "a << b", "a >> b", "a | b", "a ^ b", "a & b", "a + b + c", "a + (b + c)",
    "a - b - c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c",
    "a ** (b ** c)", "-a ** b", "(-a) ** b", "a ** -b", "-a ** -b", "a ** -b ** c",
    "~a ** b", "a ** ~b", "not a ** b", "a * -b", "-a * b", "-(a * b)", "a * (-b)",
    "+-~a", "not not a", "not -a", "-(not a)", "~(not a)", "(not a) + b",
    "a + (not b)", "not a + b", "a | b ^ c & d << e + f * g ** h",
    "((((a | b) ^ c) & d) << e) + f", "a ** b * c + d << e & f ^ g | h",
    "a < b", "a <= b", "a > b", "a >= b", "a == b", "a != b", "a is b",
    "a is not b", "a in b", "a not in b", "a < b < c", "a < b == c is not d in e",
    "(a < b) < c", "a < (b < c)", "not a < b", "(not a) < b", "a < (not b)",
    "a + b < c * d", "(a < b) + c", "a | b == c & d", "a and b", "a or b",
    "a and b and c", "a or b or c", "a and (b and c)", "(a and b) and c",
    "a and b or c", "a and (b or c)", "(a or b) and c", "a or b and c",
    "not a and not b", "not (a and b)", "not (a or b)", "(not a) or b",
    "a < b and c > d", "a if b else c", "a if b else c if d else e",
    "(a if b else c) if d else e", "a if (b if c else d) else e",
    "(a if b else c) + d", "a + (b if c else d)", "a or b if c and d else e or f",
    "(a or b) if c else d", "lambda: a if b else c", "(lambda: a) if b else c",
    "a if b else lambda: c", "a if (lambda: b) else c", "not (a if b else c)",
    "-(a if b else c)", "(a if b else c)[d]",
    # lambda
    "lambda: 0", "lambda a: a", "lambda a, b: a", "lambda a=1: a",
    "lambda a, b=1, *c, d, e=2, **f: a", "lambda *a: a", "lambda **a: a",
    "lambda *, a: a", "lambda *, a=1: a", "lambda *a, b: a", "lambda a, /: a",
    "lambda a, /, b: a", "lambda a=1, /, b=2, *c, d=3, **e: a", "lambda a, *, b: a",
    "lambda a=(1, 2): a", "lambda a=lambda: 1: a", "lambda a=b if c else d: a",
    "lambda: lambda: a", "lambda: (a, b)", "lambda: (a,)", "lambda: ()",
    "lambda: [a, b]", "lambda: a or b", "lambda: not a", "lambda a=not b: a",
    "(lambda: a)", "lambda: a.b[c](d)", "[lambda: a, lambda: b]",
    "{lambda: a: lambda: b}", "lambda: {a: b}", "lambda: {**a}", "(lambda: a, b)",
    "lambda a=f(*b, **c): a", "lambda *a, **b: (a, b)",
    # displays and comprehensions
    "()", "(a,)", "(a, b)", "(a, b,)", "((a, b), c)", "(a, (b, c))", "((),)",
    "(*a,)", "(*a, b)", "(a, *b, c)", "(*a, *b)", "(*(a, b),)", "(*(a or b),)",
    "(a if b else c, d)", "(a or b, not c)", "(yield_, a)",
    "[]", "[a]", "[a, b]", "[a, b,]", "[*a]", "[*a, *b]", "[(a, b)]", "[[a], [b]]",
    "[a if b else c]", "[lambda: a]", "[*a | b]", "[*(a | b)]", "[*(a or b)]",
    "{}", "{a: b}", "{a: b, c: d}", "{**a}", "{**a, **b}", "{a: b, **c}",
    "{**a, b: c}", "{**(a or b)}", "{**a | b}", "{**(a | b)}", "{**-a}",
    "{a: b if c else d}", "{a if b else c: d}", "{(a, b): (c, d)}",
    "{lambda: a: b}", "{a: lambda: b}", "{a: (b, c)}",
    "{a}", "{a, b}", "{*a}", "{*a, b}", "{*a, *b}", "{(a, b)}", "{a or b}",
    "[a for a in b]", "[a for a in b if c]", "[a for a in b if c if d]",
    "[a for a in b for c in d]", "[a for a, b in c]", "[a for (a, b) in c]",
    "[a for a, in b]", "[a for [a, b] in c]", "[a for a.b in c]", "[a for a[b] in c]",
    "[a for *a, b in c]", "[a for a in b or c]", "[a for a in (b if c else d)]",
    "[a for a in (lambda: b)]", "[a for a in (b, c)]",
    "[a for a in b if (c if d else e)]", "[a for a in b if c or d]",
    "[a for a in b if not c]", "[a for a in b if (lambda: c)]",
    "[(a, b) for a in c]", "[a if b else c for a in d]", "[lambda: a for a in b]",
    "[a async for a in b]", "[a for a in b async for c in d]",
    "[[a for a in b] for c in d]", "[a for a in [b for b in c]]",
    "{a for a in b}", "{a: b for a in c}", "{a: b for a, b in c if d}",
    "{a: (b for b in c) for d in e}", "{a for a in (b for b in c)}",
    "(a for a in b)", "(a for a in b if c)", "((a, b) for a in c)",
    "(a for a in b for c in d if e)", "((a for a in b) for c in d)",
    "(a async for a in b)", "((a for a in b),)",
    "[(a for a in b)]", "[*(a for a in b)]",
    # walrus, yield, await (only inside a lambda, CPython refuses them directly)
    "lambda: (a := 1)", "lambda: (a := b + c)", "lambda: (a := (b, c))",
    "lambda: (a := lambda: b)", "lambda: (a := (b := c))", "lambda: (a := b.c)",
    "lambda: (a := b[c])", "lambda: (a := f(b))", "lambda: (a := -b)",
    "lambda: (a := not b)", "lambda: (a := b if c else d)", "lambda: (a := [b])",
    "lambda: f(a := 1)", "lambda: f((a := 1))", "lambda: f(b, a := 1)",
    "lambda: x[a := 1]", "lambda: x[(a := 1)]", "lambda: x[a := 1, b]",
    "lambda: [a := 1]", "lambda: [(a := 1), b]", "lambda: {a := 1}",
    "lambda: ((a := 1),)", "lambda: (a := 1, b)", "lambda: ((a := 1), b)",
    "lambda: (a := 1) + 2", "lambda: -(a := 1)", "lambda: not (a := 1)",
    "lambda: (a := 1) if b else c", "lambda: b if (a := 1) else c",
    "lambda: b if c else (a := 1)", "lambda: (a := 1) or b", "lambda: (a := 1) < b",
    "lambda: [a for b in c if (a := b)]", "lambda: [(a := b) for b in c]",
    "lambda: {(a := 1): (b := 2)}", "lambda: f'{(a := 1)}'", "lambda: (a := 1).b",
    "lambda: (a := 1)[b]", "lambda: (a := 1)(b)", "lambda: (a := f'{b}')",
    "lambda: (a := 1) ** 2", "lambda: 2 ** (a := 1)", "lambda: ~(a := 1)",
    "lambda: (yield)", "lambda: (yield a)", "lambda: (yield a, b)",
    "lambda: (yield (a, b))", "lambda: (yield a if b else c)", "lambda: (yield lambda: a)",
    "lambda: (yield from a)", "lambda: (yield from (a, b))", "lambda: (yield from a or b)",
    "lambda: (yield) + 1", "lambda: 1 + (yield)", "lambda: -(yield)", "lambda: not (yield)",
    "lambda: f((yield))", "lambda: f(a=(yield))", "lambda: x[(yield)]",
    "lambda: x[(yield a)]", "lambda: [(yield)]", "lambda: {(yield): (yield)}",
    "lambda: ((yield), a)", "lambda: (yield).a", "lambda: (yield)()", "lambda: (yield)[a]",
    "lambda: (yield (yield))", "lambda: (yield from (yield))", "lambda: (yield) if a else b",
    "lambda: f'{(yield)}'", "lambda: (yield (a := 1))",
    "lambda: (await a)", "lambda: await a", "lambda: await a.b", "lambda: await a[b]",
    "lambda: await a()", "lambda: await (a + b)", "lambda: (await a) + b",
    "lambda: await a ** b", "lambda: (await a) ** b", "lambda: a ** await b",
    "lambda: -await a", "lambda: not await a", "lambda: await (await a)",
    "lambda: await (-a)", "lambda: await (a if b else c)", "lambda: (await a).b",
    "lambda: (await a)[b]", "lambda: (await a)()", "lambda: [await a for b in c]",
    "lambda: await (lambda: a)", "lambda: await (a, b)", "lambda: f(await a)",
    "lambda: await (yield)", "lambda: await (a := b)", "lambda: await f'{a}'",
    "lambda: await 1",
    # mixtures
    "Tuple[int, str] | None", "list[int] | dict[str, float] | None",
    "Callable[[T], Awaitable[R]]", "Generator[int, None, str]",
    "'Node' | None", "Union['A', 'B']", "type[Base]", "ClassVar[dict[str, int]]",
    "Final[int]", "Literal['a', \"b\", 'c\"d', \"e'f\"]", "TypeGuard[list[str]]",
    "tuple[()]", "tuple[str, ...]", "tuple[str, *Ts]", "tuple[*Ts]", "Unpack[Ts]",
    "dict[str, 'list[Foo]']", "x.y.z[a.b.c, d.e]", "np.ndarray[Any, np.dtype[np.float64]]",
    "Annotated[int, Gt(0), Lt(10)]", "Annotated[str, lambda s: len(s) > 0]",
    "Annotated[int, {'a': 1, 'b': [2, 3]}]", "Annotated[int, f'{a}']",
    "*Ts", "*tuple[int, ...]", "*tuple[int, *Ts]",
]


# differences that come from ouro's parser, not from the unparser (strict
# xfails: they turn into failures once the parser is fixed, then go)
PARSER_DIFFERENCES = {
    "U'a'": "the parser sets Constant.kind='u' for an uppercase U prefix "
            "(CPython only for a lowercase u)",
}


@pytest.mark.parametrize("expr", [
    pytest.param(c, marks=pytest.mark.xfail(reason=PARSER_DIFFERENCES[c], strict=True))
    if c in PARSER_DIFFERENCES else c
    for c in CASES])
def test_case(expr: str) -> None:
    check_one(expr)


def test_cases_are_many_and_distinct() -> None:
    assert len(CASES) >= 500
    assert len(set(CASES)) == len(CASES), sorted(c for c in set(CASES) if CASES.count(c) > 1)


# ---------------------------------------------------------------- precedence

# templates with operand slots A, B, C: every operator and every construct
# with a precedence level
TEMPLATES = [
    "A + B", "A - B", "A * B", "A @ B", "A / B", "A % B", "A // B", "A ** B",
    "A << B", "A >> B", "A | B", "A ^ B", "A & B",
    "A < B", "A == B", "A is not B", "A not in B", "A < B > C",
    "A and B", "A or B", "A and B and C", "not A", "-A", "+A", "~A",
    "A if B else C", "lambda: A", "lambda a=A: B", "await A", "(yield A)",
    "(a := A)", "A.b", "A[B]", "A(B)", "f(A, b=B)", "(A, B)", "(A,)",
    "[A, B]", "{A: B}", "{A}", "[A for a in B if C]", "(A for a in B)",
    "*A", "{**A}", "A[B:C]", 'f"{A}"', 'f"{a:{A}}"', "f'{A!r:>{B}}'",
]
# operands to put in the slots (each is also written inside parentheses)
OPERANDS = [
    "x", "x + y", "x - y", "x * y", "x / y", "x ** y", "x << y", "x | y",
    "x ^ y", "x & y", "x < y", "x == y < z", "x and y", "x or y", "not x",
    "-x", "~x", "x if y else z", "lambda: x", "await x", "(yield)",
    "(x := 1)", "x.y", "x[y]", "x()", "(x, y)", "(x,)", "()", "[x]",
    "{x: y}", "1", "1.5", "'s'", "...", "f'{x}'",
]
LAMBDA_ONLY = ("await", "yield", ":=")


def precedence_cases(template: str) -> list[str]:
    result: list[str] = []
    slots = [s for s in "ABC" if s in template]
    for slot in slots:
        for operand in OPERANDS:
            for written in (operand, "(" + operand + ")"):
                text = template
                for other in slots:
                    text = text.replace(other, written if other == slot else other.lower() + "1")
                if any(k in text for k in LAMBDA_ONLY):
                    text = "lambda: (" + text + ")"
                result.append(text)
    return result


@pytest.mark.parametrize("template", TEMPLATES)
def test_precedence(template: str) -> None:
    tally = Tally()
    for text in precedence_cases(template):
        tally.check(text)
    assert not tally.differences, tally.report(template)
    assert tally.matched > 0


# ---------------------------------------------------------------- folded constants

def test_tuple_constant() -> None:
    """A tuple constant (only made by constant folding, which annotations
    do not get) is written as a tuple of the items' reprs."""
    from ouro.compiler.code import ConstTuple
    from ouro.parser import constvalue as cv
    inf = float("inf")
    value = (inf, complex(0, inf), "inf", (1,), -1.5, None, ..., ((inf, ...), ()))
    module = ast.parse(FUTURE + "x: X")
    annotation = module.body[1]
    assert isinstance(annotation, ast.AnnAssign)
    annotation.annotation = ast.Constant(value=value, lineno=2, col_offset=3,
                                         end_lineno=2, end_col_offset=4)
    ns: dict = {}
    exec(compile(module, "<annotation>", "exec"), ns)
    ours = astnodes.Constant(ConstTuple([
        cv.ConstFloat(inf), cv.ConstComplex(0.0, inf), cv.ConstStr("inf"),
        ConstTuple([cv.int_from_machine(1)]), cv.ConstFloat(-1.5), cv.CONST_NONE,
        cv.CONST_ELLIPSIS,
        ConstTuple([ConstTuple([cv.ConstFloat(inf), cv.CONST_ELLIPSIS]), ConstTuple([])])]),
        None, 2, 3, 2, 4)
    assert unparse(ours) == ns["__annotations__"]["x"]
    single = astnodes.Constant(ConstTuple([cv.ConstStr("a")]), None, 2, 3, 2, 4)
    assert unparse(single) == "('a',)"


# ---------------------------------------------------------------- CPython's own cases

def future_test_expressions() -> list[str]:
    """The first argument of every `eq(...)` / assertAnnotationEqual call in
    CPython's test of the unparser."""
    path = STDLIB / "test" / "test_future_stmt" / "test_future.py"
    if not path.exists():
        return []
    tree = ast.parse(path.read_bytes())
    result: list[str] = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            if name in ("eq", "assertAnnotationEqual"):
                result.append(node.args[0].value)
    return result


def test_cpython_future_cases() -> None:
    exprs = future_test_expressions()
    if not exprs:
        pytest.skip("Lib/test/test_future_stmt/test_future.py is not installed")
    tally = Tally()
    for expr in exprs:
        tally.check(expr)
    print(tally.report("test_future.py"))
    assert not tally.differences, tally.report("test_future.py")
    assert tally.matched >= 150


# ---------------------------------------------------------------- the stdlib

def source_lines(data: bytes) -> list[bytes]:
    """The lines of a source file, ends included, re-encoded as UTF-8 (AST
    column offsets count UTF-8 bytes); split as ast.get_source_segment
    does (on \\r\\n, \\r and \\n only), but once per file."""
    encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(encoding)
    return [line.encode("utf-8") for line in re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)]


def segment(lines: list[bytes], node: ast.expr) -> str | None:
    if node.end_lineno is None or node.end_col_offset is None:
        return None
    first, last = node.lineno - 1, node.end_lineno - 1
    if first == last:
        return lines[first][node.col_offset:node.end_col_offset].decode("utf-8")
    parts = [lines[first][node.col_offset:]] + lines[first + 1:last] + [lines[last][:node.end_col_offset]]
    return b"".join(parts).decode("utf-8")


def stdlib_annotations(rel: str) -> list[str]:
    """The source text of every annotation of a Lib/ file (parameters,
    returns, annotated assignments), in order."""
    data = read(rel)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
        lines = source_lines(data)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return []
    result: list[str] = []
    for node in ast.walk(tree):
        annotation: ast.expr | None = None
        if isinstance(node, ast.AnnAssign):
            annotation = node.annotation
        elif isinstance(node, ast.arg):
            annotation = node.annotation
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            annotation = node.returns
        if annotation is not None:
            text = segment(lines, annotation)
            if text is not None:
                result.append(text)
    return result


def check_stdlib(files: list[str]) -> Tally:
    tally = Tally()
    for rel in files:
        for segment in stdlib_annotations(rel):
            tally.check(segment)
    return tally


SAMPLE_FILES = [
    "test/test_typing.py",
    "test/test_dataclasses/__init__.py",
    "tomllib/_parser.py",
    "test/test_functools.py",
    "test/test_inspect/test_inspect.py",
    "lib2to3/tests/data/py3_test_grammar.py",
    "test/test_grammar.py",
    "asyncio/timeouts.py",
    "importlib/resources/abc.py",
    "typing.py",
    "wsgiref/types.py",
]


def test_stdlib_sample() -> None:
    files = [rel for rel in SAMPLE_FILES if (STDLIB / rel).exists()]
    if not files:
        pytest.skip("no sample file installed")
    tally = check_stdlib(files)
    print(tally.report("stdlib sample (%d files)" % len(files)))
    assert not tally.differences, tally.report("stdlib sample")
    assert tally.matched >= 500


@pytest.mark.slow
def test_stdlib_full() -> None:
    tally = check_stdlib(stdlib_files())
    print(tally.report("every stdlib annotation"))
    assert not tally.differences, tally.report("every stdlib annotation")
