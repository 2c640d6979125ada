"""The container types of ouro/objspace (list, tuple, dict and its views,
set, frozenset, range, slice, enumerate/zip/map/filter/reversed) against
CPython, at the interpreter level: no eval loop involved.

Each case is a small Python snippet (statements; the value of the last
expression statement is the result).  CPython runs it with exec; here a
tiny evaluator (`Evaluator`, over the snippet's `ast`) builds the objects
and goes through the object space only (`space.call_args`, `getattr`,
`binary_op`, `richcompare`, `getitem`...).  The two must agree on the
result's repr (or the exception's class and args) and on the reprs of the
snippet's variables afterwards.  The cases are generated from tables of
receivers, arguments and method templates (about 27,000, plus random
mutation sequences with a fixed seed); a chunk of a family's cases runs in
one test that lists every mismatch.  Floats run against a stand-in float
type plugged into the list's float strategy (test_float_strategy) until the
float type is wired there.  test_app_level runs a program through
`python -m ouro` and CPython.

    python -m pytest -q tests/ouro/objspace/test_containers.py     (~5 s)
"""
from __future__ import annotations

import ast
import re
from typing import Any, Callable

import pytest

from ouro.objspace import space
from ouro.objspace import (dictobject, floatobject, iterobject, listobject, objectobject, rangeobject,  # noqa
                           setobject, sliceobject, tupleobject)
from ouro.compiler.opcodes import NB_INPLACE
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_IndexError,
                                      w_ValueError)
from ouro.objspace.descriptors import W_Method
from ouro.objspace.gateway import register_raw
from ouro.objspace.intobject import W_IntObject, wrap_int
from ouro.objspace.model import (LAYOUT_OBJECT, Arguments, W_Root, W_TypeObject, compute_mro,
                                 w_Ellipsis, w_None, w_NotImplemented, w_object_type)

BINOPS = {ast.Add: 0, ast.BitAnd: 1, ast.FloorDiv: 2, ast.LShift: 3, ast.Mult: 5, ast.Mod: 6,
          ast.BitOr: 7, ast.RShift: 9, ast.Sub: 10, ast.BitXor: 12}
CMPOPS = {ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}


# -- classes defined in both worlds

class E:
    """== raises"""
    def __eq__(self, other: object) -> bool:
        raise ValueError("eq")

    def __hash__(self) -> int:
        return 7


class Lt:
    """< raises"""
    def __lt__(self, other: object) -> bool:
        raise ValueError("lt")


class N:
    """an index"""
    def __index__(self) -> int:
        return 2


class R:
    """reflected + and *"""
    def __radd__(self, other: object) -> str:
        return "radd"

    def __rmul__(self, other: object) -> str:
        return "rmul"


class Seq:
    """a sequence by __getitem__ and __len__ only"""
    def __getitem__(self, i: int) -> int:
        if i >= 3:
            raise IndexError(i)
        return i * 10

    def __len__(self) -> int:
        return 3


class Mapping:
    """keys() and __getitem__: what dict.update accepts"""
    def keys(self) -> list[int]:
        return [1, 2]

    def __getitem__(self, k: int) -> int:
        return k * 10


class MyList(list):  # type: ignore[type-arg]
    pass


class MyTuple(tuple):  # type: ignore[type-arg]
    pass


class MyDict(dict):  # type: ignore[type-arg]
    def __missing__(self, key: int) -> int:
        return key * 2


class MySet(set):  # type: ignore[type-arg]
    pass


class MyFrozenset(frozenset):  # type: ignore[type-arg]
    pass


CPY_CLASSES: dict[str, type] = {}
for _c in [E, Lt, N, R, Seq, Mapping, MyList, MyTuple, MyDict, MySet, MyFrozenset]:
    _c.__module__ = "builtins"
    CPY_CLASSES[_c.__name__] = _c


def _raw(fn: Callable[[list[W_Root]], W_Root]) -> Callable[[Arguments], W_Root]:
    def raw(args: Arguments) -> W_Root:
        return fn(args.args_w)
    return raw


w_testfunction_type = W_TypeObject("function", [w_object_type], LAYOUT_OBJECT)
w_testfunction_type.mro_w = compute_mro(w_testfunction_type)


class W_TestFunction(W_Root):
    """A method of the test classes: behaves as a Python function (binds
    to instances, is not a built-in)."""

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


def make_class(name: str, w_base: W_TypeObject, methods: dict[str, Callable[[list[W_Root]], W_Root]],
               hash_none: bool = False) -> W_TypeObject:
    w_t = W_TypeObject(name, [w_base], w_base.layout)
    w_t.mro_w = compute_mro(w_t)
    w_t.is_heaptype = True
    w_t.hasdict = True
    for mname, fn in methods.items():
        w_t.dict_w[mname] = W_TestFunction(fn)
    if hash_none:
        w_t.dict_w["__hash__"] = w_None
    return w_t


def _raise(w_type: W_TypeObject, msg: str) -> W_Root:
    raise operr(w_type, msg)


def _seq_getitem(a: list[W_Root]) -> W_Root:
    i = space.int_of_w(a[1])
    if i >= 3:
        raise OperationError(W_BaseException(w_IndexError, [a[1]]))
    return wrap_int(i * 10)


OURO_CLASSES: dict[str, W_TypeObject] = {
    "E": make_class("E", w_object_type, {
        "__eq__": lambda a: _raise(w_ValueError, "eq"),
        "__hash__": lambda a: wrap_int(7)}),
    "Lt": make_class("Lt", w_object_type, {"__lt__": lambda a: _raise(w_ValueError, "lt")}),
    "N": make_class("N", w_object_type, {"__index__": lambda a: wrap_int(2)}),
    "R": make_class("R", w_object_type, {"__radd__": lambda a: space.wrap_str("radd"),
                                         "__rmul__": lambda a: space.wrap_str("rmul")}),
    "Seq": make_class("Seq", w_object_type, {"__getitem__": _seq_getitem,
                                             "__len__": lambda a: wrap_int(3)}),
    "Mapping": make_class("Mapping", w_object_type, {
        "keys": lambda a: listobject.W_ListObject([wrap_int(1), wrap_int(2)]),
        "__getitem__": lambda a: wrap_int(space.int_of_w(a[1]) * 10)}),
    "MyList": make_class("MyList", listobject.w_list_type, {}),
    "MyTuple": make_class("MyTuple", tupleobject.w_tuple_type, {}),
    "MyDict": make_class("MyDict", dictobject.w_dict_type, {
        "__missing__": lambda a: space.binary_op(a[1], wrap_int(2), BINOPS[ast.Mult])}),
    "MySet": make_class("MySet", setobject.w_set_type, {}),
    "MyFrozenset": make_class("MyFrozenset", setobject.w_frozenset_type, {}),
}
def _ensure_singleton_reprs() -> None:
    """None's and Ellipsis's reprs, in case the module that defines them is
    not there yet (they belong to another part of the object space)."""
    for w_single, text in [(w_None, "None"), (w_Ellipsis, "Ellipsis")]:
        w_t = w_single.getclass()
        if "__repr__" not in w_t.dict_w:
            register_raw(w_t, "__repr__", _raw(_constant_repr(text)))


