"""Annotation of the methods of str, bytes, list and dict.

A table per type: method name -> (argument kinds, result).  Argument kinds:
'str' (same string type as the receiver), 'int', 'item' (the list's item
type), 'key'/'value' (the dict's), 'list' (a list of the same type),
'optstr' (str or None), 'strlist' (list of the receiver's string type).
op.info becomes ('bmethod', receiver kind, name, [resolved arg types]).
"""
from __future__ import annotations

from typing import Any

from rpy.annotate.model import (s_impossible, DictDef, ListDef, SomeBool, SomeBytes, SomeDict, SomeFloat,
                                SomeInt, SomeIterable, SomeList, SomeNone, SomeStr, SomeTuple,
                                SomeType, s_bool, s_bytes, s_int, s_none, s_str, union)
from rpy.annotate.signature import AnnotationError
from rpy.flow.model import Constant, SpaceOperation

# name: (required arg kinds, optional arg kinds, keyword names allowed, result kind)
STR_METHODS = {
    'join': (['strlist'], [], [], 'self'),
    'split': ([], ['optstr', 'int'], ['sep', 'maxsplit'], 'strlist'),
    'rsplit': ([], ['optstr', 'int'], ['sep', 'maxsplit'], 'strlist'),
    'splitlines': ([], ['bool'], ['keepends'], 'strlist'),
    'strip': ([], ['optstr'], [], 'self'),
    'lstrip': ([], ['optstr'], [], 'self'),
    'rstrip': ([], ['optstr'], [], 'self'),
    'find': (['str'], ['int', 'int'], [], 'int'),
    'rfind': (['str'], ['int', 'int'], [], 'int'),
    'index': (['str'], ['int', 'int'], [], 'int'),
    'rindex': (['str'], ['int', 'int'], [], 'int'),
    'count': (['str'], ['int', 'int'], [], 'int'),
    'startswith': (['str'], ['int', 'int'], [], 'bool'),
    'endswith': (['str'], ['int', 'int'], [], 'bool'),
    'replace': (['str', 'str'], ['int'], [], 'self'),
    'upper': ([], [], [], 'self'),
    'lower': ([], [], [], 'self'),
    'isdigit': ([], [], [], 'bool'),
    'isalpha': ([], [], [], 'bool'),
    'isalnum': ([], [], [], 'bool'),
    'isspace': ([], [], [], 'bool'),
    'isupper': ([], [], [], 'bool'),
    'islower': ([], [], [], 'bool'),
    'encode': ([], ['encoding'], [], 'bytes'),
    'decode': ([], ['encoding'], [], 'text'),
    'ljust': (['int'], ['str'], [], 'self'),
    'rjust': (['int'], ['str'], [], 'self'),
    'center': (['int'], ['str'], [], 'self'),
    'zfill': (['int'], [], [], 'self'),
    'partition': (['str'], [], [], 'helper'),
    'rpartition': (['str'], [], [], 'helper'),
    'capitalize': ([], [], [], 'self'),
    'title': ([], [], [], 'self'),
    'swapcase': ([], [], [], 'self'),
    'removeprefix': (['str'], [], [], 'self'),
    'removesuffix': (['str'], [], [], 'self'),
}

LIST_METHODS = {
    'append': (['item'], [], [], 'none'),
    'pop': ([], ['int'], [], 'item'),
    'insert': (['int', 'item'], [], [], 'none'),
    'extend': (['list'], [], [], 'none'),
    'index': (['item'], [], [], 'int'),
    'count': (['item'], [], [], 'int'),
    'remove': (['item'], [], [], 'none'),
    'reverse': ([], [], [], 'none'),
    'sort': ([], [], ['key', 'reverse'], 'none'),
    'copy': ([], [], [], 'self'),
    'clear': ([], [], [], 'none'),
}

RESIZING_METHODS = frozenset(['append', 'pop', 'insert', 'extend', 'remove', 'clear'])

DICT_METHODS = {
    'get': (['key'], ['value'], [], 'optvalue'),
    'setdefault': (['key', 'value'], [], [], 'value'),
    'pop': (['key'], ['value'], [], 'value'),
    'keys': ([], [], [], 'keys'),
    'values': ([], [], [], 'values'),
    'items': ([], [], [], 'items'),
    'update': (['dict'], [], [], 'none'),
    'clear': ([], [], [], 'none'),
    'copy': ([], [], [], 'self'),
    'popitem': ([], [], [], 'item'),
}


