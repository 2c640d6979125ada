"""str, bytes and bytearray of ouro/objspace against CPython, at the
interpreter level (no eval loop).

Each case is a small Python snippet (statements; the value of the last
expression statement is the result).  CPython runs it with exec; here a
small evaluator over the snippet's `ast` builds the objects and goes
through the object space only (`space.call_args`, `getattr`, `binary_op`,
`richcompare`, `getitem`, ...).  The two must agree on the result's repr,
or on the exception's class and message.  The cases are generated from
tables of receivers, arguments and templates; each family runs in one
test that lists every mismatch.
"""
from __future__ import annotations

import ast
import random
from typing import Any, Callable

import pytest

from ouro.objspace import space
from ouro.objspace import (bytearrayobject, bytesobject, dictobject, exceptions_descr,  # noqa: F401
                           listobject,
                           objectobject, sliceobject, strformat, strobject, tupleobject)
from ouro.compiler.opcodes import NB_INPLACE
from ouro.objspace.descriptors import W_Method
from ouro.objspace.exceptions import OperationError
from ouro.objspace.gateway import register_raw
from ouro.objspace import intobject
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import (LAYOUT_OBJECT, Arguments, W_Root, W_TypeObject, compute_mro,
                                 w_None, w_NotImplemented, w_object_type)
from ouro.objspace.strobject import W_StrObject

try:
    from ouro.objspace import floatobject  # type: ignore[attr-defined,unused-ignore]
except ImportError:
    floatobject = None  # type: ignore[assignment,unused-ignore]

BINOPS = {ast.Add: 0, ast.Mult: 5, ast.Mod: 6, ast.Sub: 10}
CMPOPS = {ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}


# -- classes defined in both worlds

class Idx:
    """an index"""
    def __index__(self) -> int:
        return 2

    def __repr__(self) -> str:
        return "Idx()"


class RAdd:
    """reflected + and *"""
    def __radd__(self, other: object) -> str:
        return "radd"

    def __rmul__(self, other: object) -> str:
        return "rmul"


class Fmt:
    """__format__ and __str__/__repr__ of its own"""
    def __format__(self, spec: str) -> str:
        return "F<" + spec + ">"

    def __str__(self) -> str:
        return "S!"

    def __repr__(self) -> str:
        return "R\u00e9!"


class Attr:
    """attributes for '{0.name}'"""
    name = "nm"
    num = 7

    def __repr__(self) -> str:
        return "Attr()"


class HasBytes:
    def __bytes__(self) -> bytes:
        return b"hb"


class MyStr(str):
    pass


class MyBytes(bytes):
    pass


class MyBA(bytearray):
    pass


CPY_CLASSES: dict[str, Any] = {}
for _c in [Idx, RAdd, Fmt, Attr, HasBytes, MyStr, MyBytes, MyBA]:
    _c.__module__ = "builtins"
    CPY_CLASSES[_c.__name__] = _c


w_testfunction_type = W_TypeObject("function", [w_object_type], LAYOUT_OBJECT)
w_testfunction_type.mro_w = compute_mro(w_testfunction_type)


class W_TestFunction(W_Root):
    """A method of the test classes: binds to instances like a Python
    function."""

    def __init__(self, fn: Callable[[list[W_Root]], W_Root]) -> None:
        self.fn = fn

    def getclass(self) -> W_TypeObject:
        return w_testfunction_type

    def call_args(self, args: Arguments) -> W_Root:
        return self.fn(args.args_w)

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        return W_Method(self, w_obj)


def make_class(name: str, w_base: W_TypeObject, methods: dict[str, Any]) -> W_TypeObject:
    w_t = W_TypeObject(name, [w_base], w_base.layout)
    w_t.mro_w = compute_mro(w_t)
    w_t.is_heaptype = True
    w_t.hasdict = True
    for mname, value in methods.items():
        w_t.dict_w[mname] = W_TestFunction(value) if callable(value) else value
    return w_t


def _s(text: str) -> W_Root:
    return W_StrObject(text)


OURO_CLASSES: dict[str, W_TypeObject] = {
    "Idx": make_class("Idx", w_object_type, {"__index__": lambda a: wrap_int(2),
                                             "__repr__": lambda a: _s("Idx()")}),
    "RAdd": make_class("RAdd", w_object_type, {"__radd__": lambda a: _s("radd"),
                                               "__rmul__": lambda a: _s("rmul")}),
    "Fmt": make_class("Fmt", w_object_type, {
        "__format__": lambda a: _s("F<" + space.str_of_w(a[1]) + ">"),
        "__str__": lambda a: _s("S!"), "__repr__": lambda a: _s("R\u00e9!")}),
    "Attr": make_class("Attr", w_object_type, {"name": _s("nm"), "num": wrap_int(7),
                                               "__repr__": lambda a: _s("Attr()")}),
    "HasBytes": make_class("HasBytes", w_object_type, {
        "__bytes__": lambda a: bytesobject.W_BytesObject(b"hb")}),
    "MyStr": make_class("MyStr", strobject.w_str_type, {}),
    "MyBytes": make_class("MyBytes", bytesobject.w_bytes_type, {}),
    "MyBA": make_class("MyBA", bytearrayobject.w_bytearray_type, {}),
}


def _raw(fn: Callable[[list[W_Root]], W_Root]) -> Callable[[Arguments], W_Root]:
    def raw(args: Arguments) -> W_Root:
        return fn(args.args_w)
    return raw


def _format_builtin(a: list[W_Root]) -> W_Root:
    spec = space.str_of_w(a[1]) if len(a) > 1 else ""
    return W_StrObject(strformat.format_w(a[0], spec))


def _ensure_singleton_reprs() -> None:
    """None's and NotImplemented's reprs, in case the module that defines
    them is not there yet."""
    for w_single, text in [(w_None, "None"), (w_NotImplemented, "NotImplemented")]:
        w_t = w_single.getclass()
        if "__repr__" not in w_t.dict_w:
            register_raw(w_t, "__repr__", _raw(_constant_str(text)))


def _constant_str(text: str) -> Callable[[list[W_Root]], W_Root]:
    def fn(a: list[W_Root]) -> W_Root:
        return _s(text)
    return fn


_ensure_singleton_reprs()

NAMES: dict[str, W_Root] = {
    "str": strobject.w_str_type, "bytes": bytesobject.w_bytes_type,
    "bytearray": bytearrayobject.w_bytearray_type, "list": listobject.w_list_type,
    "tuple": tupleobject.w_tuple_type, "slice": sliceobject.w_slice_type,
    "format": register_raw(None, "format", _raw(_format_builtin)),
    "repr": register_raw(None, "repr", _raw(lambda a: space.repr(a[0]))),
    "ascii": register_raw(None, "ascii", _raw(lambda a: _s(strformat.ascii_w(a[0])))),
    "len": register_raw(None, "len", _raw(lambda a: wrap_int(space.len_w(a[0])))),
    "iter": register_raw(None, "iter", _raw(lambda a: space.iter(a[0]))),
    "next": register_raw(None, "next", _raw(lambda a: space.next(a[0]))),
    "hash": register_raw(None, "hash", _raw(lambda a: wrap_int(space.hash_w(a[0])))),
    "type": register_raw(None, "type", _raw(lambda a: a[0].getclass())),
}
if floatobject is not None:
    NAMES["float"] = floatobject.w_float_type
NAMES.update(OURO_CLASSES)


class NoFloat(Exception):
    """A case needs a float object (floatobject.py is not there yet)."""


def wrap(v: Any) -> W_Root:
    if v is None:
        return w_None
    if isinstance(v, bool):
        return space.wrap_bool(v)
    if isinstance(v, int):
        if -2**63 <= v < 2**63:
            return wrap_int(v)
        return intobject.int_from_str(str(v), 10)
    if isinstance(v, float):
        if floatobject is None:
            raise NoFloat(v)
        return floatobject.W_FloatObject(v)
    if isinstance(v, str):
        return W_StrObject(v)
    if isinstance(v, bytes):
        return bytesobject.W_BytesObject(v)
    raise NotImplementedError(repr(v))