def _constant_repr(text: str) -> Callable[[list[W_Root]], W_Root]:
    def fn(args_w: list[W_Root]) -> W_Root:
        return space.wrap_str(text)
    return fn


_ensure_singleton_reprs()

TYPES: dict[str, W_Root] = {
    "list": listobject.w_list_type, "tuple": tupleobject.w_tuple_type,
    "dict": dictobject.w_dict_type, "set": setobject.w_set_type,
    "frozenset": setobject.w_frozenset_type, "range": rangeobject.w_range_type,
    "slice": sliceobject.w_slice_type, "enumerate": iterobject.w_enumerate_type,
    "zip": iterobject.w_zip_type, "map": iterobject.w_map_type,
    "filter": iterobject.w_filter_type, "reversed": iterobject.w_reversed_type,
}
TYPES.update(OURO_CLASSES)
TYPES["len"] = register_raw(None, "len", _raw(lambda a: wrap_int(space.len_w(a[0]))))


# -- the evaluator

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
            target = node.target
            if isinstance(target, ast.Name):
                self.env[target.id] = space.binary_op(self.env[target.id], self.expr(node.value),
                                                      num)
            else:
                assert isinstance(target, ast.Subscript)
                w_obj = self.expr(target.value)
                w_key = self.expr(target.slice)
                w_old = space.getitem(w_obj, w_key)
                space.setitem(w_obj, w_key, space.binary_op(w_old, self.expr(node.value), num))
            return None
        if isinstance(node, ast.Delete):
            for target in node.targets:
                assert isinstance(target, ast.Subscript)
                space.delitem(self.expr(target.value), self.expr(target.slice))
            return None
        if isinstance(node, ast.For):
            w_it = space.iter(self.expr(node.iter))
            while True:
                w_x = space.next_or_none(w_it)
                if w_x is None:
                    break
                self.assign(node.target, w_x)
                for s in node.body:
                    self.stmt(s)
            return None
        raise NotImplementedError(ast.dump(node))

    def assign(self, target: ast.expr, w_value: W_Root) -> None:
        if isinstance(target, ast.Name):
            self.env[target.id] = w_value
        elif isinstance(target, ast.Subscript):
            space.setitem(self.expr(target.value), self.expr(target.slice), w_value)
        elif isinstance(target, ast.Tuple):
            items = space.unpack_iterable(w_value)
            assert len(items) == len(target.elts)
            for t, w in zip(target.elts, items):
                self.assign(t, w)
        else:
            raise NotImplementedError(ast.dump(target))

    def expr(self, node: ast.expr) -> W_Root:
        if isinstance(node, ast.Constant):
            return wrap(node.value)
        if isinstance(node, ast.Name):
            if node.id in self.env:
                return self.env[node.id]
            if node.id in TYPES:
                return TYPES[node.id]
            raise NameError(node.id)
        if isinstance(node, ast.List):
            return listobject.W_ListObject([self.expr(e) for e in node.elts])
        if isinstance(node, ast.Tuple):
            if not node.elts:
                return tupleobject.EMPTY_TUPLE      # () is a singleton, as in CPython
            return tupleobject.W_TupleObject([self.expr(e) for e in node.elts])
        if isinstance(node, ast.Set):
            w_set = setobject.newset_from(None)
            for e in node.elts:
                setobject.set_add_key(w_set, self.expr(e))
            return w_set
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
            if isinstance(node.op, ast.USub):
                if isinstance(node.operand, ast.Constant) and \
                        isinstance(node.operand.value, (int, float)):
                    return wrap(-node.operand.value)
                return space.binary_op(wrap_int(0), self.expr(node.operand), BINOPS[ast.Sub])
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
                return space.wrap_bool(space.is_w(w_a, w_b))
            return space.richcompare(w_a, w_b, CMPOPS[type(op)])
        if isinstance(node, ast.Lambda):
            return self.make_lambda(node)
        if isinstance(node, ast.Call):
            return self.call(node)
        raise NotImplementedError(ast.dump(node))

    def opt(self, node: ast.expr | None) -> W_Root:
        return w_None if node is None else self.expr(node)

    def make_lambda(self, node: ast.Lambda) -> W_Root:
        names = [a.arg for a in node.args.args]

        def raw(args: Arguments) -> W_Root:
            saved = dict(self.env)
            for n, w in zip(names, args.args_w):
                self.env[n] = w
            try:
                return self.expr(node.body)
            finally:
                self.env = saved
        return register_raw(None, "<lambda>", raw)

    def call(self, node: ast.Call) -> W_Root:
        args_w = [self.expr(a) for a in node.args]
        kw_names = [k.arg for k in node.keywords if k.arg is not None]
        kw_w = [self.expr(k.value) for k in node.keywords]
        func = node.func
        if isinstance(func, ast.Name) and func.id not in self.env and func.id not in TYPES:
            return self.builtin(func.id, args_w)
        w_f = self.expr(func)
        return space.call_args(w_f, Arguments(args_w, kw_names, kw_w))

    def builtin(self, name: str, args_w: list[W_Root]) -> W_Root:
        if name == "len":
            return wrap_int(space.len_w(args_w[0]))
        if name == "repr":
            return space.repr(args_w[0])
        if name == "hash":
            return wrap_int(space.hash_w(args_w[0]))
        if name == "iter":
            return space.iter(args_w[0])
        if name == "next":
            if len(args_w) == 2:
                w_x = space.next_or_none(args_w[0])
                return w_x if w_x is not None else args_w[1]
            return space.next(args_w[0])
        if name == "bool":
            return space.wrap_bool(space.is_true(args_w[0]))
        if name == "sorted":
            w_l = space.call_function(listobject.w_list_type, [args_w[0]])
            space.call_method(w_l, "sort", [])
            return w_l
        if name == "type_name":
            return space.wrap_str(args_w[0].getclass().name)
        raise NameError(name)


def wrap(value: Any) -> W_Root:
    if isinstance(value, float):
        return floatobject.wrap_float(value)
    if value is None:
        return w_None
    if value is True or value is False:
        return space.wrap_bool(value)
    if isinstance(value, int):
        return wrap_int(value)
    if isinstance(value, str):
        return space.wrap_str(value)
    if value is Ellipsis:
        return w_Ellipsis
    raise NotImplementedError(repr(value))


ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def normalize(s: str) -> str:
    return ADDRESS.sub(" at 0x?", s)


def args_repr(reprs: list[str]) -> str:
    if len(reprs) == 1:
        return "(" + reprs[0] + ",)"
    return "(" + ", ".join(reprs) + ")"


def run_ouro(source: str) -> tuple[str, dict[str, str]]:
    ev = Evaluator()
    try:
        w_res = ev.run(source)
        outcome = "ok " + normalize(space.repr_str(w_res))
    except OperationError as e:
        w_exc = e.w_value
        if w_exc.msg is not None:
            reprs = [repr(w_exc.msg)]
        else:
            reprs = [space.repr_str(w) for w in w_exc.args_w]
        outcome = normalize("raise %s%s" % (w_exc.w_type.name, args_repr(reprs)))
    variables = {}
    for name, w in ev.env.items():
        try:
            variables[name] = normalize(space.repr_str(w))
        except OperationError:
            variables[name] = "<repr failed>"
    return outcome, variables