def call_builtin_method(ann: Any, op: SpaceOperation, t: SomeType, name: str,
                        posargs: list, kwargs: dict) -> SomeType:
    if isinstance(t, (SomeStr, SomeBytes)):
        table, kind = STR_METHODS, 'str' if isinstance(t, SomeStr) else 'bytes'
    elif isinstance(t, SomeList):
        table, kind = LIST_METHODS, 'list'
    elif isinstance(t, SomeDict):
        table, kind = DICT_METHODS, 'dict'
    else:
        raise AnnotationError("'%s' object has no attribute '%s'" % (t.name(), name))
    if name not in table or (kind == 'str' and name == 'decode') or (kind == 'bytes' and name == 'encode'):
        raise AnnotationError("'%s' object has no attribute '%s'" % (t.basename() if hasattr(t, 'basename') else t.name(), name))  # type: ignore[attr-defined]
    required, optional, kwnames, result = table[name]
    if kind == 'list' and name in RESIZING_METHODS:
        t.listdef.find().resized = True  # type: ignore[union-attr]
    if kind == 'list' and name == 'sort':
        return list_sort(ann, op, t, posargs, kwargs)
    args = list(posargs)
    for k, v in kwargs.items():
        if k not in kwnames:
            raise AnnotationError("%s() got an unexpected keyword argument '%s'" % (name, k))
        i = kwnames.index(k)
        while len(args) <= i + len(required):
            args.append(None)
        args[len(required) + i] = v
    if len(args) < len(required) or len(args) > len(required) + len(optional):
        raise AnnotationError("%s() takes %d arguments but %d were given" % (
            name, len(required) + len(optional), len(args)))
    argkinds = required + optional
    resolved = []
    for a, k in zip(args, argkinds):
        if a is None:
            resolved.append(None)
            continue
        at = ann.typeof(a)
        check_arg(ann, t, name, k, at)
        resolved.append(at)
    op.info = ('bmethod', kind, name, args, resolved)
    if kind == 'str' and name in STR_HELPERS:
        if name in ('partition', 'rpartition'):
            result = 'self'
        from rpy.rtype import llhelpers
        helper = getattr(llhelpers, STR_HELPERS[name])
        d = ann.get_desc(helper, None)
        full = [op.args[0]] + list(args)
        defaults = {'ljust': [' '], 'rjust': [' '], 'center': [' '],
                    'index': [Constant(0), Constant(2**63 - 1)],
                    'rindex': [Constant(0), Constant(2**63 - 1)]}.get(name, [])
        while len(full) < len(d.argtypes):
            dv = defaults[len(full) - len(d.argtypes)]
            full.append(dv if isinstance(dv, Constant) else Constant(dv))
        full = [Constant(2**63 - 1) if a is None else a for a in full]
        op.info = ('direct', d, full)
        return d.result
    return result_type(ann, t, name, result, resolved)


STR_HELPERS = {'ljust': 'll_str_ljust', 'rjust': 'll_str_rjust', 'center': 'll_str_center',
               'zfill': 'll_str_zfill', 'index': 'll_str_index', 'rindex': 'll_str_rindex',
               'partition': 'll_str_partition', 'rpartition': 'll_str_rpartition',
               'capitalize': 'll_str_capitalize', 'title': 'll_str_title',
               'swapcase': 'll_str_swapcase', 'removeprefix': 'll_str_removeprefix',
               'removesuffix': 'll_str_removesuffix'}


