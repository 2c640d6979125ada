"""Annotation of calls to Python's built-in functions (len, str, print, range, ...).

Each rule checks the argument types, returns the result type and sets
`op.info = ('builtin', name, detail...)` for the rtyper.
"""
from __future__ import annotations

from typing import Any

from rpy.annotate.model import (DictDef, ListDef, SomeBool, SomeBytes, SomeConst, SomeDict,
                                SomeFloat, SomeFuncPtr, SomeImpossible, SomeInstance, SomeInt,
                                SomeIter, SomeIterable, SomeList, SomeNone, SomeStr, SomeTuple,
                                SomeType, SomeUInt, s_bool, s_bytes, s_float, s_int, s_none, s_str,
                                s_uint, union)
from rpy.annotate.signature import AnnotationError
from rpy.flow.model import Constant, SpaceOperation

NUM = (SomeInt, SomeBool, SomeFloat)


def call(ann: Any, op: SpaceOperation, name: str, posargs: list, kwargs: dict) -> SomeType:
    rule = RULES.get(name)
    if rule is None:
        raise AnnotationError("'%s' is not supported in RPy" % name)
    types_ = [ann.typeof(a) for a in posargs]
    kwtypes = {k: ann.typeof(v) for k, v in kwargs.items()}
    return rule(ann, op, posargs, types_, kwargs, kwtypes)


def nargs(name: str, types_: list, lo: int, hi: int) -> None:
    if not lo <= len(types_) <= hi:
        if lo == hi:
            raise AnnotationError("%s() takes exactly %d argument%s (%d given)" % (
                name, lo, '' if lo == 1 else 's', len(types_)))
        raise AnnotationError("%s() takes from %d to %d arguments (%d given)" % (
            name, lo, hi, len(types_)))


def nokw(name: str, kwtypes: dict) -> None:
    if kwtypes:
        raise AnnotationError("%s() takes no keyword arguments" % name)