def run_cpython(source: str) -> tuple[str, dict[str, str]]:
    tree = ast.parse(source)
    env: dict[str, Any] = dict(CPY_CLASSES)
    env["type_name"] = lambda o: type(o).__name__
    result: Any = None
    try:
        for stmt in tree.body:
            if isinstance(stmt, ast.Expr):
                result = eval(compile(ast.Expression(stmt.value), "<case>", "eval"), env)
            else:
                exec(compile(ast.Module([stmt], []), "<case>", "exec"), env)
        outcome = "ok " + normalize(repr(result))
    except Exception as e:  # noqa: BLE001
        outcome = normalize("raise %s%s" % (type(e).__name__,
                                            args_repr([repr(a) for a in e.args])))
    variables = {}
    for name, value in env.items():
        if name in CPY_CLASSES or name in ("__builtins__", "type_name"):
            continue
        variables[name] = normalize(repr(value))
    return outcome, variables


def check_cases(cases: list[str]) -> None:
    failures = []
    for src in cases:
        expected = run_cpython(src)
        try:
            got = run_ouro(src)
        except Exception as e:  # noqa: BLE001 -- an RPy-level crash
            got = ("CRASH %s: %s" % (type(e).__name__, e), {})
        if got != expected:
            failures.append("%s\n    CPython: %s\n    ouro:    %s" % (src, expected, got))
    assert not failures, "%d of %d cases differ:\n%s" % (len(failures), len(cases),
                                                         "\n".join(failures[:40]))


# -- the cases

VALUES = ["0", "1", "-1", "3", "True", "None", "'a'", "(1, 2)", "[1]", "E()"]
INDICES = ["0", "1", "-1", "2", "-3", "5", "-10", "N()", "'x'", "True", "None"]
SLICES = [":", "1:", ":-1", "::2", "::-1", "1:3", "-2:", "5:1:-1", "::0", "'x':", "N():",
          "1:None:2", "-100:100", "3:1", "::-2", "1:-1:3", "None:None:None"]
LISTS = ["[]", "[1]", "[1, 2, 3]", "[3, 1, 2, 1]", "[1, 'a', None]", "[[1], [2, 3]]",
         "[True, 1, 0, False]", "[(1, 2), (0,)]", "list(range(10))", "MyList([2, 1])"]
ITERABLES = ["[]", "(1, 2)", "range(3)", "{1: 2, 3: 4}", "{5}", "iter([7, 8])", "5", "None",
             "Seq()", "[1, 'b']", "MyTuple([4])"]


def list_cases() -> list[str]:
    cases = []
    for a in LISTS:
        pre = "a = %s; " % a
        for x in VALUES:
            cases += [pre + "a.append(%s); a" % x, pre + "a.remove(%s); a" % x,
                      pre + "a.index(%s)" % x, pre + "a.count(%s)" % x, pre + "%s in a" % x,
                      pre + "a.index(%s, 1)" % x, pre + "a.index(%s, -2, 3)" % x,
                      pre + "a.index(%s, 'x')" % x]
            for i in ["0", "-1", "2", "-10", "10", "N()", "'x'"]:
                cases.append(pre + "a.insert(%s, %s); a" % (i, x))
        for i in INDICES:
            cases += [pre + "a[%s]" % i, pre + "a[%s] = 'v'; a" % i, pre + "del a[%s]; a" % i,
                      pre + "a.pop(%s); a" % i]
        for s in SLICES:
            cases += [pre + "a[%s]" % s, pre + "del a[%s]; a" % s]
            for it in ITERABLES:
                cases.append(pre + "a[%s] = %s; a" % (s, it))
            cases.append(pre + "a[%s] = a; a" % s)
        for it in ITERABLES:
            cases += [pre + "a.extend(%s); a" % it, pre + "a += %s; a" % it,
                      pre + "a + %s" % it]
        for b in LISTS:
            for op in ["==", "!=", "<", "<=", ">", ">="]:
                cases.append(pre + "a %s %s" % (op, b))
        for n in ["0", "1", "3", "-1", "N()", "'x'", "True", "R()", "[1]"]:
            cases += [pre + "a * %s" % n, pre + "%s * a" % n, pre + "a *= %s; a" % n]
        cases += [pre + "a + R()", pre + "a += R(); a", pre + "a.sort(); a",
                  pre + "a.sort(reverse=True); a", pre + "a.sort(key=lambda x: repr(x)); a",
                  pre + "a.sort(key=lambda x: repr(x), reverse=1); a", pre + "a.sort(1)",
                  pre + "a.sort(key=1); a", pre + "a.sort(reverse='x'); a",
                  pre + "a.sort(foo=1)", pre + "a.reverse(); a", pre + "a.copy()",
                  pre + "a.clear(); a", pre + "repr(a)", pre + "len(a)",
                  pre + "list(reversed(a))", pre + "list(iter(a))", pre + "hash(a)",
                  pre + "a.pop(); a", pre + "bool(a)", pre + "a.append(a); a",
                  pre + "a.extend(a); a", pre + "a[:] = a; a", pre + "a.__init__([9]); a",
                  pre + "a.__init__(a); a", pre + "list(a)", pre + "list(a, 1)",
                  pre + "list(x=1)", pre + "type_name(a.copy())", pre + "type_name(a[:])",
                  pre + "type_name(a * 2)", pre + "type_name(a + [])",
                  pre + "it = iter(a); a.append(5); list(it)",
                  pre + "it = reversed(a); a.clear(); list(it)",
                  pre + "it = iter(a); it.__length_hint__()",
                  pre + "it = reversed(a); next(it, 0); it.__length_hint__()",
                  pre + "a.sort(key=lambda x: a.append(1)); a",
                  pre + "a.sort(key=lambda x: a.clear()); a",
                  pre + "a.sort(key=lambda x: 0); a", pre + "a.sort(key=lambda x: x); a",
                  pre + "a == a", pre + "[a] == [a]", pre + "a < [Lt()]",
                  pre + "[Lt()] + a < [Lt(), 1]"]
    cases += ["a = [3, 1, 2]; a.sort(key=lambda x: -x); a",
              "a = [Lt(), Lt()]; a.sort(); len(a)",
              "a = [E()]; E() in a", "a = [1, E()]; a.count(1)", "a = [1, E()]; a.index(E())",
              "a = [1, E()]; a.remove(2)", "a = [5, 2, 8, 1, 9, 3] * 20; a.sort(); a",
              "a = list(range(100)); a.sort(key=lambda x: x % 7); a",
              "a = list(range(100)); a.sort(key=lambda x: x % 7, reverse=True); a",
              "a = [1, 'b', 2]; a.sort(); a", "a = [1, 'b', 2]; a.sort(key=lambda x: 1); a",
              "a = []; a.append(1); a.append('x'); a.pop(); a.pop(); a.append(2); a",
              "a = [1, 2]; a[0] = 'x'; a[1] = 3; a", "a = [1, 2]; a[1:1] = ['x']; a",
              "a = [1]; a.append(a); repr(a)", "a = [1]; b = [a]; a.append(b); a",
              "a = list(range(20)); del a[::3]; a", "a = list(range(20)); del a[::-3]; a",
              "a = list(range(20)); del a[2:15:4]; a", "a = list(range(20)); a[::5] = (7, 8, 9, 10); a",
              "a = list(range(20)); a[::-5] = [0, 0, 0, 0]; a",
              "a = list(range(20)); a[1::7] = range(3); a",
              "a = [1, 2]; b = a * 0; b.append('x'); a", "list(Seq())", "list(range(5))",
              "list({1: 2})", "list((1, 2))", "list(5)", "list(iter([1, 2]))"]
    return cases