class Evaluator:
    def __init__(self) -> None:
        self.env: dict[str, W_Root] = {}

    def run(self, source: str) -> W_Root:
        result: W_Root = w_None
        for stmt in ast.parse(source).body:
            w = self.stmt(stmt)
            if w is not None:
                result = w
        return result

    def stmt(self, node: ast.stmt) -> W_Root | None:
        if isinstance(node, ast.Expr):
            return self.expr(node.value)
        if isinstance(node, ast.Assign):
            w_value = self.expr(node.value)
            for target in node.targets:
                self.assign(target, w_value)
            return None
        if isinstance(node, ast.AugAssign):
            num = NB_INPLACE + BINOPS[type(node.op)]
            assert isinstance(node.target, ast.Name)
            name = node.target.id
            self.env[name] = space.binary_op(self.env[name], self.expr(node.value), num)
            return None
        if isinstance(node, ast.Delete):
            for target in node.targets:
                assert isinstance(target, ast.Subscript)
                space.delitem(self.expr(target.value), self.expr(target.slice))
            return None
        raise NotImplementedError(ast.dump(node))

    def assign(self, target: ast.expr, w_value: W_Root) -> None:
        if isinstance(target, ast.Name):
            self.env[target.id] = w_value
        elif isinstance(target, ast.Subscript):
            space.setitem(self.expr(target.value), self.expr(target.slice), w_value)
        elif isinstance(target, ast.Attribute):
            space.setattr(self.expr(target.value), target.attr, w_value)
        else:
            raise NotImplementedError(ast.dump(target))

    def opt(self, node: ast.expr | None) -> W_Root:
        return w_None if node is None else self.expr(node)

    def expr(self, node: ast.expr) -> W_Root:
        if isinstance(node, ast.Constant):
            return wrap(node.value)
        if isinstance(node, ast.Name):
            if node.id in self.env:
                return self.env[node.id]
            if node.id in NAMES:
                return NAMES[node.id]
            if node.id in ("True", "False", "None"):
                return wrap({"True": True, "False": False, "None": None}[node.id])
            raise NameError(node.id)
        if isinstance(node, ast.List):
            return listobject.W_ListObject([self.expr(e) for e in node.elts])
        if isinstance(node, ast.Tuple):
            if not node.elts:
                return tupleobject.EMPTY_TUPLE
            return tupleobject.W_TupleObject([self.expr(e) for e in node.elts])
        if isinstance(node, ast.Dict):
            w_d = dictobject.W_DictObject()
            for k, v in zip(node.keys, node.values):
                assert k is not None
                w_d.setitem(self.expr(k), self.expr(v))
            return w_d
        if isinstance(node, ast.Attribute):
            return space.getattr(self.expr(node.value), node.attr)
        if isinstance(node, ast.Subscript):
            return space.getitem(self.expr(node.value), self.expr(node.slice))
        if isinstance(node, ast.Slice):
            return sliceobject.W_SliceObject(self.opt(node.lower), self.opt(node.upper),
                                             self.opt(node.step))
        if isinstance(node, ast.BinOp):
            return space.binary_op(self.expr(node.left), self.expr(node.right),
                                   BINOPS[type(node.op)])
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
                value: Any = node.operand.value
                return wrap(-value)
            assert isinstance(node.op, ast.Not)
            return space.wrap_bool(not space.is_true(self.expr(node.operand)))
        if isinstance(node, ast.Compare):
            assert len(node.ops) == 1
            w_a = self.expr(node.left)
            w_b = self.expr(node.comparators[0])
            op = node.ops[0]
            if isinstance(op, ast.In):
                return space.wrap_bool(space.contains(w_b, w_a))
            if isinstance(op, ast.NotIn):
                return space.wrap_bool(not space.contains(w_b, w_a))
            if isinstance(op, ast.Is):
                return space.wrap_bool(w_a is w_b)
            return space.richcompare(w_a, w_b, CMPOPS[type(op)])
        if isinstance(node, ast.Call):
            w_f = self.expr(node.func)
            args_w = [self.expr(a) for a in node.args]
            names = [k.arg for k in node.keywords]
            assert None not in names
            values_w = [self.expr(k.value) for k in node.keywords]
            return space.call_args(w_f, Arguments(args_w, names, values_w))  # type: ignore
        raise NotImplementedError(ast.dump(node))


def exc_text(e: OperationError) -> str:
    w_exc = e.w_value
    try:
        return space.str_str(w_exc)
    except Exception:
        msg = w_exc.msg
        return msg if msg is not None else "<%d args>" % len(w_exc.args_w)


@pytest.fixture(autouse=True)
def bare_codecs() -> Any:
    """These tests check the object space's own codecs (utf-8, ascii,
    latin-1 and their error handlers) in a bare object space.  Once
    ouro.modules._codecs is imported (by any test module of the session),
    it hooks every other encoding into the codec registry, which imports
    `encodings` from the sys.path of a set-up interpreter -- which this
    space is not: the hook is taken out while these tests run, so that
    they do not depend on what else the session imported."""
    hooks = list(strobject.CODEC_HOOKS)
    del strobject.CODEC_HOOKS[:]
    yield
    strobject.CODEC_HOOKS.extend(hooks)


def ouro_run(source: str) -> tuple[str, ...]:
    try:
        w_res = Evaluator().run(source)
    except NoFloat:
        return ("no float",)
    except OperationError as e:
        return ("exc", e.w_value.w_type.name, exc_text(e))
    except Exception as e:      # an internal error (an RPy assertion...)
        return ("crash", type(e).__name__, str(e))
    try:
        return ("ok", space.repr_str(w_res))
    except OperationError as e:
        return ("repr failed", e.w_value.w_type.name, exc_text(e))


def cpy_run(source: str) -> tuple[str, ...]:
    env: dict[str, Any] = dict(CPY_CLASSES)
    tree = ast.parse(source)
    last = tree.body[-1] if tree.body else None
    try:
        if isinstance(last, ast.Expr):
            exec(compile(ast.Module(tree.body[:-1], []), "<case>", "exec"), env)
            res = eval(compile(ast.Expression(last.value), "<case>", "eval"), env)
        else:
            exec(compile(tree, "<case>", "exec"), env)
            res = None
    except Exception as e:
        return ("exc", type(e).__name__, str(e))
    return ("ok", repr(res))


# cases known to differ from CPython, with the reason (none today)
KNOWN_DIFFERENCES: dict[str, str] = {}


def check(cases: list[str]) -> None:
    """Every case must agree, except the KNOWN_DIFFERENCES, which must
    still differ (remove them from the list when they pass)."""
    mismatches = []
    for src in cases:
        expected = cpy_run(src)
        got = ouro_run(src)
        if src in KNOWN_DIFFERENCES:
            if got == expected:
                mismatches.append("%s\n    passes now: remove it from KNOWN_DIFFERENCES" % src)
            continue
        if got == ("no float",):
            SKIPPED_NO_FLOAT.append(src)
            continue
        if got != expected:
            mismatches.append("%s\n    CPython: %s\n    ouro:    %s" % (src, expected, got))
    assert not mismatches, "%d of %d cases differ:\n%s" % (
        len(mismatches), len(cases), "\n".join(mismatches[:40]))


COUNTS: dict[str, int] = {}
SKIPPED_NO_FLOAT: list[str] = []


def run_family(name: str, cases: list[str]) -> None:
    COUNTS[name] = len(cases)
    check(cases)


# -- the tables

STRS = ["", "a", "abc", "Hello World", "  spaced  out  ", "a,b,,c,", "aaa", "Mississippi",
        "tab\there\tx\ty", "l1\nl2\r\nl3\rl4\x0bx\x0cy\x1cz\x85w\u2028v\u2029u\n",
        "\u00c9COLE \u00e9l\u00e8ve", "stra\u00dfe", "\u01c5ungla \u01c6 \u01c4",
        "\u0130stanbul", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03a3 \u0391\u03a3.",
        "\ufb01ne \ufb02ow", "\u0661\u0662\u0663", "\u00b2\u00b3", "\u00bd\u2153",
        "\u216b", "\u65e5\u672c\u8a9e", "\U0001f600 emoji \U0001f600", "mixed Case_123",
        "-42", "+7", "x\x00y", "\ud800x\udcff", "\u01c8a", "hello world 3rd", "it's",
        '"q"', "a\\b", "\u1e9e\u00df", "ABC", "abc def", "Title Case", "\u02b0a",
        "_ident1", "1abc", "na\u0308ive", "\u0391\u03a3\u0301 b", "\u00aa", "\u2160x",
        "\u0345", "\u1f88\u1fb3", "\u00b5", " \t\n", "\u3000\u2009", "\x7f\x80\xa0",
        "\ufeff"]
SHORT_STRS = ["", "abc", "Hello World", "aaa", "Mississippi", "\u00e9t\u00e9 \u00c9",
              "\u039f\u0394\u03a5\u03a3", "\U0001f600x\U0001f600", " a b ", "x\ud800"]
SUBS = ["", "a", "ab", "s", "ss", "issi", "\u00e9", "\u03a3", "xyz", "\U0001f600", " "]
INDEXES = [None, 0, 1, 2, -1, -3, 5, 100, -100]


def q(v: Any) -> str:
    return repr(v)


def test_str_predicates_and_case() -> None:
    methods = ["capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal",
               "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace",
               "istitle", "isupper", "lower", "swapcase", "title", "upper", "splitlines",
               "strip", "lstrip", "rstrip", "split", "rsplit", "expandtabs", "__len__",
               "__str__", "__repr__"]
    cases = ["%s.%s()" % (q(s), m) for s in STRS for m in methods]
    cases += ["repr(%s)" % q(s) for s in STRS]
    cases += ["ascii(%s)" % q(s) for s in STRS]
    cases += ["list(%s)" % q(s) for s in STRS]
    cases += ["%s.splitlines(True)" % q(s) for s in STRS]
    run_family("str predicates and case", cases)