def b_len(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('len', kt)
    nargs('len', t, 1, 1)
    x = t[0]
    if isinstance(x, SomeList):
        op.info = ('builtin', 'len', 'list')
    elif isinstance(x, (SomeStr, SomeBytes)):
        op.info = ('builtin', 'len', 'str' if isinstance(x, SomeStr) else 'bytes')
    elif isinstance(x, SomeDict):
        op.info = ('builtin', 'len', 'dict')
    elif isinstance(x, SomeTuple):
        op.info = ('builtin', 'len', 'tuple', len(x.items))
    elif isinstance(x, SomeIterable) and x.kind == 'range':
        op.info = ('builtin', 'len', 'range')
    elif isinstance(x, SomeInstance) and ann.dunder(op, '__len__', [args[0]]) is not None:
        return s_int
    else:
        raise AnnotationError("object of type '%s' has no len()" % x.name())
    return s_int


def b_abs(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('abs', kt)
    nargs('abs', t, 1, 1)
    if isinstance(t[0], (SomeInt, SomeBool)):
        op.info = ('builtin', 'abs', 'int')
        return s_int
    if isinstance(t[0], SomeFloat):
        op.info = ('builtin', 'abs', 'float')
        return s_float
    raise AnnotationError("bad operand type for abs(): '%s'" % t[0].name())


def order_kind(ann: Any, a: SomeType, b: SomeType) -> Any:
    kind = ann.compare_kind(a, b, 'lt')
    if kind is None and isinstance(a, SomeInstance) and a.classdef.lookup('__lt__') is not None:
        return 'dunder'          # ordered by the class's __lt__
    if kind is None:
        raise AnnotationError("'<' not supported between %s and %s" % (a.name(), b.name()))
    return kind


def b_minmax(name: str) -> Any:
    def rule(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
        for k in kt:
            if k not in ('key', 'default'):
                raise AnnotationError("%s() got an unexpected keyword argument '%s'" % (name, k))
        if len(t) == 1:
            src = t[0]
            if not isinstance(src, SomeList) or src.item is None:
                raise AnnotationError("%s() of one argument needs a list" % name)
            item = src.item
            keyinfo = key_function(ann, kw.get('key'), item)
            kind = order_kind(ann, keyinfo[1], keyinfo[1]) if keyinfo else order_kind(ann, item, item)
            default = kw.get('default')
            if default is not None:
                item = union(item, ann.typeof(default))
            if default is not None:
                raise AnnotationError("%s() with default= is not supported; test len() first" % name)
            from rpy.rtype import llhelpers
            if keyinfo is None:
                helper = llhelpers.ll_list_min if name == 'min' else llhelpers.ll_list_max
                d = ann.get_desc(helper, None, [src])
                op.info = ('direct', d, [args[0]])
            else:
                helper = llhelpers.ll_list_min_key if name == 'min' else llhelpers.ll_list_max_key
                d = ann.get_desc(helper, None, [src, SomeFuncPtr([item], keyinfo[1])])
                op.info = ('direct', d, [args[0], kw['key']])
            return item
        if len(t) < 2:
            raise AnnotationError("%s expected at least 1 argument, got 0" % name)
        if 'key' in kw or 'default' in kw:
            raise AnnotationError("%s() with several arguments takes no key= or default=" % name)
        res = t[0]
        for x in t[1:]:
            if isinstance(res, NUM) and isinstance(x, NUM):
                res = s_float if isinstance(res, SomeFloat) or isinstance(x, SomeFloat) else s_int
            else:
                res = union(res, x)
        kind = order_kind(ann, res, res)
        op.info = ('builtin', name, 'args', kind)
        return res
    return rule


def key_function(ann: Any, keyarg: Any, item: SomeType) -> tuple | None:
    """Resolve key=: (desc of the key function, its result type)."""
    if keyarg is None:
        return None
    kt = ann.typeof(keyarg)
    if isinstance(kt, SomeNone):
        return None
    if not isinstance(kt, SomeConst):
        raise AnnotationError("key= must be a function or a lambda")
    func = kt.value
    from rpy.flow.builder import LambdaFunction
    if isinstance(func, LambdaFunction):
        d = ann.get_desc(func, None, [item])
    else:
        d = ann.get_desc(func, None, [item])
        if len(d.argtypes) != 1:
            raise AnnotationError("key= function must take one argument")
        ann.check_assignable(item, d.argtypes[0], "key= function expects %s, got items of type %s"
                             % (d.argtypes[0].name(), item.name()))
    return (d, d.result)


def b_sum(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('sum', kt)
    nargs('sum', t, 1, 2)
    src = t[0]
    if not isinstance(src, SomeList) or not isinstance(src.item, NUM):
        raise AnnotationError("sum() needs a list of numbers, not %s" % src.name())
    res = s_float if isinstance(src.item, SomeFloat) or (len(t) == 2 and isinstance(t[1], SomeFloat)) else s_int
    from rpy.rtype import llhelpers
    helper = llhelpers.ll_sum_float if res is s_float else llhelpers.ll_sum_int
    d = ann.get_desc(helper, None)
    if res is s_float and not isinstance(src.item, SomeFloat):
        raise AnnotationError("sum() of a list of ints with a float start is not supported")
    op.info = ('direct', d, [args[0], args[1] if len(args) == 2 else Constant(0.0 if res is s_float else 0)])
    return res


def b_str(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('str', kt)
    nargs('str', t, 0, 1)
    if t:
        ann.check_stringable(t[0])
    op.info = ('builtin', 'str')
    return s_str


def b_repr(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('repr', kt)
    nargs('repr', t, 1, 1)
    ann.check_stringable(t[0])
    if isinstance(t[0], SomeInstance):
        ann.str_method(t[0].classdef, '__repr__')
    op.info = ('builtin', 'repr')
    return s_str


def b_int(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('int', kt)
    nargs('int', t, 0, 2)
    if not t:
        op.info = ('builtin', 'int', 'zero')
        return s_int
    x = t[0]
    if len(t) == 2:
        if not isinstance(x, SomeStr) or not isinstance(t[1], (SomeInt, SomeBool)):
            raise AnnotationError("int() with a base needs a str and an int")
        op.info = ('builtin', 'int', 'str')
        return s_int
    kind = ('int' if isinstance(x, (SomeInt, SomeBool)) else 'float' if isinstance(x, SomeFloat)
            else 'uint' if isinstance(x, SomeUInt) else 'str' if isinstance(x, (SomeStr, SomeBytes)) else None)
    if kind is None:
        raise AnnotationError("int() argument must be a string or a number, not '%s'" % x.name())
    op.info = ('builtin', 'int', kind)
    return s_int


def b_float(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('float', kt)
    nargs('float', t, 0, 1)
    if not t:
        op.info = ('builtin', 'float', 'zero')
        return s_float
    x = t[0]
    kind = ('int' if isinstance(x, (SomeInt, SomeBool)) else 'float' if isinstance(x, SomeFloat)
            else 'uint' if isinstance(x, SomeUInt) else 'str' if isinstance(x, SomeStr) else None)
    if kind is None:
        raise AnnotationError("float() argument must be a string or a number, not '%s'" % x.name())
    op.info = ('builtin', 'float', kind)
    return s_float


def b_bool(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('bool', kt)
    nargs('bool', t, 0, 1)
    op.info = ('builtin', 'bool')
    if t and isinstance(t[0], SomeInstance):
        for name in ('__bool__', '__len__'):
            if ann.dunder(op, name, [args[0]]) is not None:
                op.info = ('truth',) + op.info[1:]
                break
    return s_bool


def b_chr(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('chr', kt)
    nargs('chr', t, 1, 1)
    if not isinstance(t[0], (SomeInt, SomeBool)):
        raise AnnotationError("chr() needs an int, not %s" % t[0].name())
    op.info = ('builtin', 'chr')
    return s_str


def b_bytes(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('bytes', kt)
    nargs('bytes', t, 1, 1)
    x = t[0]
    if not (isinstance(x, SomeList) and isinstance(x.item, (SomeInt, SomeBool))):
        raise AnnotationError("bytes() needs a list[int], not %s" % x.name())
    op.info = ('builtin', 'bytes')
    return s_bytes


def b_ord(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('ord', kt)
    nargs('ord', t, 1, 1)
    if not isinstance(t[0], (SomeStr, SomeBytes)):
        raise AnnotationError("ord() expected string of length 1, but %s found" % t[0].name())
    op.info = ('builtin', 'ord', 'str' if isinstance(t[0], SomeStr) else 'bytes')
    return s_int


def b_hash(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('hash', kt)
    nargs('hash', t, 1, 1)
    if not isinstance(t[0], (SomeInt, SomeBool, SomeFloat, SomeStr, SomeBytes)):
        raise AnnotationError("hash() of %s is not supported" % t[0].name())
    op.info = ('builtin', 'hash')
    return s_int


def b_isinstance(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('isinstance', kt)
    nargs('isinstance', t, 2, 2)
    c = args[1]
    if not isinstance(c, Constant):
        raise AnnotationError("the second argument of isinstance() must be a class")
    classes = c.value if isinstance(c.value, tuple) else (c.value,)
    x = t[0]
    if all(k in (int, float, str, bytes, bool) for k in classes):
        pyt = {SomeInt: int, SomeFloat: float, SomeStr: str, SomeBytes: bytes, SomeBool: bool}
        static = any(pyt.get(type(x)) is k or (k is int and isinstance(x, SomeBool)) for k in classes)
        op.info = ('builtin', 'isinstance', 'static', static and not x.nullable)
        return s_bool
    if not isinstance(x, (SomeInstance, SomeNone)):
        raise AnnotationError("isinstance() of %s against a class is not supported" % x.name())
    cds = []
    for k in classes:
        if not isinstance(k, type):
            raise AnnotationError("the second argument of isinstance() must be a class")
        cds.append(ann.getclassdef(k))
    op.info = ('builtin', 'isinstance', 'classes', cds)
    return s_bool


def b_print(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    for k, v in kt.items():
        if k not in ('sep', 'end'):
            raise AnnotationError("print() keyword '%s' is not supported (only sep= and end=)" % k)
        if not isinstance(v, (SomeStr, SomeNone)):
            raise AnnotationError("print() %s= must be a str" % k)
    for x in t:
        ann.check_stringable(x)
    op.info = ('builtin', 'print', len(args), kw.get('sep'), kw.get('end'))
    return s_none


def b_range(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('range', kt)
    nargs('range', t, 1, 3)
    for x in t:
        if not isinstance(x, (SomeInt, SomeBool)):
            raise AnnotationError("'%s' object cannot be interpreted as an integer" % x.name())
    if len(args) == 3 and isinstance(args[2], Constant) and args[2].value == 0:
        raise AnnotationError("range() arg 3 must not be zero")
    op.info = ('builtin', 'range', len(args))
    return SomeIterable('range', None, s_int)


def b_enumerate(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    if set(kt) - {'start'}:
        raise AnnotationError("enumerate() got an unexpected keyword argument")
    nargs('enumerate', t + list(kt.values()), 1, 2)
    start = t[1] if len(t) > 1 else kt.get('start')
    if start is not None and not isinstance(start, (SomeInt, SomeBool)):
        raise AnnotationError("enumerate() start must be an int, not %s" % start.name())
    inner = ann.iter_of(t[0])
    op.info = ('builtin', 'enumerate')
    return SomeIterable('enumerate', t[0], SomeTuple([s_int, inner.item]))


def b_zip(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    if kt:
        raise AnnotationError("zip() keyword arguments are not supported")
    if len(t) < 2:
        raise AnnotationError("zip() needs at least two arguments")
    items = [ann.iter_of(x).item for x in t]
    op.info = ('builtin', 'zip', len(t))
    return SomeIterable('zip', None, SomeTuple(items), tuple(t))


def b_reversed(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('reversed', kt)
    nargs('reversed', t, 1, 1)
    x = t[0]
    if isinstance(x, SomeList):
        op.info = ('builtin', 'reversed', 'list')
        return SomeIterable('reversed', x, x.item)
    if isinstance(x, SomeStr):
        op.info = ('builtin', 'reversed', 'str')
        return SomeIterable('reversedstr', x, s_str)
    if isinstance(x, SomeIterable) and x.kind == 'range':
        op.info = ('builtin', 'reversed', 'range')
        return SomeIterable('reversedrange', x, s_int)
    raise AnnotationError("reversed() of %s is not supported" % x.name())


def b_sorted(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nargs('sorted', t, 1, 1)
    for k in kt:
        if k not in ('key', 'reverse'):
            raise AnnotationError("sorted() got an unexpected keyword argument '%s'" % k)
    src = t[0]
    lst = list_of_iterable(ann, src)
    item = lst.item
    assert item is not None
    keyinfo = key_function(ann, kw.get('key'), item)
    kind = order_kind(ann, keyinfo[1], keyinfo[1]) if keyinfo else order_kind(ann, item, item)
    result = SomeList(ListDef(item))
    sorter = sort_helper(ann, result, keyinfo, kind)
    op.info = ('builtin', 'sorted', src, kind, sorter, kw.get('reverse'), kw.get('key'))
    return result


def sort_helper(ann: Any, lst: SomeList, keyinfo: tuple | None, kind: Any = None) -> Any:
    """The RPy helper that sorts, when the C runtime's sort cannot: with key=
    (computes the keys first), or items ordered by __lt__."""
    from rpy.rtype import llhelpers
    if keyinfo is None:
        if kind == 'dunder':
            return ann.get_desc(llhelpers.ll_sort_lt, None, [lst, s_bool])
        return None
    helper = llhelpers.ll_sort_keys_lt if kind == 'dunder' else llhelpers.ll_sort_keys
    return ann.get_desc(helper, None, [lst, SomeFuncPtr([lst.item], keyinfo[1]), s_bool])


def list_of_iterable(ann: Any, src: SomeType) -> SomeList:
    if isinstance(src, SomeList):
        return src
    it = ann.iter_of(src)
    return SomeList(ListDef(it.item))


def b_list(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('list', kt)
    nargs('list', t, 0, 1)
    if not t:
        op.info = ('builtin', 'list', None)
        return SomeList(ListDef(None))
    lst = list_of_iterable(ann, t[0])
    op.info = ('builtin', 'list', t[0])
    return SomeList(ListDef(lst.item))


def b_dict(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('dict', kt)
    nargs('dict', t, 0, 1)
    if not t:
        op.info = ('builtin', 'dict', None)
        return SomeDict(DictDef(None, None))
    if not isinstance(t[0], SomeDict):
        raise AnnotationError("dict() of %s is not supported; copy a dict" % t[0].name())
    op.info = ('builtin', 'dict', t[0])
    return SomeDict(DictDef(t[0].keytype, t[0].valuetype))


def b_anyall(name: str) -> Any:
    def rule(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
        nokw(name, kt)
        nargs(name, t, 1, 1)
        if not isinstance(t[0], SomeList):
            raise AnnotationError("%s() needs a list (write %s([... for ...]))" % (name, name))
        from rpy.rtype import llhelpers
        d = ann.get_desc(llhelpers.ll_any if name == 'any' else llhelpers.ll_all, None, [t[0]])
        op.info = ('direct', d, [args[0]])
        return s_bool
    return rule


def b_divmod(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    nokw('divmod', kt)
    nargs('divmod', t, 2, 2)
    from rpy.rtype import llhelpers
    if all(isinstance(x, (SomeInt, SomeBool)) for x in t):
        d = ann.get_desc(llhelpers.ll_divmod_int, None)
    elif all(isinstance(x, NUM) for x in t):
        d = ann.get_desc(llhelpers.ll_divmod_float, None)
    else:
        raise AnnotationError("unsupported operand types for divmod(): %s and %s" % (
            t[0].name(), t[1].name()))
    op.info = ('direct', d, list(args))
    return d.result


def b_round(ann: Any, op: SpaceOperation, args: list, t: list, kw: dict, kt: dict) -> SomeType:
    if set(kt) - {'ndigits'}:
        raise AnnotationError("round() got an unexpected keyword argument")
    allargs = list(args) + [kw['ndigits']] if 'ndigits' in kw else list(args)
    types_ = t + ([kt['ndigits']] if 'ndigits' in kt else [])
    nargs('round', types_, 1, 2)
    if not isinstance(types_[0], NUM):
        raise AnnotationError("type %s doesn't define __round__ method" % types_[0].name())
    if len(types_) == 2 and not isinstance(types_[1], (SomeInt, SomeBool, SomeNone)):
        raise AnnotationError("'%s' object cannot be interpreted as an integer" % types_[1].name())
    ndigits = len(types_) == 2 and not isinstance(types_[1], SomeNone)
    isint = isinstance(types_[0], (SomeInt, SomeBool))
    op.info = ('builtin', 'round', allargs, ndigits, isint)
    if not ndigits:
        return s_int
    return s_int if isint else s_float


RULES = {
    'len': b_len, 'abs': b_abs, 'min': b_minmax('min'), 'max': b_minmax('max'), 'sum': b_sum,
    'str': b_str, 'repr': b_repr, 'int': b_int, 'float': b_float, 'bool': b_bool,
    'chr': b_chr, 'bytes': b_bytes, 'ord': b_ord, 'hash': b_hash, 'isinstance': b_isinstance, 'print': b_print,
    'range': b_range, 'enumerate': b_enumerate, 'zip': b_zip, 'reversed': b_reversed,
    'sorted': b_sorted, 'list': b_list, 'dict': b_dict,
    'any': b_anyall('any'), 'all': b_anyall('all'), 'divmod': b_divmod, 'round': b_round,
}