TUPLES = ["()", "(1,)", "(1, 2, 3)", "(3, 1, 2, 1)", "(1, 'a', None)", "((1,), [2])",
          "(True, 1, 0)", "MyTuple([2, 1])", "tuple(range(7))"]


def tuple_cases() -> list[str]:
    cases = []
    for a in TUPLES:
        pre = "a = %s; " % a
        for x in VALUES:
            cases += [pre + "a.index(%s)" % x, pre + "a.count(%s)" % x, pre + "%s in a" % x,
                      pre + "a.index(%s, 1, -1)" % x, pre + "a.index(%s, None)" % x]
        for i in INDICES:
            cases.append(pre + "a[%s]" % i)
        for s in SLICES:
            cases.append(pre + "a[%s]" % s)
        for b in TUPLES + ["[1]", "1", "R()"]:
            cases += [pre + "a + %s" % b, pre + "type_name(a + %s)" % b]
            for op in ["==", "!=", "<", "<=", ">", ">="]:
                cases.append(pre + "a %s %s" % (op, b))
        for n in ["0", "1", "2", "-1", "N()", "'x'", "R()"]:
            cases += [pre + "a * %s" % n, pre + "%s * a" % n, pre + "type_name(a * %s)" % n]
        if "'" not in a and "None" not in a:
            cases.append(pre + "hash(a)")      # str and None hash differently
        cases += [pre + "repr(a)", pre + "len(a)", pre + "list(a)",
                  pre + "list(reversed(a))", pre + "tuple(a)", pre + "type_name(tuple(a))",
                  pre + "bool(a)", pre + "a[:] is a", pre + "tuple(a) is a", pre + "a * 1 is a",
                  pre + "it = iter(a); next(it, 0); it.__length_hint__()",
                  pre + "a.__getnewargs__()", pre + "type_name(a[:])"]
    for t in ["(1, 2)", "(0,)", "()", "(-1,)", "(1, (2, 3))", "(1,)",
              "(True, False)", "((), ())", "(frozenset({1, 2}), 3)", "(range(3),)",
              "(-2, -1, 0, 1, 2)", "tuple(range(50))", "(1, [])"]:
        cases.append("hash(%s)" % t)
    cases += ["tuple()", "tuple([1, 2])", "tuple(())",
              "tuple(range(3))", "tuple(1)", "tuple([1], 2)", "tuple(x=1)", "MyTuple([1, 2])",
              "MyTuple()", "MyTuple(x=1)", "tuple(MyTuple([3]))", "type_name(tuple(MyTuple([3])))",
              "a = [1]; t = (a,); a.append(t); repr(t)", "tuple(Seq())", "tuple({1: 2, 3: 4})"]
    return cases


DICTS = ["{}", "{1: 2}", "{1: 'a', 'b': 2, None: [3]}", "{(1, 2): 3, 4: {5: 6}}",
         "dict.fromkeys(range(6), 0)", "MyDict({1: 2})", "{True: 1, 0: 2}"]
# the set operations of views: keys whose hashes are CPython's (no str, no None)
INT_DICTS = ["{}", "{1: 2}", "{(1, 2): 3, 4: 5}", "dict.fromkeys(range(6), 0)",
             "MyDict({1: 2})", "{True: 1, 0: 2}", "{1: [2]}"]
KEYS = ["1", "0", "'a'", "'b'", "None", "(1, 2)", "[1]", "True", "5", "E()"]


def dict_cases() -> list[str]:
    cases = []
    for a in DICTS:
        pre = "d = %s; " % a
        for k in KEYS:
            cases += [pre + "d[%s]" % k, pre + "d[%s] = 'v'; d" % k, pre + "del d[%s]; d" % k,
                      pre + "%s in d" % k, pre + "d.get(%s)" % k, pre + "d.get(%s, 9)" % k,
                      pre + "d.pop(%s)" % k, pre + "d.pop(%s, 9); d" % k,
                      pre + "d.setdefault(%s); d" % k, pre + "d.setdefault(%s, 9); d" % k,
                      pre + "%s in d.keys()" % k, pre + "%s in d.values()" % k,
                      pre + "(%s, 2) in d.items()" % k]
        for it in ["{}", "{1: 3}", "{7: 8, 1: 1}", "[(1, 5), (9, 9)]", "[[2, 3]]", "[(1,)]",
                   "[1]", "5", "Mapping()", "MyDict({4: 4})", "zip([1, 2], [3, 4])", "d"]:
            cases += [pre + "d.update(%s); d" % it, pre + "dict(%s)" % it,
                      pre + "d | %s" % it, pre + "d |= %s; d" % it, pre + "%s | d" % it]
        for b in DICTS + ["[]", "1"]:
            cases += [pre + "d == %s" % b, pre + "d != %s" % b, pre + "d < %s" % b]
        cases += [pre + "hash(d.keys())", pre + "hash(d.items())"]
        for v in ["d.keys()", "d.values()", "d.items()"]:
            cases += [pre + "repr(%s)" % v, pre + "len(%s)" % v, pre + "list(%s)" % v,
                      pre + "list(reversed(%s))" % v,
                      pre + "it = iter(%s); d[100] = 1; list(it)" % v,
                      pre + "it = iter(%s); d.clear(); list(it)" % v,
                      pre + "it = iter(%s); it.__length_hint__()" % v,
                      pre + "type_name(iter(%s))" % v, pre + "type_name(reversed(%s))" % v]
    for a in INT_DICTS:
        pre = "d = %s; " % a
        for v in ["d.keys()", "d.items()"]:
            for other in ["{1}", "{1, 2, 3}", "set()", "[1, 2]", "{(1, 2)}", "{1: 2}.keys()",
                          "{1: 2}.items()", "d.keys()", "frozenset({1})", "1",
                          "{(1, 2): 3}.items()", "MySet([1])"]:
                for op in ["&", "|", "-", "^", "==", "!=", "<", "<=", ">", ">="]:
                    cases.append(pre + "%s %s %s" % (v, op, other))
                    cases.append(pre + "%s %s %s" % (other, op, v))
                cases.append(pre + "%s.isdisjoint(%s)" % (v, other))
    for a in DICTS:
        pre = "d = %s; " % a
        cases += [pre + "repr(d)", pre + "len(d)", pre + "list(d)", pre + "list(reversed(d))",
                  pre + "d.copy()", pre + "type_name(d.copy())", pre + "d.clear(); d",
                  pre + "d.popitem(); d", pre + "d.popitem(); d.popitem(); d",
                  pre + "hash(d)", pre + "bool(d)", pre + "d[1] = d; d", pre + "d == d",
                  pre + "d.keys() == d.keys()", pre + "d.values() == d.values()",
                  pre + "d.__init__({7: 7}); d", pre + "d.__init__(x=1); d",
                  pre + "d.update([(1, 2)], x=5); d", pre + "d.update(1, 2)",
                  pre + "it = iter(d); next(it, 0); del d[next(iter(d))]; d[99] = 1; list(it)",
                  pre + "it = iter(d); d[1] = 'same'; list(it)",
                  pre + "type_name(d)", pre + "d | 1", pre + "1 | d", pre + "d |= 1"]
    cases += ["dict()", "dict(a=1, b=2)", "dict({1: 2}, a=3)", "dict([(1, 2)])", "dict(1, 2)", "dict([1])", "dict([(1,)])",
              "dict([(1, 2, 3)])", "dict([[1, 2], (3, 4)])",
              "dict(Mapping())", "dict.fromkeys([1, 2])", "dict.fromkeys([1, 2], 0)",
              "dict.fromkeys(1)", "dict.fromkeys()", "MyDict.fromkeys([1])",
              "type_name(MyDict.fromkeys([1]))", "dict.fromkeys({3, 1, 2})",
              "dict.fromkeys(range(3), [])", "d = MyDict(); d[5]", "d = MyDict(); d.get(5)",
              "d = MyDict(); 5 in d", "d = MyDict(); d[5] = 1; d[5]",
              "d = {}; d[[]] = 1", "d = {}; d.get([])", "d = {}; d.pop([], 1)",
              "d = {1: 2}; d.pop([], 1)",
              "d = {}\nfor i in range(100): d[i] = i\nfor i in range(0, 100, 3): del d[i]\nd",
              "d = {}\nfor i in range(50): d[i] = i\nfor i in range(50): d.popitem()\nd",
              "d = {}\nfor i in range(30): d[(i, i)] = i\nlen(d), d[(7, 7)], (30, 30) in d",
              "d = {1: 2, 3: 4}; d[1] = 5; del d[3]; d[3] = 6; list(d.items())",
              "d = {1: 2}; it = iter(d.items()); d[3] = 4; next(it)",
              "d = {1: 2}; it = iter(d.items()); d[3] = 4; next(it, 0); next(it, 0)",
              "d = {}; d[E()] = 1; d[E()] = 2"]
    return cases