def test_unicode_chars_exhaustive_sample() -> None:
    """Every 97th code point (and each of the first 1024) through the
    per-character properties and case mappings."""
    cps = list(range(0, 1024)) + list(range(1024, 0x110000, 97))
    methods = ["isalnum", "isalpha", "isdecimal", "isdigit", "isnumeric", "isprintable",
               "isspace", "islower", "isupper", "istitle", "isidentifier", "upper", "lower",
               "title", "capitalize", "swapcase", "casefold"]
    mismatches = []
    count = 0
    for cp in cps:
        c = chr(cp)
        w = W_StrObject(c)
        w2 = W_StrObject("a" + c + "B")
        for m in methods:
            for s, w_s in ((c, w), ("a" + c + "B", w2)):
                count += 1
                expected = getattr(s, m)()
                got = space.call_method(w_s, m, [])
                if isinstance(expected, bool):
                    ok = space.is_true(got) == expected
                else:
                    ok = space.str_of_w(got) == expected
                if not ok:
                    mismatches.append("%r.%s()" % (s, m))
    COUNTS["unicode chars"] = count
    assert not mismatches, "%d differ: %s" % (len(mismatches), mismatches[:50])


def test_str_search() -> None:
    cases = []
    rng = random.Random(1)
    for s in SHORT_STRS:
        for sub in SUBS:
            for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                cases.append("%s.%s(%s)" % (q(s), m, q(sub)))
                for _ in range(3):
                    a = rng.choice(INDEXES)
                    b = rng.choice(INDEXES)
                    cases.append("%s.%s(%s, %s, %s)" % (q(s), m, q(sub), q(a), q(b)))
                cases.append("%s.%s(%s, %s)" % (q(s), m, q(sub), q(rng.choice(INDEXES))))
            cases.append("%s in %s" % (q(sub), q(s)))
        cases.append("%s.startswith(('x', 'a', 'H', '\u00e9'))" % q(s))
        cases.append("%s.endswith(('d', 'i', ''), 1)" % q(s))
    cases += ["'abc'.find(1)", "'abc'.count(None)", "'abc'.find('a', 'x')",
              "'abc'.find('a', 1.5)", "'abc'.find('a', Idx())", "'abc'.startswith(1)",
              "'abc'.startswith(('a', 1))", "'abc'.endswith(['a'])", "1 in 'abc'",
              "'abc'.index('z')", "'abc'.rindex('z')", "'abc'.find()", "'abc'.find('a', 1, 2, 3)",
              "'abc'.find(sub='a')", "str.find(1, 'a')", "'abc'.count('', 10)",
              "'abc'.find('', 3)", "'abc'.find('', 4)", "'abc'.rfind('', 3)",
              "'abc'.startswith('', 3)", "'abc'.startswith('', 4)", "'abc'.endswith('c', -1)",
              "'abc'.endswith('', 4)", "MyStr('abc') in 'xabcx'", "'b' in MyStr('abc')"]
    run_family("str search", cases)


def test_str_split_join_strip() -> None:
    cases = []
    seps = [None, " ", ",", "ss", "a", "", "\u03a3", 1]
    for s in STRS[:30] + SHORT_STRS:
        for sep in seps:
            for maxsplit in [-1, 0, 1, 2, -5]:
                cases.append("%s.split(%s, %s)" % (q(s), q(sep), q(maxsplit)))
                cases.append("%s.rsplit(sep=%s, maxsplit=%s)" % (q(s), q(sep), q(maxsplit)))
        for chars in [None, " ", "a", "ab", "\u00e9e", "", "l1\n", 1]:
            for m in ["strip", "lstrip", "rstrip"]:
                cases.append("%s.%s(%s)" % (q(s), m, q(chars)))
        for sep in ["", "a", "\u03a3\u03a3"]:
            cases.append("%s.partition(%s)" % (q(s), q(sep)))
            cases.append("%s.rpartition(%s)" % (q(s), q(sep)))
    cases += ["','.join(['a', 'b', 'c'])", "''.join([])", "'\u00e9'.join(['x', 'y'])",
              "'-'.join('abc')", "'-'.join(('a',))", "'-'.join(['a', 1])", "'-'.join(1)",
              "'-'.join([MyStr('x'), 'y'])", "'-'.join(iter(['p', 'q']))",
              "'a'.split(maxsplit=1)", "'a b c'.split(maxsplit=Idx())", "'a'.split(' ', 'x')",
              "'a'.split(sep=' ', x=1)", "'abc'.partition(1)", "'a\\nb'.splitlines(keepends=1)",
              "'a\\nb'.splitlines('x')", "'a'.strip('a', 'b')", "'  x  '.split(None, 0)",
              "'  x  y '.rsplit(None, 0)", "'  x  y '.rsplit(None, 1)"]
    run_family("str split/join/strip", cases)


def test_str_pad_replace_misc() -> None:
    cases = []
    for s in SHORT_STRS + ["-42", "+7", "-", "+", "42"]:
        for w in [-1, 0, 3, 10, 11, 12, Idx()]:
            wr = "Idx()" if isinstance(w, Idx) else q(w)
            for m in ["center", "ljust", "rjust"]:
                cases.append("%s.%s(%s)" % (q(s), m, wr))
                cases.append("%s.%s(%s, '*')" % (q(s), m, wr))
            cases.append("%s.zfill(%s)" % (q(s), wr))
        cases.append("%s.center(9, '\u00e9')" % q(s))
        for old, new in [("a", "b"), ("", "-"), ("ss", "\u00df"), ("\u03a3", ""), ("x", "y"),
                         ("", "")]:
            cases.append("%s.replace(%s, %s)" % (q(s), q(old), q(new)))
            for count in [0, 1, 2, -1, 100]:
                cases.append("%s.replace(%s, %s, %s)" % (q(s), q(old), q(new), q(count)))
        for prefix in ["", "a", "He", "abc", "abcd", "\u00e9"]:
            cases.append("%s.removeprefix(%s)" % (q(s), q(prefix)))
            cases.append("%s.removesuffix(%s)" % (q(s), q(prefix)))
    for s in ["a\tb\tc", "\t", "ab\tc\nd\te\r\tf", "\u00e9\t\u00e9", "xxxxxxx\tx"]:
        for t in [None, 0, 1, 4, 8, -1]:
            cases.append("%s.expandtabs(%s)" % (q(s), "" if t is None else q(t)))
        cases.append("%s.expandtabs(tabsize=3)" % q(s))
    cases += ["'a'.center(5, 1)", "'a'.center(5, 'ab')", "'a'.center('x')", "'a'.center(5.0)",
              "'a'.ljust()", "'a'.zfill('x')", "'a'.replace(1, 'b')", "'a'.replace('a', 2)",
              "'a'.replace('a', 'b', 'c')", "'a'.removeprefix(1)", "'a'.removesuffix(None)",
              "'a'.expandtabs('x')", "'a'.center(width=5)", "'a'.replace(None, 'b')",
              "'a'.encode(None)", "str(b'a', None)", "'a'.center(3, None)",
              "'a'.maketrans('a', None)", "'a'.find(None)", "'a'.partition(None)",
              "'a'.join([None])", "'a'.startswith(None)", "'a'.__format__(None)",
              "'x'.encode('ascii', None)", "'%c' % None", "'a' + None", "'a' * None",
              "'a'[None]", "None in 'a'", "'%d' % None", "'%x' % None", "'{}'.format_map(None)",
              "'a'.ljust(None)", "MyStr('ab').center(2)",
              "type(MyStr('ab').replace('x', 'y'))", "type(MyStr('ab').strip())",
              "type(MyStr('ab')[:])", "type(MyStr('ab').zfill(1))"]
    run_family("str pad/replace", cases)