def check_arg(ann: Any, t: SomeType, name: str, k: str, at: SomeType) -> None:
    strtype = SomeBytes if isinstance(t, SomeBytes) else SomeStr
    ok = True
    if k == 'encoding':
        ok = isinstance(at, SomeStr)
    elif k == 'str':
        ok = isinstance(at, strtype) and not at.nullable
    elif k == 'optstr':
        ok = isinstance(at, (strtype, SomeNone))
    elif k == 'int':
        ok = isinstance(at, (SomeInt, SomeBool))
    elif k == 'bool':
        ok = isinstance(at, (SomeInt, SomeBool))
    elif k == 'strlist':
        if isinstance(at, SomeList):
            ok = at.item is None or isinstance(at.item, strtype)
            if ok and at.item is None:
                ann.generalize_list(at, strtype())
        else:
            # any iterable of strings (a generator-free join over reversed(), d.keys()...)
            try:
                ok = isinstance(ann.iter_of(at).item, strtype)
            except Exception:
                ok = False
    elif k == 'item':
        assert isinstance(t, SomeList)
        if name == 'append' or name == 'insert':
            ann.generalize_list(t, at)
        elif t.item is not None and ann.compare_kind(t.item, at, 'eq') is None:
            ok = False
    elif k == 'list':
        ok = isinstance(at, SomeList)
        if ok:
            union(t, at)
    elif k == 'key':
        assert isinstance(t, SomeDict)
        ann.check_key(t, at)
    elif k == 'value':
        assert isinstance(t, SomeDict)
        if name == 'setdefault':
            ann.generalize_dict(t.dictdef.find(), None, at)
        elif t.valuetype is not None and not isinstance(at, SomeNone):
            ann.check_assignable(at, t.valuetype, "%s() default must be %s, not %s" % (
                name, t.valuetype.name(), at.name()))
    elif k == 'dict':
        ok = isinstance(at, SomeDict)
        if ok:
            union(t, at)
    if not ok:
        raise AnnotationError("%s() argument must be %s, not %s" % (
            name, {'str': t.basename(), 'optstr': t.basename() + ' or None', 'int': 'int',  # type: ignore[attr-defined]
                   'bool': 'bool', 'strlist': 'list[%s]' % t.basename(),  # type: ignore[attr-defined]
                   'item': 'a list item', 'list': 'a list', 'dict': 'a dict'}.get(k, k), at.name()))


def result_type(ann: Any, t: SomeType, name: str, result: str, resolved: list) -> SomeType:
    res = _result_type(ann, t, name, result, resolved)
    return s_impossible if res is None else res


def _result_type(ann: Any, t: SomeType, name: str, result: str, resolved: list) -> SomeType | None:
    if result == 'self':
        return t.with_nullable(False)
    if result == 'none':
        return s_none
    if result == 'int':
        return s_int
    if result == 'bool':
        return s_bool
    if result == 'bytes':
        return s_bytes
    if result == 'text':
        return s_str
    if result == 'strlist':
        return SomeList(ListDef(SomeBytes() if isinstance(t, SomeBytes) else s_str))
    if isinstance(t, SomeList):
        if result == 'item':
            return t.item  # type: ignore[return-value]
    if isinstance(t, SomeDict):
        k, v = t.keytype, t.valuetype
        if result == 'value':
            return v  # type: ignore[return-value]
        if result == 'optvalue':
            if v is None:
                return resolved[1] if len(resolved) > 1 and resolved[1] is not None else None
            if len(resolved) > 1 and resolved[1] is not None:
                if isinstance(v, SomeFloat) and isinstance(resolved[1], (SomeInt, SomeBool)):
                    return v
                return union(v, resolved[1])
            return v.with_nullable(True)
        if k is None or v is None:
            return None
        if result == 'keys':
            return SomeIterable('dictkeys', t, k)
        if result == 'values':
            return SomeIterable('dictvalues', t, v)
        if result == 'items':
            return SomeIterable('dictitems', t, SomeTuple([k, v]))
        if result == 'item':
            return SomeTuple([k, v])
    raise AnnotationError("internal: result %s of %s" % (result, name))


def list_sort(ann: Any, op: SpaceOperation, t: SomeList, posargs: list, kwargs: dict) -> SomeType:
    from rpy.annotate.builtin_calls import key_function, order_kind
    if posargs:
        raise AnnotationError("sort() takes no positional arguments")
    for k in kwargs:
        if k not in ('key', 'reverse'):
            raise AnnotationError("sort() got an unexpected keyword argument '%s'" % k)
    item = t.item
    if item is None:
        return s_none
    keyinfo = key_function(ann, kwargs.get('key'), item)
    kind = order_kind(ann, keyinfo[1], keyinfo[1]) if keyinfo else order_kind(ann, item, item)
    from rpy.annotate.builtin_calls import sort_helper
    op.info = ('bmethod', 'list', 'sort', kind, sort_helper(ann, t, keyinfo, kind), kwargs.get('reverse'),
               kwargs.get('key'))
    return s_none