SETS = ["set()", "{1}", "{1, 2, 3}", "{3, 1, 2}", "{0, 8, 16}", "set(range(20))",
        "{(1, 2), (2, 1)}", "{-1, -2, 5}", "frozenset()", "frozenset({1, 2})",
        "frozenset(range(9))", "MySet([1, 2])", "MyFrozenset([3])", "{100, 7, 36, 1000}"]


def set_cases() -> list[str]:
    cases = []
    for a in SETS:
        pre = "s = %s; " % a
        for x in ["1", "2", "0", "8", "(1, 2)", "[1]", "set()", "frozenset()", "{1}",
                  "frozenset({1})", "-1", "E()"]:
            cases += [pre + "s.add(%s); s" % x, pre + "s.remove(%s); s" % x,
                      pre + "s.discard(%s); s" % x, pre + "%s in s" % x]
        for b in SETS + ["[1, 2]", "range(5)", "{1: 2, 5: 3}", "1", "iter([2, 3])"]:
            for op in ["|", "&", "-", "^", "==", "!=", "<", "<=", ">", ">="]:
                cases.append(pre + "s %s %s" % (op, b))
            for op in ["|=", "&=", "-=", "^="]:
                cases.append(pre + "s %s %s; s" % (op, b))
            for m in ["union", "intersection", "difference", "symmetric_difference",
                      "issubset", "issuperset", "isdisjoint", "update", "intersection_update",
                      "difference_update", "symmetric_difference_update"]:
                cases.append(pre + "r = s.%s(%s); s" % (m, b))
                cases.append(pre + "s.%s(%s)" % (m, b))
        for m in ["union", "intersection", "difference", "update", "intersection_update",
                  "difference_update"]:
            cases += [pre + "s.%s(); s" % m, pre + "s.%s([1], {2, 3}, range(3)); s" % m,
                      pre + "s.%s(x=1)" % m, pre + "s.%s(s); s" % m]
        cases += [pre + "repr(s)", pre + "len(s)", pre + "list(s)", pre + "s.copy()",
                  pre + "type_name(s.copy())", pre + "s.copy() is s", pre + "s.clear(); s",
                  pre + "s.pop(); s", pre + "s.pop(); s.pop(); s.add(9); s", pre + "hash(s)",
                  pre + "bool(s)", pre + "it = iter(s); s.add(77); list(it)",
                  pre + "it = iter(s); it.__length_hint__()", pre + "type_name(s | s)",
                  pre + "type_name(s & {1})", pre + "type_name(s.union())",
                  pre + "s.__init__([5, 6]); s", pre + "s.__init__(1, 2)",
                  pre + "s == s", pre + "s.symmetric_difference_update(s); s",
                  pre + "s - s", pre + "s ^ s", pre + "s & s", pre + "s | s", pre + "frozenset(s)",
                  pre + "set(s)", pre + "frozenset(s) is s"]
    for items in ["range(30)", "range(0, 300, 7)", "[5, 13, 21, 29]", "[-5, -13, 21]",
                  "[(1, 2), (3, 4), (5, 6)]", "range(100)", "[1099511627776, 3]",
                  "[frozenset({1}), frozenset({2}), frozenset()]"]:
        cases += ["s = set(%s); s" % items, "hash(frozenset(%s))" % items,
                  "s = set(%s); t = set(range(10)); s & t, s | t, s - t, s ^ t, t - s" % items,
                  "s = set(%s); s.pop(); s.pop(); s" % items,
                  "s = set(%s)\nfor i in range(0, 50, 2): s.discard(i)\ns" % items,
                  "s = set(%s)\nfor i in range(0, 50, 2): s.discard(i)\nfor i in range(60, 80): s.add(i)\ns" % items,
                  "s = set(%s); s.difference_update(range(0, 90, 3)); s" % items,
                  "s = set(%s); s.intersection_update(range(0, 90, 3)); s" % items]
    cases += ["set(1)", "set([1], 2)", "set(x=1)", "frozenset(x=1)", "MySet(x=1)",
              "frozenset([[]])", "{[]}", "s = {1}; s.add([])", "set([3, 3, 3])",
              "s = set(); s.add(s)", "s = {frozenset({1})}; {1} in s",
              "s = {frozenset({1})}; s.remove({1}); s", "s = set(); s.pop()",
              "s = {1, 2}; s |= [3]", "hash(frozenset())", "hash(frozenset({1, 2}))",
              "hash(frozenset({(1, 2), 3}))", "frozenset({1, 2}) == {1, 2}",
              "{1, 2} == frozenset({1, 2})", "{1: 2}.keys() == {1}", "{E()}",
              "s = {E()}; E() in s", "set({1: 2, 3: 4})", "set(Seq())",
              "set.add(frozenset(), 1)"]
    return cases


RANGES = ["range(0)", "range(5)", "range(1, 10, 3)", "range(10, 0, -2)", "range(-5, 5)",
          "range(3, 3)", "range(0, 1)", "range(5, 0)", "range(2, 20, 6)"]