def test_str_index_slice_ops() -> None:
    cases = []
    rng = random.Random(2)
    for s in SHORT_STRS + ["0123456789", "\u00e9\u00e8\u00ea\u00eb\u0101\u0103"]:
        for i in [0, 1, -1, 2, -2, 5, -5, 9, 10, -10, 11, 100]:
            cases.append("%s[%d]" % (q(s), i))
        for _ in range(25):
            parts = [rng.choice(["", "0", "1", "-1", "3", "-3", "7", "100", "-100", "None"])
                     for _ in range(2)]
            step = rng.choice(["", "1", "2", "-1", "-2", "3", "None", "-3", "100"])
            cases.append("%s[%s:%s:%s]" % (q(s), parts[0], parts[1], step))
            cases.append("%s[%s:%s]" % (q(s), parts[0], parts[1]))
        cases.append("%s[::0]" % q(s))
        cases.append("%s['x']" % q(s))
        cases.append("%s[Idx()]" % q(s))
        cases.append("%s[1:Idx()]" % q(s))
        cases.append("%s['a':]" % q(s))
        for t in SHORT_STRS[:5]:
            for op in ["+", "<", "<=", "==", "!=", ">", ">="]:
                cases.append("%s %s %s" % (q(s), op, q(t)))
        for n in [-1, 0, 1, 2, 3]:
            cases.append("%s * %d" % (q(s), n))
            cases.append("%d * %s" % (n, q(s)))
        cases.append("%s * Idx()" % q(s))
    cases += ["'a' + 1", "'a' + b'b'", "'a' * 'b'", "'a' * 1.5", "'a' + RAdd()", "'a' * RAdd()",
              "RAdd() * 'a'", "'a' < 1", "'a' == 1", "'a' != None", "'a' < b'a'",
              "MyStr('ab') + 'c'", "'c' + MyStr('ab')", "MyStr('ab') == 'ab'",
              "hash('') == hash(str())", "len(MyStr('abc'))",
              "MyStr('ab')[0]", "type(MyStr('ab') * 1)", "type('ab' * 1)", "type(MyStr('ab'))",
              "MyStr('x').__class__", "repr(MyStr('a\\n'))", "str(MyStr('a'))",
              "type(str(MyStr('a')))", "m = MyStr('v'); m.attr = 5; m.attr",
              "m = MyStr('v'); m.attr", "it = iter('ab\u00e9'); next(it); next(it); next(it); next(it)",
              "iter('abc').__length_hint__()", "list(iter(''))", "'abc'.__getitem__(slice(1, None))",
              "str.__len__('abcd')", "str.upper(1)", "str.__add__('a', 'b')",
              "str.__add__('a', 1)", "str.__mul__('ab', 2)", "str.__rmul__('ab', 2)",
              "str.__mod__('%s', 1)", "str.__rmod__('%s', 1)", "str.__rmod__('%s', '[%s]')",
              "str.__contains__('abc', 'b')", "'abc'.__getnewargs__()",
              "str.__eq__('a', 1)", "str.__lt__('a', 'b')"]
    run_family("str index/slice/ops", cases)


def test_str_constructor_encode_decode() -> None:
    cases = []
    encs = ["utf-8", "UTF8", "u8", "ascii", "US-ASCII", "646", "latin-1", "Latin_1",
            "iso-8859-1", "l1", "utf_8", "bogus"]
    errs = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
            "surrogateescape", "surrogatepass", "namereplace", "bogus"]
    texts = ["", "abc", "caf\u00e9", "\u20ac5", "\U0001f600!", "a\ud800b", "\udc80\udcff",
             "x\udc80\u00e9\udcffy", "\ud800\udc00", "\u00ff\u0100", "\uac00\u4e00 \u00e9"]
    for t in texts:
        cases.append("%s.encode()" % q(t))
        for e in encs:
            cases.append("%s.encode(%s)" % (q(t), q(e)))
        for er in errs:
            for e in ["utf-8", "ascii", "latin-1"]:
                cases.append("%s.encode(%s, %s)" % (q(t), q(e), q(er)))
            cases.append("%s.encode(errors=%s)" % (q(t), q(er)))
    datas = [b"", b"abc", b"caf\xc3\xa9", b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82a",
             b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xed\xa0\x80",
             b"\xed\xa0\x80z", b"\xc0\x80", b"\xe0\x80\x80", b"\xf4\x90\x80\x80",
             b"\xf5", b"\xc2", b"\x80\x81\x82abc\xfe", b"\xe0\xa0", b"\xf0\x90\x80"]
    for d in datas:
        cases.append("%s.decode()" % q(d))
        cases.append("str(%s)" % q(d))
        for e in ["utf-8", "ascii", "latin-1", "bogus"]:
            cases.append("%s.decode(%s)" % (q(d), q(e)))
            for er in errs:
                cases.append("%s.decode(%s, %s)" % (q(d), q(e), q(er)))
                cases.append("str(%s, %s, %s)" % (q(d), q(e), q(er)))
        cases.append("str(%s, errors='replace')" % q(d))
        cases.append("bytearray(%s).decode('utf-8', 'replace')" % q(d))
    cases += ["str()", "str('x')", "str(1)", "str(None)", "str(b'a')", "str(b'a', 1)",
              "str('a', 'utf-8')", "str(1, 'utf-8')", "str(object='q')", "str(Fmt())",
              "str(encoding='ascii')", "str(b'x', encoding='ascii')", "str(1, 2, 3, 4)",
              "str(bytearray(b'ab'), 'ascii')", "MyStr(b'ab', 'ascii')", "type(MyStr(1))",
              "'a'.encode(1)", "'a'.encode('ascii', 1)", "'a'.encode(encoding='ascii')",
              "'\u00e9'.encode('ascii', 'bogus')", "'a'.encode('ascii', 'bogus')",
              "b'\\xff'.decode('ascii', 'xmlcharrefreplace')", "b'a'.decode(1)",
              "str(1, errors='strict')", "str(errors='strict')", "repr(str())"]
    run_family("str constructor/codecs", cases)


def test_str_translate_maketrans() -> None:
    cases = ["'abc'.translate({97: 'x', 98: None})", "'abc'.translate({97: 120})",
             "'abc'.translate({})", "'abc'.translate({97: 1.5})", "'abc'.translate({97: -1})",
             "'abc'.translate({97: 0x110000})", "'abc'.translate({97: '\u00e9\u00e9'})",
             "'abc'.translate(str.maketrans('ab', 'xy'))", "str.maketrans('ab', 'x')",
             "str.maketrans('ab', 'xy', 'c')", "str.maketrans({'a': 'b', 98: None})",
             "str.maketrans({'ab': 1})", "str.maketrans({1.5: 1})", "str.maketrans(1)",
             "str.maketrans('a', 1)", "str.maketrans('a', 'b', 1)", "'x'.maketrans('a', 'b')",
             "'\u00e9t\u00e9'.translate(str.maketrans('\u00e9', 'e'))", "'abc'.translate([])",
             "'abc'.translate(['x', 'y'])", "'abc'.translate('xyz')", "'abc'.translate(1)",
             "'abc'.translate({97: MyStr('q')})"]
    run_family("str translate", cases)


FORMAT_VALUES = ["''", "'abc'", "'\u00e9t\u00e9'", "0", "42", "-42", "255", "-255", "True",
                 "False", "1234567", "-9876543210", "'a'*3", "Fmt()"]
STR_SPECS = ["", "s", "10", "<10", ">10", "^10", "^11", "*^9", "\u00e9>6", ".2", "10.2",
             "<.0", "0", "05", "010", "=10", "+", " ", "-", "#", ",", "_", "z", "d", "x",
             "5.2xx", ".", "0<5", "0>5", "{<4", "\x00<5", "<<5",
             "99999999999999999999", ".99999999999999999999"]
# widths and precisions in other scripts' digits (Py_UNICODE_TODECIMAL)
UNICODE_DIGIT_SPECS = ["\u0663", ".\u0661", "\u0661\u0660", "\uff15.\uff12"]
INT_SPECS = ["", "d", "5", "05", "-05", "+", "+5", " ", " 5", "<5", ">5", "^6", "=8", "*=+8",
             "x", "X", "#x", "#X", "#o", "o", "b", "#b", "c", ",", "_", ",d", "_x", "_b",
             "#_x", "010,", "015_", "0=10,", "n", ",n", "s", ".2", "z", "#c", "+c", "^c",
             "5c", ",c", "_o", ",x", "x,", "12_,", "#012_b", "-#0x", " #o", "07", "=07",
             "+=7", "Z", "\u00e9", "\x01"]


def test_format_builtin() -> None:
    cases = []
    for v in FORMAT_VALUES:
        for spec in STR_SPECS + INT_SPECS:
            cases.append("format(%s, %s)" % (v, q(spec)))
    for v in ["''", "'abc'", "'\u00e9t\u00e9'"]:
        for spec in UNICODE_DIGIT_SPECS:
            cases.append("format(%s, %s)" % (v, q(spec)))
    cases += ["format(MyStr('ab'), '')", "format(MyStr('ab'), '>4')", "type(format(MyStr('a')))",
              "'ab'.__format__(1)", "'ab'.__format__('>3')", "format(Attr(), '')",
              "format(Attr(), 'x')", "format(-9223372036854775807 - 1, 'x')",
              "format(-9223372036854775807 - 1, ',')", "format(9223372036854775807, '#b')",
              "format(1114111, 'c')", "format(1114112, 'c')", "format(-1, 'c')"]
    run_family("format()", cases)


def test_str_format_method() -> None:
    cases = []
    templates = ["{}", "{0}", "{0}{1}", "{1}{0}", "{}{}", "{0!r}", "{0!s}", "{0!a}", "{0!x}",
                 "{0:>8}", "{0!r:^10}", "{:{}}", "{0:{1}}", "{0:{1}{2}}", "{:{}{}}",
                 "{0:{{}}}", "{{}}", "{{0}}", "}}{{", "{", "}", "{0", "{0!", "{0!r", "{0!rx}",
                 "{0!}", "{0:", "{0:{", "{:{:{}}}", "{a}", "{a!r}", "{a[0]}", "{0[0]}",
                 "{0[1]}", "{0[-1]}", "{0[x]}", "{0.}", "{0[]}", "{0[0}",
                 "{0]}", "{0[0]x}", "{0[0].x}", "{}{0}", "{0}{}", "{5}", "{x}",
                 "{0.nope}", "{0!s:}", "{ }", "{!r}", "{:}", "{0:d}", "{0:x}", "{\u0661}",
                 "x{0}y{1}z",
                 "{0:%s}" % "{1}", "{0[a][b]}", "{0.__class__}", "{a.name}", "{a.num:03}",
                 "{{{0}}}", "{0}}}", "{{{{", "{0:{1}}x{0:{1}}", "{a[}]}", "{0:}}",
                 "{0:{1:{2}}}", "{99999999999999999999}", "{0[99999999999999999999]}"]
    arg_sets = ["'abc', 5, '>'", "'', '', ''", "'\u00e9', 10, 'x'", "Fmt(), 'q', 3",
                "['l', 'm'], {'x': 1}, 2", "42, '+', 8"]
    for t in templates:
        for args in arg_sets:
            cases.append("%s.format(%s)" % (q(t), args))
            cases.append("%s.format(%s, a=Attr(), x='X')" % (q(t), args))
        cases.append("%s.format_map({'a': ['p', 'q'], 'x': 'xx'})" % q(t))
    cases += ["'{a}'.format_map({'a': 1})", "'{0}'.format_map({'0': 1})", "'{a}'.format_map(1)",
              "'{a}'.format_map({})", "'{a}{b}'.format(a=1, b=MyStr('s'))",
              "'{0}'.format(MyStr('ms'))", "MyStr('{}').format(1)", "str.format('{}', 3)",
              "'{0[0]}'.format({0: 'int key'})", "'{0[a]}'.format({'a': 'str key'})",
              "'{0:{1}}'.format(Fmt(), '<<')", "'{!a}'.format('\u00e9\U0001f600')",
              "'{a}'.format(**{})" if False else "'{a}'.format()"]
    run_family("str.format", cases)


PERCENT_FORMATS = ["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%o", "%c", "%5s", "%-5s",
                   "%.2s", "%5.1s", "%05d", "%-05d", "%+d", "% d", "%+5d", "%#x", "%#X", "%#o",
                   "%#5x", "%#05x", "%-#8o", "%.3d", "%8.3d", "%-8.3x", "%%", "%5%", "abc",
                   "a%%b%s", "%", "%-", "%(a)s", "%(a)d %(b)s", "%(a", "%*d", "%-*d", "%.*s",
                   "%*.*s", "%y", "%s %s", "%ld", "%hs", "%Ls", "x%\u00e9", "%\x00", "%c%c",
                   "%(a)s %s", "% 05d", "%+-5d", "%#.3o", "%0#8X", "%03c", "%-3c", "%b",
                   "%10r", "%.1r", "%(a)*d", "%(a)(b)s", "%((a))s"]
PERCENT_VALUES = ["1", "-1", "0", "255", "-255", "'abc'", "'\u00e9'", "(1,)", "(1, 2)",
                  "('x', 'y')", "()", "{'a': 1, 'b': 'B'}", "[1, 2]", "None", "True", "Idx()",
                  "(Idx(),)", "('\u00e9', 5)", "(3, 'abc')", "(1114111,)", "(1114112,)",
                  "(-1,)", "('ab',)", "(Fmt(),)", "(b'b',)", "(5, 2, 'abcdef')",
                  "(-9223372036854775807 - 1,)", "MyStr('ms')", "(MyStr('m'),)"]


def test_str_percent() -> None:
    cases = []
    for f in PERCENT_FORMATS:
        for v in PERCENT_VALUES:
            cases.append("%s %% %s" % (q(f), v))
    cases += ["'%s' % 1.5" if floatobject is not None else "'%s' % 1",
              "'%d' % 'a'", "'%x' % 'a'", "'%c' % 1.5" if floatobject is not None else "1",
              "'' % ()", "'' % 5", "'' % []", "'' % {}", "'x' % 'y'", "'%s' % ((1, 2),)",
              "'%s %s' % MyStr('a')", "1 % 'a'" if False else "'a' % ()"]
    run_family("str %", cases)


@pytest.mark.skipif(floatobject is None, reason="floatobject.py is not there yet")
def test_floats_in_formatting() -> None:
    cases = []
    values = ["0.0", "-0.0", "1.5", "-2.25", "1e300", "1e-7", "123456.789", "float('inf')",
              "float('nan')", "float('-inf')", "3", "-3", "True", "'x'", "Idx()"]
    fmts = ["%f", "%e", "%g", "%E", "%G", "%F", "%.2f", "%10.3e", "%-10.2g", "%+f", "% f",
            "%010.2f", "%#g", "%#.0f", "%.0e", "%5.1F", "%d", "%x", "%c", "%s", "%r"]
    for f in fmts:
        for v in values:
            cases.append("%s %% %s" % (q(f), v))
    specs = ["", "f", ".2f", "e", "g", "%", "10.3", "+.1e", ",.2f", "_f", "z.1f", "x", "d",
             "F", "E", "G", ".3f", "10.2e", "+.1%", "010.2f", ",g", "#.0e"]
    for spec in specs:
        for v in ["3", "-3", "0", "True", "1234567", "-9223372036854775807"]:
            cases.append("format(%s, %s)" % (v, q(spec)))
        cases.append("'{0:%s}'.format(-1.5)" % spec)
    run_family("floats in formatting", cases)


# -- bytes and bytearray

BYTES = [b"", b"a", b"abc", b"Hello World", b"  spaced  out  ", b"a,b,,c,", b"Mississippi",
         b"tab\there\tx", b"l1\nl2\r\nl3\rl4\x0bx\x0cy\x1c", b"\x00\xff\x80", b"caf\xc3\xa9",
         b"-42", b"+7", b"'q'", b'"q"', b"'\"", b"ABC def", b"Title Case", b"aaa",
         b"\t\n\x0b\x0c\r ", b"x\\y", b"1abc_", b"hello world 3rd"]
BSUBS = [b"", b"a", b"ab", b"s", b"ss", b"\xff", b"xyz", 97, 300, "a", bytearray(b"s")]


def bq(v: Any) -> str:
    if isinstance(v, bytearray):
        return "bytearray(%r)" % bytes(v)
    return repr(v)


def test_bytes_methods() -> None:
    cases = []
    rng = random.Random(3)
    noarg = ["capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
             "istitle", "isupper", "lower", "swapcase", "title", "upper", "splitlines",
             "strip", "lstrip", "rstrip", "split", "rsplit", "expandtabs", "hex", "decode",
             "__len__", "__repr__", "__str__", "__bytes__"]
    for kind in ["%s", "bytearray(%s)"]:
        for b in BYTES:
            r = kind % bq(b)
            for m in noarg:
                if kind != "%s" and m == "__bytes__":
                    continue
                cases.append("%s.%s()" % (r, m))
            cases.append("list(%s)" % r)
            cases.append("%s.splitlines(True)" % r)
            for sub in BSUBS:
                for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
                    cases.append("%s.%s(%s)" % (r, m, bq(sub)))
                    a = rng.choice(INDEXES)
                    c = rng.choice(INDEXES)
                    cases.append("%s.%s(%s, %s, %s)" % (r, m, bq(sub), q(a), q(c)))
                cases.append("%s in %s" % (bq(sub), r))
            for sep in [None, b" ", b",", b"ss", b"", "x"]:
                for maxsplit in [-1, 0, 1, 2]:
                    cases.append("%s.split(%s, %s)" % (r, bq(sep), maxsplit))
                    cases.append("%s.rsplit(%s, %s)" % (r, bq(sep), maxsplit))
            for chars in [None, b" ", b"a", b"ab\xff", b"", "a"]:
                for m in ["strip", "lstrip", "rstrip"]:
                    cases.append("%s.%s(%s)" % (r, m, bq(chars)))
            for psep in [b"", b"a", b"ss", "a"]:
                cases.append("%s.partition(%s)" % (r, bq(psep)))
                cases.append("%s.rpartition(%s)" % (r, bq(psep)))
            for w in [-1, 0, 3, 10, 11]:
                for m in ["center", "ljust", "rjust"]:
                    cases.append("%s.%s(%d)" % (r, m, w))
                    cases.append("%s.%s(%d, b'*')" % (r, m, w))
                cases.append("%s.zfill(%d)" % (r, w))
            for old, new in [(b"a", b"b"), (b"", b"-"), (b"ss", b"S"), (b"x", b"")]:
                cases.append("%s.replace(%s, %s)" % (r, bq(old), bq(new)))
                cases.append("%s.replace(%s, %s, 1)" % (r, bq(old), bq(new)))
            for p in [b"", b"a", b"He", b"abc", "a"]:
                cases.append("%s.removeprefix(%s)" % (r, bq(p)))
                cases.append("%s.removesuffix(%s)" % (r, bq(p)))
            for i in [0, 1, -1, 2, -3, 5, 100]:
                cases.append("%s[%d]" % (r, i))
            for _ in range(6):
                parts = [rng.choice(["", "0", "1", "-1", "3", "-3", "100", "None"])
                         for _ in range(2)]
                step = rng.choice(["", "1", "2", "-1", "-2", "None"])
                cases.append("%s[%s:%s:%s]" % (r, parts[0], parts[1], step))
            for t in [b"", b"abc", b"abd", bytearray(b"abc"), "abc"]:
                for op in ["+", "<", "<=", "==", "!=", ">", ">="]:
                    cases.append("%s %s %s" % (r, op, bq(t)))
            for n in [-1, 0, 1, 3]:
                cases.append("%s * %d" % (r, n))
                cases.append("%d * %s" % (n, r))
            for sep, per in [("':'", 1), ("':'", 2), ("':'", -2), ("b'-'", 3), ("':'", 0)]:
                cases.append("%s.hex(%s, %d)" % (r, sep, per))
            cases.append("%s.hex(sep='.')" % r)
    run_family("bytes methods", cases)