def range_cases() -> list[str]:
    cases = []
    for a in RANGES:
        pre = "r = %s; " % a
        for i in INDICES:
            cases.append(pre + "r[%s]" % i)
        for s in SLICES:
            cases.append(pre + "r[%s]" % s)
        for x in ["0", "1", "4", "-1", "7", "10", "True", "'a'", "None", "N()"]:
            cases += [pre + "%s in r" % x, pre + "r.index(%s)" % x, pre + "r.count(%s)" % x]
        for b in RANGES:
            cases += [pre + "r == %s" % b, pre + "r != %s" % b, pre + "r < %s" % b]
        cases += [pre + "repr(r)", pre + "len(r)", pre + "list(r)", pre + "list(reversed(r))",
                  pre + "r.start, r.stop, r.step", pre + "bool(r)", pre + "tuple(r)",
                  pre + "it = iter(r); next(it, 0); it.__length_hint__()",
                  pre + "type_name(iter(r))", pre + "r == list(r)"]
    for a in RANGES[1:]:
        cases.append("hash(%s) == hash(%s)" % (a, a))
    cases += ["hash(range(1, 10, 3))", "hash(range(1, 10))",
              "range()", "range(1, 2, 3, 4)", "range(1, 2, 0)", "range('a')", "range(x=1)",
              "range(N())", "range(1, N())", "list(range(N(), 10, N()))", "range(3).start",
              "range(0, 10, 3)[1:5]", "range(10)[::-1]", "range(10)[::-1][2:5]",
              "range(5).index('a')", "range(5).count(2)"]
    return cases


def slice_cases() -> list[str]:
    cases = []
    specs = ["slice(5)", "slice(1, 5)", "slice(1, 5, 2)", "slice(None)", "slice(None, None, -1)",
             "slice(-3, None)", "slice(10, -10, -3)", "slice('a', 'b')", "slice(N(), N(), N())",
             "slice(0, 0, 0)", "slice(1, 2, None)"]
    for s in specs:
        pre = "s = %s; " % s
        for n in ["0", "1", "5", "10", "-1", "'x'", "N()"]:
            cases.append(pre + "s.indices(%s)" % n)
        for b in specs:
            cases += [pre + "s == %s" % b, pre + "s < %s" % b]
        cases += [pre + "repr(s)", pre + "s.start, s.stop, s.step", pre + "hash(s)"]
    cases += ["slice()", "slice(1, 2, 3, 4)", "slice(x=1)"]
    return cases


def iter_cases() -> list[str]:
    cases = []
    for it in ["[]", "[1, 2, 3]", "(4, 5)", "range(3)", "{1: 2}", "{7}", "Seq()", "5",
               "iter([1, 2])"]:
        cases += ["list(enumerate(%s))" % it, "list(enumerate(%s, 5))" % it,
                  "list(enumerate(%s, start=-2))" % it, "list(zip(%s))" % it,
                  "list(zip(%s, [9, 8]))" % it, "list(zip(%s, [9, 8], strict=True))" % it,
                  "list(zip([9, 8], %s, strict=True))" % it,
                  "list(zip([9], [8, 7], %s, strict=True))" % it,
                  "list(map(lambda x: (x, x), %s))" % it,
                  "list(map(lambda x, y: (x, y), %s, [0, 0]))" % it,
                  "list(filter(None, %s))" % it, "list(filter(lambda x: x != 1, %s))" % it,
                  "list(reversed(%s))" % it, "type_name(reversed(%s))" % it,
                  "e = enumerate(%s); next(e, 0); list(e)" % it]
    cases += ["enumerate()", "enumerate([], 1, 2)", "enumerate(iterable=[1], start=2)",
              "enumerate(start=2)", "enumerate([], 'a')", "enumerate([], start='a')",
              "list(enumerate([1], N()))", "zip()", "list(zip())", "zip([1], x=1)",
              "list(zip(strict=1))", "map(1)", "list(map(None, 1))", "map(len, [], x=1)",
              "filter(1)", "filter(None, [], x=1)", "reversed([], 1)", "reversed(x=1)",
              "reversed(1)", "reversed({})", "list(reversed({1: 2, 3: 4}))", "reversed(E())",
              "r = reversed(Seq()); r.__length_hint__()", "list(zip([1, 2], [3], strict=True))",
              "list(zip([1, 2], [3, 4], [5], strict=True))",
              "list(zip([1], [3, 4], [5], strict=True))",
              "list(zip([1, 2], [3, 4], [5, 6, 7], strict=True))",
              "list(zip([1, 2], [3, 4], [5, 6, 7]))", "list(map(lambda x: 1 // x, [1, 0]))",
              "type_name(zip())", "type_name(map(len, []))", "type_name(enumerate([]))",
              "type_name(filter(None, []))", "z = zip([1], [2]); iter(z) is z"]
    return cases


def random_cases() -> list[str]:
    """Random sequences of mutations (fixed seed): the set table's probing,
    dummies, resizes and pop finger, the dict's holes and compaction, the
    list strategies' switches, all end in the same reprs as CPython's."""
    import random
    rng = random.Random(20261129)
    cases = []
    set_ops = ["s.add(%(i)d)", "s.discard(%(i)d)", "s.update(range(%(i)d, %(j)d))",
               "s.difference_update(range(%(i)d, %(j)d, 3))", "s.pop()",
               "s.intersection_update(range(%(j)d))", "s |= {%(i)d, %(j)d}",
               "s -= set(range(%(i)d))", "s ^= {%(i)d, %(k)d}", "s = s.copy()",
               "s = s | {%(k)d}", "s = s & set(range(%(k)d, 200))", "s = s - {%(i)d}",
               "s = set(frozenset(s))",
               "s.add((%(i)d, %(j)d))", "s.remove(%(i)d)"]
    for _ in range(300):
        stmts = ["s = set()"]
        for _ in range(rng.randrange(5, 40)):
            args = {"i": rng.randrange(-20, 120), "j": rng.randrange(0, 150),
                    "k": rng.randrange(0, 100)}
            stmts.append(rng.choice(set_ops) % args)
        cases.append("; ".join(stmts) + "; s")
    dict_ops = ["d[%(i)d] = %(j)d", "d.pop(%(i)d, 0)", "d.popitem()", "d.setdefault(%(i)d, 1)",
                "d.update({%(i)d: 0, %(j)d: 1})", "d = d.copy()", "d |= {%(k)d: 2}",
                "d = dict(d)", "del d[%(i)d]"]
    for _ in range(200):
        stmts = ["d = {}"]
        for _ in range(rng.randrange(5, 60)):
            args = {"i": rng.randrange(0, 30), "j": rng.randrange(0, 30), "k": rng.randrange(0, 9)}
            stmts.append(rng.choice(dict_ops) % args)
        cases.append("; ".join(stmts) + "; d")
    list_ops = ["a.append(%(i)d)", "a.append('s%(i)d')", "a.insert(%(i)d, %(j)d)",
                "a.pop(%(i)d)", "del a[%(i)d:%(j)d]", "del a[::%(k)d]", "a[%(i)d:%(j)d] = [%(j)d]",
                "a[::%(k)d] = a[::%(k)d][::-1]", "a.sort()", "a.reverse()", "a.extend(range(%(k)d))",
                "a *= 2", "a = a[%(i)d:]", "a.remove(%(i)d)", "a[%(i)d] = %(k)d",
                "a.sort(reverse=True)"]
    for _ in range(200):
        stmts = ["a = []"]
        for _ in range(rng.randrange(5, 30)):
            args = {"i": rng.randrange(-8, 12), "j": rng.randrange(-8, 12),
                    "k": rng.choice([1, 2, 3, -1, -2])}
            stmts.append(rng.choice(list_ops) % args)
        cases.append("; ".join(stmts) + "; a")
    for _ in range(60):
        n = rng.choice([5, 31, 64, 65, 100, 257, 600])
        items = [rng.randrange(-50, 50) for _ in range(n)]
        if rng.random() < 0.3:
            items.sort()        # natural runs
            if rng.random() < 0.5:
                items.reverse()
        m = rng.randrange(1, 9)
        text = repr(items)
        cases += ["a = %s; a.sort(); a" % text, "a = %s; a.sort(reverse=True); a" % text,
                  "a = %s; a.sort(key=lambda x: x %% %d); a" % (text, m),
                  "a = %s; a.sort(key=lambda x: x %% %d, reverse=True); a" % (text, m),
                  "a = list(zip(%s, range(%d))); a.sort(key=lambda p: p[0] %% %d); a"
                  % (text, n, m)]
    return cases