def test_bytes_misc() -> None:
    cases = ["bytes()", "bytes(3)", "bytes(-1)", "bytes([1, 2, 255])", "bytes([256])",
             "bytes(['a'])", "bytes((1, 2))", "bytes(iter([65, 66]))", "bytes('abc')",
             "bytes('abc', 'ascii')", "bytes('\u00e9', 'utf-8')", "bytes('\u00e9', 'ascii')",
             "bytes('\u00e9', 'ascii', 'replace')", "bytes(1, 'ascii')", "bytes(errors='x')",
             "bytes(encoding='x')", "bytes(b'ab', errors='x')", "bytes('a', errors='x')",
             "bytes(bytearray(b'xy'))", "bytes(HasBytes())", "bytes(1.5)" if floatobject else "1",
             "bytes(Idx())", "bytes(source=b'q')", "bytes(None)", "bytes([Idx()])",
             "MyBytes(b'ab')", "type(MyBytes(b'ab'))", "type(MyBytes(b'ab').upper())",
             "MyBytes(b'ab') == b'ab'", "hash(MyBytes(b'ab')) == hash(b'ab')",
             "bytes.fromhex('0a 0B ff')", "bytes.fromhex('0')", "bytes.fromhex('0g')",
             "bytes.fromhex(' 01 02 ')", "bytes.fromhex('\u00e90')", "bytes.fromhex(b'00')",
             "bytes.fromhex('01\\t02\\n')", "b''.fromhex('61')", "MyBytes.fromhex('61')",
             "type(MyBytes.fromhex('61'))", "bytearray.fromhex('6162')",
             "type(MyBA.fromhex('61'))", "bytes.maketrans(b'ab', b'xy')[97:99]",
             "bytes.maketrans(b'a', b'bc')", "bytes.maketrans('a', 'b')",
             "b'abc'.translate(bytes.maketrans(b'ab', b'xy'))", "b'abc'.translate(None, b'b')",
             "b'abc'.translate(b'x')", "b'abc'.translate(None, delete=b'ac')",
             "b'abc'.translate(None, 'a')", "b'a'.center(5, 'x')", "b'a'.center(5, b'xx')",
             "b'a'.ljust(5, 1)", "b'a'.join([b'x', bytearray(b'y')])", "b''.join([])",
             "b'-'.join([b'a', 'b'])", "b'-'.join(1)", "bytearray(b'-').join([b'a', b'b'])",
             "b'a' + 'a'", "b'a' + 1", "b'a' * 1.5", "b'a' * 'a'", "b'a' + RAdd()",
             "b'a' * RAdd()", "RAdd() * b'a'", "'a' + b'a'", "b'a' + bytearray(b'b')",
             "bytearray(b'a') + b'b'", "bytearray(b'a') + 'b'", "b'a' < 'a'",
             "b'a' == 'a'", "b'a' == bytearray(b'a')", "bytearray(b'a') == b'a'",
             "bytearray(b'a') < b'b'", "bytearray(b'a') < 'a'", "b'abc'[1:2]", "b'abc'['x']",
             "b'abc'[Idx()]", "b'abc'[5]", "bytearray(b'abc')[5]", "bytearray(b'abc')['x']",
             "it = iter(b'ab'); next(it); next(it); next(it)", "iter(b'abc').__length_hint__()",
             "b'%s' % 'a'", "b'%c' % 256", "b'%c' % 'a'", "b'%c' % b'ab'", "b'%c' % b'a'",
             "b'%c' % 65", "b'%s %s' % (1,)", "b'%b' % b'x'", "b'%r' % '\u00e9'",
             "b'%a' % b'\\xff'", "b'%y' % 1", "b'%d %d' % (1, 2, 3)", "b'%s' % bytearray(b'q')",
             "b'%s' % HasBytes()", "b'%5s|%-5b|' % (b'ab', b'c')", "b'%(a)s' % {b'a': b'v'}",
             "b'%(a)s' % {'a': b'v'}", "b'%x %X %o %#x' % (255, 255, 8, 255)", "b'%05d' % -3",
             "bytearray(b'%d') % 5", "b'%s' % MyBytes(b'm')", "b'%' % ()", "b'%%' % ()",
             "b'' % 5", "b'' % ()", "b'' % {}", "b'\\xff%s' % b'\\xfe'",
             "b'%.2s' % b'abc'", "b'%c' % Idx()", "bytes.__mod__(b'%d', 5)",
             "bytes.__rmod__(b'%d', 5)", "bytes.__rmod__(b'x', b'[%s]')",
             "b'abc'.decode('ascii', 'bogus')", "b'\\xff'.decode('ascii', 'bogus')",
             "b'\\xff'.decode(encoding='latin-1')", "b'a'.decode(1)",
             "bytes.upper(1)", "bytes.__len__(b'abc')", "b'ab'.__getnewargs__()",
             "b'abc'.count(b'', 10)", "b'abc'.find(300)", "b'abc'.find(98.5)" if floatobject
             else "1", "b'abc'.count(Idx())", "b'a'.startswith(('a',))",
             "b'a'.startswith((b'a', 1))", "b'a'.split(maxsplit='x')", "b'a'.split('a')",
             "b'a b'.split(maxsplit=1)", "b'a'.splitlines('x')", "b'a'.expandtabs('x')",
             "b'a'.zfill('x')", "b'a'.hex('::')", "b'a'.hex(1)", "b'a'.hex('\u00e9')",
             "b'ab'.hex(b'\\xff')", "b'ab'.hex(':', 'x')", "repr(b'\\x00\\'\\\"\\\\\\t\\n\\r\\x7f\\x80')",
             "repr(bytearray(b\"'\"))", "b'a'.center(3, None)", "b'a'.decode(None)",
             "b'a'.find(None)", "bytes('a', None)", "bytearray('a', None)",
             "b'a'.startswith(None)", "bytes.fromhex(None)", "b'%c' % None", "b'%b' % None",
             "b'a' + None", "b'a'[None]", "b'a'.join([None])", "b'a'.hex(None)",
             "b'a'.count(None)", "repr(bytearray(b'\\'\\\"'))", "repr(bytearray(b'\\x00\\t\\\\'))", "repr(MyBA(b'x'))", "repr(MyBytes(b'x'))"]
    run_family("bytes misc", cases)


def test_bytearray_mutation() -> None:
    cases = ["b = bytearray(b'abc'); b.append(100); b", "b = bytearray(); b.append(256); b",
             "b = bytearray(); b.append('a'); b", "b = bytearray(b'ab'); b.extend(b'cd'); b",
             "b = bytearray(b'ab'); b.extend([1, 2]); b", "b = bytearray(b'ab'); b.extend(5)",
             "b = bytearray(b'ab'); b.extend([300])", "b = bytearray(b'ab'); b.extend('cd')",
             "b = bytearray(b'ab'); b.extend(iter([120])); b",
             "b = bytearray(b'ab'); b.extend(bytearray(b'q')); b",
             "b = bytearray(b'abc'); b.insert(1, 120); b", "b = bytearray(b'abc'); b.insert(-10, 120); b",
             "b = bytearray(b'abc'); b.insert(10, 120); b", "b = bytearray(b'a'); b.insert(0, 300)",
             "b = bytearray(b'abc'); b.pop()", "b = bytearray(b'abc'); b.pop(0); b",
             "b = bytearray(b'abc'); b.pop(5)", "bytearray().pop()",
             "b = bytearray(b'abc'); b.pop(-3)", "b = bytearray(b'abca'); b.remove(97); b",
             "b = bytearray(b'abc'); b.remove(5)", "b = bytearray(b'abc'); b.reverse(); b",
             "b = bytearray(b'abc'); b.clear(); b", "b = bytearray(b'abc'); c = b.copy(); c.append(1); b",
             "b = bytearray(b'abc'); b[0] = 120; b", "b = bytearray(b'abc'); b[-1] = 120; b",
             "b = bytearray(b'abc'); b[3] = 1", "b = bytearray(b'abc'); b[0] = 300",
             "b = bytearray(b'abc'); b[0] = 'x'", "b = bytearray(b'abc'); b['x'] = 1",
             "b = bytearray(b'abcdef'); b[1:3] = b'XYZW'; b",
             "b = bytearray(b'abcdef'); b[1:3] = []; b", "b = bytearray(b'abcdef'); b[::2] = b'xyz'; b",
             "b = bytearray(b'abcdef'); b[::2] = b'xy'", "b = bytearray(b'abcdef'); b[::-2] = [1, 2, 3]; b",
             "b = bytearray(b'abcdef'); b[4:1] = b'Q'; b", "b = bytearray(b'abcdef'); b[1:2] = 5",
             "b = bytearray(b'abcdef'); b[1:2] = 'x'", "b = bytearray(b'abc'); b[:] = b; b",
             "b = bytearray(b'abc'); b[1:] = bytearray(b'Z'); b",
             "b = bytearray(b'abcdef'); del b[0]; b", "b = bytearray(b'abcdef'); del b[-1]; b",
             "b = bytearray(b'abcdef'); del b[10]", "b = bytearray(b'abcdef'); del b[1:3]; b",
             "b = bytearray(b'abcdef'); del b[::2]; b", "b = bytearray(b'abcdef'); del b[::-3]; b",
             "b = bytearray(b'abcdef'); del b[5:1:-2]; b", "b = bytearray(b'abc'); del b['x']",
             "b = bytearray(b'ab'); b += b'cd'; b", "b = bytearray(b'ab'); b += 'cd'",
             "b = bytearray(b'ab'); c = b; b += b'x'; c", "b = bytearray(b'ab'); b *= 3; b",
             "b = bytearray(b'ab'); b *= 0; b", "b = bytearray(b'ab'); b *= 'x'",
             "bytearray(3)", "bytearray(-1)", "bytearray('abc')", "bytearray('abc', 'ascii')",
             "bytearray([1, 2])", "bytearray(1.5)" if floatobject else "1",
             "bytearray([1], 'ascii')", "bytearray(b'x', errors='y')", "bytearray(encoding='x')",
             "bytearray(iter(b'hi'))", "bytearray([256])", "bytearray(['a'])",
             "hash(bytearray())", "bytearray(b'abc') * 2", "type(bytearray(b'a').upper())",
             "type(MyBA(b'a').upper())", "MyBA(b'ab')", "m = MyBA(b'ab'); m.x = 1; m.x",
             "type(MyBA(b'ab')[:])", "type(MyBA(b'ab') + b'c')", "bytearray(b'a b').split()",
             "bytearray(b'abc').partition(b'b')", "bytearray(b'abc') == bytearray(b'abc')",
             "b = bytearray(b'abc'); it = iter(b); next(it); b.clear(); next(it)",
             "bytearray(b'ab').__alloc__() >= 2", "bytearray.__len__(bytearray(b'xy'))",
             "b = bytearray(b'x'); b.__init__(b'yz'); b", "bytearray(b'x').__init__(1, 2, 3, 4)"]
    run_family("bytearray", cases)


N_FUZZ = 2000

FUZZ_ALPHABET = ("ab AB\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\u3000\u00a0_1,."
                 "\u03a3\u03c3\u03c2\u00df\u0130\u0131\u01c5\u01c6\u0345\u0301\u1f88"
                 "\u0661\u00b2\u00bd\U0001f600\ud800\udcff\ufb01\u02b0\u00aa")


def test_fuzz_str_methods() -> None:
    """Random strings over a tricky alphabet through the str methods."""
    rng = random.Random(5)
    methods0 = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "split",
                "rsplit", "splitlines", "strip", "lstrip", "rstrip", "isalnum", "isalpha",
                "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable",
                "isspace", "istitle", "isupper", "expandtabs", "__repr__"]
    cases = []
    for _ in range(N_FUZZ):
        text = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 8)))
        sub = "".join(rng.choice(FUZZ_ALPHABET) for _ in range(rng.randint(0, 2)))
        m = rng.choice(methods0)
        cases.append("%s.%s()" % (q(text), m))
        m2 = rng.choice(["split", "rsplit", "find", "rfind", "count", "strip", "partition",
                         "replace", "startswith", "endswith", "center", "zfill"])
        if m2 in ("split", "rsplit"):
            cases.append("%s.%s(%s, %d)" % (q(text), m2, q(sub or None), rng.randint(-1, 3)))
        elif m2 == "replace":
            cases.append("%s.replace(%s, %s, %d)" % (q(text), q(sub), q(sub[::-1] + "x"),
                                                     rng.randint(-1, 3)))
        elif m2 in ("center", "zfill"):
            cases.append("%s.%s(%d)" % (q(text), m2, rng.randint(0, 12)))
        else:
            cases.append("%s.%s(%s)" % (q(text), m2, q(sub)))
        cases.append("%s.encode('utf-8', %s)" % (q(text), q(rng.choice(
            ["strict", "surrogateescape", "surrogatepass", "replace", "backslashreplace"]))))
    run_family("fuzz str methods", cases)


def test_fuzz_specs_and_formats() -> None:
    """Random format specs, %-formats and format strings (fixed seed)."""
    rng = random.Random(7)
    cases = []
    fills = ["", "", "*", "0", " ", "\u00e9", "{", "<"]
    aligns = ["", "", "<", ">", "^", "="]
    for _ in range(N_FUZZ):
        spec = (rng.choice(fills) + rng.choice(aligns) if rng.random() < 0.5 else
                rng.choice(aligns)) + rng.choice(["", "", "+", "-", " "]) + \
            rng.choice(["", "", "z"]) + rng.choice(["", "", "#"]) + \
            rng.choice(["", "", "0"]) + rng.choice(["", "3", "10", "0"]) + \
            rng.choice(["", "", ",", "_"]) + rng.choice(["", "", ".0", ".2", ".10", "."]) + \
            rng.choice(["", "", "s", "d", "x", "X", "o", "b", "c", "n", "r", "%"])
        v = rng.choice(["'abc'", "''", "'\u00e9\u00e8'", "7", "-7", "0", "True", "300"])
        cases.append("format(%s, %s)" % (v, q(spec)))
    for _ in range(N_FUZZ):
        f = "%" + rng.choice(["", "", "-", "+", " ", "#", "0", "-0", "+ ", "#0"]) + \
            rng.choice(["", "", "1", "5", "*"]) + rng.choice(["", "", ".", ".0", ".3", ".*"]) + \
            rng.choice(["", "", "", "l"]) + rng.choice("sradiuxXocq%")
        vals = [rng.choice(["'ab'", "'\u00e9'", "5", "-5", "0", "255", "2"])
                for _ in range(rng.randint(0, 4))]
        tup = "(" + ", ".join(vals) + ("," if len(vals) == 1 else "") + ")"
        cases.append("%s %% %s" % (q(f + " " + f), tup))
    pieces = ["{}", "{0}", "{1}", "{!r}", "{:>4}", "{0:^{1}}", "{{", "}}", "x", "{0[0]}",
              "{a}", "{a!s:.1}", "{:", "}", "{", "{0.x}", "{!}", "{:{}}"]
    for _ in range(N_FUZZ):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        cases.append("%s.format('ab', 3, a='A')" % q(t))
    run_family("fuzz", cases)


BIG = "1267650600228229401496703205376"
NBIG = "-1267650600228229401496703205376"