FAMILIES = {
    "list": list_cases, "tuple": tuple_cases, "dict": dict_cases, "set": set_cases,
    "range": range_cases, "slice": slice_cases, "iterators": iter_cases,
    "random": random_cases,
}


def all_cases() -> dict[str, list[str]]:
    return {name: make() for name, make in FAMILIES.items()}


CASES = all_cases()


def chunks(name: str, size: int = 400) -> list[tuple[str, list[str]]]:
    cases = CASES[name]
    return [("%s-%d" % (name, i // size), cases[i:i + size]) for i in range(0, len(cases), size)]


ALL_CHUNKS = [c for name in FAMILIES for c in chunks(name)]


@pytest.mark.parametrize("cases", [c[1] for c in ALL_CHUNKS], ids=[c[0] for c in ALL_CHUNKS])
def test_against_cpython(cases: list[str]) -> None:
    check_cases(cases)


def test_case_count() -> None:
    """The tables generate thousands of cases (the report quotes the count)."""
    assert sum(len(c) for c in CASES.values()) > 5000


# -- representation checks (not visible from Python)

def test_list_strategies() -> None:
    L = listobject.W_ListObject([wrap_int(1), wrap_int(2)])
    assert L.strategy is listobject.INTS
    assert L.ints == [1, 2] and L.objects is None
    L.append(space.wrap_bool(True))          # a bool is not an exact int
    assert L.strategy is listobject.OBJECTS
    E_ = listobject.W_ListObject([])
    assert E_.strategy is listobject.EMPTY
    E_.append(wrap_int(5))
    assert E_.strategy is listobject.INTS
    E_.clear()
    assert E_.strategy is listobject.EMPTY
    E_.append(space.wrap_str("x"))
    assert E_.strategy is listobject.OBJECTS
    M = listobject.W_ListObject([wrap_int(i) for i in range(10)])
    w_s = space.getitem(M, sliceobject.W_SliceObject(wrap_int(1), wrap_int(8), wrap_int(2)))
    assert isinstance(w_s, listobject.W_ListObject) and w_s.strategy is listobject.INTS
    space.setitem(M, wrap_int(3), space.wrap_str("s"))
    assert M.strategy is listobject.OBJECTS
    assert space.repr_str(M) == "[0, 1, 2, 's', 4, 5, 6, 7, 8, 9]"
    assert [space.repr_str(w) for w in M.getitems()][:3] == ["0", "1", "2"]



def test_set_strategies() -> None:
    """setobject.py: empty (no storage), ints (unboxed) and objects, in
    the same slots."""
    S = setobject.newset_from(None)
    assert S.ints is None and S.keys_w is None and S.hashes is None
    for i in [5, 13, -1, 2 ** 40]:
        setobject.set_add_key(S, wrap_int(i))
    assert S.ints is not None and S.keys_w is None and S.hashes is None
    assert len(S.ints) == 8
    order = space.repr_str(S)
    assert order == "{1099511627776, 13, 5, -1}"      # as CPython
    # lookups of other keys compare the boxed ints: True, 5.0
    assert setobject.set_contains_key(S, floatobject.W_FloatObject(5.0))
    assert not setobject.set_contains_key(S, space.wrap_bool(True))
    assert S.ints is not None
    # operations between two int sets stay unboxed
    T = setobject.newset_from(S)
    setobject.set_add_key(T, wrap_int(7))
    U = setobject.set_intersection(T, S)
    assert U.ints is not None and space.repr_str(U) == "{1099511627776, 5, 13, -1}"  # CPython's
    # an equal key of another type switches (and is not added)
    setobject.set_add_key(S, floatobject.W_FloatObject(5.0))
    assert S.ints is None and S.keys_w is not None and space.repr_str(S) == order
    # the markers of the int table cannot be unboxed
    M = setobject.newset_from(None)
    setobject.set_add_key(M, wrap_int(1))
    setobject.set_add_key(M, wrap_int(setobject.DUMMY_INT))
    assert M.ints is None and M.used == 2
    assert setobject.set_contains_key(M, wrap_int(setobject.DUMMY_INT))
    M.clear()
    assert M.ints is None and M.keys_w is None
    setobject.set_add_key(M, wrap_int(3))
    assert M.ints == [setobject.EMPTY_INT] * 3 + [3] + [setobject.EMPTY_INT] * 4
    assert setobject.set_discard_key(M, wrap_int(3))
    assert M.ints[3] == setobject.DUMMY_INT and M.used == 0 and M.fill == 1

# -- the float strategy (exact floats unboxed)

FLOAT_CASES = ["a = [1.5, 2.5]; a", "a = [1.5, 2.5]; a.append(3.5); a", "a = [1.5]; a.append(1); a",
               "a = []; a.append(0.5); a.append(-2.0); a.sort(); a", "a = [2.0, 1.0, 3.0]; a[1:2]",
               "a = [2.0, 1.0, 3.0]; a[::-1]", "a = [2.0, 1.0, 3.0]; del a[::2]; a",
               "a = [2.0, 1.0]; a[0] = 'x'; a", "a = [2.0, 1.0]; a[0:1] = [7.0, 8.0]; a",
               "a = [2.0, 1.0]; a[0:1] = [7]; a", "a = [2.0, 1.0]; a * 3", "a = [2.0]; a *= 2; a",
               "a = [2.0, 1.0]; a.insert(1, 9.5); a", "a = [2.0, 1.0]; a.pop(0); a",
               "a = [2.0, 1.0]; 1 in a", "a = [2.0, 1.0]; a.index(1.0)", "a = [2.0, 1.0]; a.count(2)",
               "a = [2.0, 1.0]; a.extend([3.0]); a.extend(a); a", "a = [2.0, 1.0]; a.reverse(); a",
               "a = [3.0, 1.0, 2.0]; a.sort(reverse=True); a",
               "a = [3.0, 1.0, 2.0]; a.sort(key=lambda x: 0); a", "a = [1.0]; a == [1.0]",
               "a = [1.0, 2.0]; a < [1.0, 3.0]", "a = [0.5, 1.5]; list(reversed(a))",
               "a = [0.5]; a + [1.5]", "a = [0.5]; a.remove(0.5); a.append(1); a",
               "a = [0.0, -0.0, 1.0, -0.0]; a.sort(); a", "a = [-0.0, 0.0, 2.5]; a.sort(reverse=True); a",
               "a = [2.5, 1.0]; b = a[0]; a[0] is b", "a = [2.5, 1.0]; a.append(True); a",
               "a = [2.5, 1.0]; a.count(1)", "a = [2.5, 1.0]; 'x' in a", "a = [0.0]; -0.0 in a"]


def test_float_strategy() -> None:
    w_l = listobject.W_ListObject([floatobject.wrap_float(1.0), floatobject.wrap_float(2.0)])
    assert w_l.strategy is listobject.FLOATS and w_l.floats == [1.0, 2.0]
    w_l.append(wrap_int(3))
    assert w_l.strategy is listobject.OBJECTS
    check_cases(FLOAT_CASES)


def test_float_identity() -> None:
    """Items of a float list come back in new boxes: `is` compares exact
    floats by value (0.0 is not -0.0).  A NaN keeps its box: CPython tells
    NaNs apart by identity only."""
    w_l = listobject.W_ListObject([floatobject.wrap_float(0.5), floatobject.wrap_float(-0.0)])
    assert w_l.strategy is listobject.FLOATS
    assert w_l.getitem(0) is not w_l.getitem(0)
    assert space.is_w(w_l.getitem(0), w_l.getitem(0))
    assert not space.is_w(w_l.getitem(1), floatobject.wrap_float(0.0))
    assert not space.is_w(floatobject.wrap_float(1.0), wrap_int(1))
    nan = floatobject.wrap_float(float("nan"))
    assert not space.is_w(nan, floatobject.wrap_float(float("nan")))
    w_l.append(nan)
    assert w_l.strategy is listobject.OBJECTS and w_l.getitem(2) is nan
    assert listobject.list_find(w_l, nan, 0, 3) == 2
    assert listobject.list_find(w_l, floatobject.wrap_float(float("nan")), 0, 3) == -1


def test_dict_str_keys() -> None:
    d = dictobject.W_DictObject()
    for i in range(100):
        d.setitem_str("k%d" % i, wrap_int(i))
    for i in range(0, 100, 2):
        assert d.delitem(space.wrap_str("k%d" % i))
    for i in range(100):
        w = d.getitem_str("k%d" % i)
        assert (w is None) == (i % 2 == 0)
        if w is not None:
            assert isinstance(w, W_IntObject) and w.intval == i
    assert d.length() == 50
    assert [space.str_of_w(k) for k in d.keys()][:3] == ["k1", "k3", "k5"]



# -- app level: a program run by the interpreter (python -m ouro) and CPython

APP_PROGRAM = '''
def check(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "raises", type(e).__name__, e.args)
    else:
        print(label, repr(r))


def t_missing():
    class Missing(dict):
        def __missing__(self, key):
            return key * 10
    d = Missing({1: 2})
    return d[1], d[5], d.get(5), 5 in d, type(Missing.fromkeys([1])).__name__


def t_subclass():
    class Counter(list):
        def __init__(self, *args):
            list.__init__(self, *args)
            self.extra = 5
    c = Counter([3, 1, 2])
    c.sort()
    return c, c.extra, type(c).__name__, isinstance(c, list), type(c[:]).__name__


def t_keys():
    class Key:
        def __init__(self, v):
            self.v = v
        def __eq__(self, other):
            return isinstance(other, Key) and self.v == other.v
        def __hash__(self):
            return hash(self.v)
    d = {Key(1): "a", Key(2): "b"}
    return d[Key(2)], len({Key(1), Key(1), Key(2)}), Key(3) in d


def t_sort_mutation():
    a = [3, 1, 2]
    a.sort(key=lambda x: a.append(x))
    return a


def t_sort_lt():
    class V:
        def __init__(self, v):
            self.v = v
        def __lt__(self, other):
            return self.v < other.v
        def __repr__(self):
            return "V(%d)" % self.v
    return sorted([V(3), V(1), V(2)]), sorted([V(3), V(1)], reverse=True)


def t_radd():
    class R:
        def __radd__(self, other):
            return "radd"
        def __rmul__(self, other):
            return "rmul"
    return [1] + R(), (1, 2) * R()


def t_dict_changed():
    d = {1: 2, 3: 4}
    for k in d:
        d[k + 10] = 0


def t_set_changed():
    s = {1, 2}
    for k in s:
        s.add(k + 10)


def t_recursive():
    a = [1]
    a.append(a)
    d = {}
    d[1] = d
    return repr(a), repr(d)


def t_unpack():
    first, *rest = [1, 2, 3]
    return [*[1, 2], *(3,), *range(4, 6)], {**{1: 2}, 3: 4}, first, rest


def t_for_loops():
    total = 0
    for i, x in enumerate([10, 20, 30], 1):
        total += i * x
    for a, b in zip("ab", range(2)):
        total += b
    for k, v in {1: 2}.items():
        total += k + v
    return total


check("missing", t_missing)
check("subclass", t_subclass)
check("keys", t_keys)
check("sort mutation", t_sort_mutation)
check("sort lt", t_sort_lt)
check("radd", t_radd)
check("dict changed", t_dict_changed)
check("set changed", t_set_changed)
check("recursive", t_recursive)
check("unpack", t_unpack)
check("for loops", t_for_loops)
check("comprehensions", lambda: ([x * x for x in range(5) if x % 2], {x % 3 for x in range(10)},
                                 {x: x * 2 for x in range(3)}))
check("sorted", lambda: (sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len)))
check("builtins", lambda: (list(enumerate("ab", 1)), list(map(lambda x, y: x + y, [1, 2], [10, 20])),
                           list(filter(None, [0, 1, "", "a", None])), list(reversed(range(5)))))
check("zip strict", lambda: list(zip([1, 2], [3], strict=True)))
check("views", lambda: ({1: 2}.keys() & {1, 3}, {1: 2}.items() | {(5, 6)}, {1: 2}.values()))
check("hashes", lambda: (hash((1, 2, (3, 4))), hash(frozenset({1, 2, 3})), hash(range(4))))
check("dict errors", lambda: dict([(1, 2), (3,)]))
check("index error", lambda: [1, 2].index(3))
check("key error", lambda: {}[(1, 2)])
check("ranges", lambda: (range(10)[2:8:2], 5 in range(0, 10, 5), range(3) == range(0, 3)))
check("slices", lambda: (slice(1, 2).indices(10), [0, 1, 2, 3][::-2], (0, 1, 2)[1:]))
check("sets", lambda: ({1, 2} | {3}, {1, 2} & {2}, {1, 2} - {2}, {1, 2} ^ {2, 3}, frozenset({1})))
'''


def test_app_level(tmp_path: Any) -> None:
    import subprocess
    import sys
    from pathlib import Path
    repo = Path(__file__).resolve().parents[3]
    if not (repo / "ouro" / "__main__.py").exists():
        pytest.skip("no interpreter")
    prog = tmp_path / "containers_app.py"
    prog.write_text(APP_PROGRAM)
    expected = subprocess.run([sys.executable, str(prog)], capture_output=True, text=True,
                              timeout=120)
    got = subprocess.run([sys.executable, "-m", "ouro", "-S", str(prog)], capture_output=True,
                         text=True, timeout=300, cwd=repo)
    assert got.stdout.splitlines() == expected.stdout.splitlines(), got.stderr[-2000:]