def test_big_ints() -> None:
    cases = ["'%d' % " + BIG, "'%x' % " + NBIG, "'%%#o|%%X' %% (%s, %s)" % (BIG, BIG),
             "'%.40d' % " + NBIG, "'%+50d' % " + BIG, "'%i' % 2.5e30", "'%u' % (" + BIG + ",)",
             "'%c' % " + BIG, "'%c' % " + NBIG, "'%%*d' %% (%s, 1)" % BIG, "'%%.*f' %% (%s, 1.0)" % BIG,
             "'%.*f' % (-3, 1.0)", "'%*s|' % (-4, 'a')", "'%s' % " + BIG, "'%r' % " + NBIG,
             "'a' * " + BIG, "'a' * " + NBIG, BIG + " * 'a'", "'abc'[" + BIG + "]",
             "'abc'[" + NBIG + "]", "'abc'[1:" + BIG + "]", "'abc'[" + NBIG + ":" + BIG + ":2]",
             "'abc'[::" + BIG + "]", "'a'.center(" + BIG + ")", "'a'.zfill(" + NBIG + ")",
             "'abc'.find('b', " + NBIG + ", " + BIG + ")", "'abc'.count('', " + BIG + ")",
             "'a b'.split(None, " + BIG + ")", "'a\\nb'.splitlines(" + BIG + ")",
             "'a\\tb'.expandtabs(" + BIG + ")", "'a\\tb'.expandtabs(2147483648)",
             "'abc'.replace('b', 'x', " + BIG + ")", "'{0:{1}}'.format('a', " + BIG + ")",
             "format(" + BIG + ", ',')", "'{:x}'.format(" + NBIG + ")", "'abc'.startswith('a', " + BIG + ")",
             "'abc'.translate({97: " + BIG + "})", "str.maketrans({" + BIG + ": 'x'})",
             "bytes(" + BIG + ")", "bytes([" + BIG + "])", "bytearray([" + BIG + "])",
             "b'abc'[" + BIG + "]", "b'a' * " + BIG, "b'abc'.find(" + BIG + ")",
             BIG + " in b'abc'", "b'%%d|%%x' %% (%s, %s)" % (BIG, NBIG), "b'%c' % " + BIG,
             "b'ab'.hex(':', " + BIG + ")", "b = bytearray(b'ab'); b.append(" + BIG + ")",
             "b = bytearray(b'ab'); b[" + BIG + "] = 1", "b = bytearray(b'ab'); b[0] = " + BIG,
             "b = bytearray(b'ab'); b.insert(" + BIG + ", 1); b", "bytearray(b'ab').pop(" + BIG + ")",
             "b = bytearray(b'ab'); b *= " + BIG, "bytearray(" + NBIG + ")"]
    run_family("big ints", cases)


def test_zz_report_counts() -> None:
    """Prints how many cases each family ran (pytest -s)."""
    total = sum(COUNTS.values())
    print("\nstring cases: %d (%s); %d skipped for want of floats" % (
        total, ", ".join("%s %d" % kv for kv in COUNTS.items()), len(SKIPPED_NO_FLOAT)))




# -- app level: programs run by the interpreter (untranslated) and CPython

APP_RUNNER = """
import sys
from ouro.objspace import space, bytesobject, bytearrayobject, strformat
space.collect_builtin_types()
from ouro.interpreter.main import main
sys.exit(main(["ouro", "-S", sys.argv[1]]))
"""

APP_PRELUDE = '''
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print(repr(r))

'''

APP_PROGRAMS = {
    "str_methods": '''
s = "Hello, W\\u00f6rld"
t(lambda: (s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold()))
t(lambda: (s.split(","), s.rsplit("l", 1), s.partition("o"), s.rpartition("o")))
t(lambda: (s[::-1], s[1:5], s[-3:], s[::2], s[5], s[-1]))
t(lambda: s[50])
t(lambda: (s.find("o"), s.rfind("o"), s.count("l"), s.index("W"), "W" in s))
t(lambda: s.index("zz"))
t(lambda: (s.center(20, "*"), s.ljust(15), s.rjust(15, "."), "-42".zfill(6)))
t(lambda: ("\\u0391\\u03a3 \\u03a3".lower(), "stra\\u00dfe".upper(), "\\u01c6x".title()))
t(lambda: ("  x  ".strip(), "xxaxx".strip("x"), "a\\tb".expandtabs(4), "a\\nb\\r\\nc".splitlines()))
t(lambda: ("abc".isalpha(), "\\u0661".isdecimal(), "\\u00bd".isnumeric(), "x_1".isidentifier()))
t(lambda: ",".join(["a", "b"]))
t(lambda: ",".join(["a", 1]))
t(lambda: "a" + 1)
t(lambda: "a" * 3 + 2 * "b")
t(lambda: "abc".replace("b", "XY").removeprefix("a").removesuffix("c"))
t(lambda: "abc".translate(str.maketrans("ab", "xy", "c")))
t(lambda: [c for c in "h\\u00e9\\U0001f600"])
t(lambda: sorted(["b", "a", "\\u00e9", "B"]))
t(lambda: ("a" < "b", "abc" == "abc", "a" != "b", "b" >= "a"))
t(lambda: hash("abc") == hash("ab" + "c"))
t(lambda: len("h\\u00e9\\U0001f600"))
''',
    "formatting": '''
v = "caf\\u00e9"
t(lambda: "%s|%r|%a|%5s|%-5s|%.2s" % (v, v, v, "ab", "ab", v))
t(lambda: "%d|%5d|%-5d|%05d|%+d|%x|%X|%#o|%#x|%c|%%" % (42, 42, 42, -42, 42, 255, 255, 8, 255, 233))
t(lambda: "%(a)s-%(b)d" % {"a": "x", "b": 3})
t(lambda: "%d" % "x")
t(lambda: "%s %s" % ("a",))
t(lambda: "%s" % ("a", "b"))
t(lambda: "{} {}".format(1, "x"))
t(lambda: "{0!r:>10}|{1:*^9}|{2:+05d}|{2:#x}|{3:,}".format(v, "mid", 42, 1234567))
t(lambda: "{a[0]}{a[1]}|{b.real}".format(a=["p", "q"], b=7))
t(lambda: "{:{w}.{p}}".format("abcdef", w=8, p=3))
t(lambda: "{".format())
t(lambda: "{0}{}".format(1, 2))
t(lambda: "{x}".format_map({"x": "map"}))
t(lambda: format(v, ">8") + format(255, "08b") + format("x", "^5"))
t(lambda: f"{v!a} {42:#x} {'q':*>4} {v:.2}")
t(lambda: format("a", "+"))
''',
    "bytes": '''
b = "caf\\u00e9 ok".encode()
t(lambda: (b, len(b), b[0], b[1:4], b[-1], list(b[:3])))
t(lambda: (b.upper(), b.split(), b.find("ok".encode()), b.hex(), b.hex(":", 2)))
t(lambda: b.decode("ascii"))
t(lambda: (b.decode("ascii", "replace"), b.decode("latin-1"), b.decode("utf-8", "ignore")))
t(lambda: bytes.fromhex("de ad be ef"))
t(lambda: bytes([1, 2, 255]) + bytes(2))
t(lambda: bytes([256]))
t(lambda: bytes("x", "ascii") * 3)
t(lambda: "%d-%s".encode() % (5, "x".encode()))
t(lambda: "a".encode() + "b")
t(lambda: ("\\u00e9".encode("latin-1"), "\\u20ac".encode("ascii", "backslashreplace")))
t(lambda: "\\u20ac".encode("ascii"))
t(lambda: str("caf\\u00e9".encode(), "utf-8"))
ba = bytearray("abc", "ascii")
ba.append(100)
ba.extend([101, 102])
ba[0] = 65
del ba[1]
ba += "!".encode()
t(lambda: (ba, len(ba), ba.pop(), ba, ba.upper(), ba[1:3], bytes(ba)))
t(lambda: hash(ba))
t(lambda: ba == bytes(ba))
''',
    "subclasses": '''
class S(str):
    def shout(self):
        return self.upper() + "!"


class B(bytes):
    pass


class BA(bytearray):
    pass


s = S("abc")
s.tag = 5
t(lambda: (s, type(s).__name__, s.shout(), s.tag, s + "d", s * 2, s[1], len(s)))
t(lambda: (type(s.upper()).__name__, type(str(s)).__name__, s == "abc"))
t(lambda: ("%s|%r" % (s, s), "{}".format(s), repr(S("x\\n"))))
t(lambda: {s: 1}[s])
b = B("xy".encode())
t(lambda: (b, type(b).__name__, b.upper(), type(b.upper()).__name__, b == "xy".encode()))
ba = BA("q".encode())
ba.append(114)
t(lambda: (ba, type(ba).__name__, BA.fromhex("6162"), type(BA.fromhex("61")).__name__))
t(lambda: S(5) + S("x".encode(), "ascii"))
''',
}


def _app_run(tmp_path: Any, name: str, body: str) -> tuple[str, str]:
    import os
    import subprocess
    import sys
    from pathlib import Path
    repo = Path(__file__).resolve().parents[3]
    path = tmp_path / (name + ".py")
    path.write_text(APP_PRELUDE + body, encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(repo)
    env["PYTHONHASHSEED"] = "0"
    cpy = subprocess.run([sys.executable, str(path)], capture_output=True, timeout=60, env=env)
    ours = subprocess.run([sys.executable, "-c", APP_RUNNER, str(path)], capture_output=True,
                          timeout=300, env=env, cwd=str(repo))
    return cpy.stdout.decode("utf-8", "replace"), (ours.stdout + ours.stderr).decode(
        "utf-8", "replace")


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(APP_PROGRAMS))
def test_app_level(tmp_path: Any, name: str) -> None:
    """The same results through the interpreter (eval loop, builtins).
    While the interpreter cannot run a program at all (an internal error of
    the host Python: a feature of the eval loop that is missing), the
    program is skipped, not failed."""
    expected, got = _app_run(tmp_path, name, APP_PROGRAMS[name])
    if "Traceback (most recent call last):" in got and 'File "/' in got and \
            "ouro/interpreter" in got:
        pytest.skip("the interpreter cannot run this program yet:\n" + got[-600:])
    assert got == expected
