"""`_ast`: the AST node classes of CPython 3.11 as Python types
(Python/Python-ast.c), which `ast.py` re-exports with `from _ast import *`.

Every class is a heap type (mutable, instances with a __dict__) made at
load time from ouro/modules/_ast/nodeinfo.py: `AST` (with CPython's
__init__ and __reduce__), the abstract classes (mod, stmt, expr,
expr_context, ...) and the concrete ones, with `_fields`, `__match_args__`,
`_attributes`, `__module__ = 'ast'`, the ASDL signature as `__doc__`, and
None as the class-level default of every optional field and attribute.

compile(source, filename, mode, PyCF_ONLY_AST) builds instances of these
classes (convert.py).
"""
from __future__ import annotations

from ouro.interpreter.module import W_Module
from ouro.modules._ast.nodeinfo import NODES
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (LAYOUT_OBJECT, Arguments, W_Root, W_TypeObject, compute_mro,
                                 w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

PyCF_ONLY_AST = 0x400
PyCF_TYPE_COMMENTS = 0x1000
PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000
# codeop's flags (not exported by _ast): compile() reads them from here
PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def _str_tuple(names: list[str]) -> W_Root:
    return W_TupleObject([W_StrObject(n) for n in names])


def _make_type(name: str, w_base: W_TypeObject) -> W_TypeObject:
    """Load time: a heap type, as type(name, (base,), {...}) makes it."""
    w_t = W_TypeObject(name, [w_base], LAYOUT_OBJECT)
    w_t.mro_w = compute_mro(w_t)
    w_t.is_heaptype = True
    w_t.hasdict = True
    return w_t


# node name -> its class; in definition order (bases first)
TYPES: dict[str, W_TypeObject] = {}
# the names of the classes whose instances ast2obj shares (Load, Add, ...)
SINGLETON_NAMES: dict[str, bool] = {}

for _info in NODES:
    _w_base = TYPES[_info.base] if _info.base != "" else w_object_type
    _w_t = _make_type(_info.name, _w_base)
    _d = _w_t.dict_w
    _d["_fields"] = _str_tuple(_info.fields)
    _d["__match_args__"] = _str_tuple(_info.fields)
    _d["__module__"] = W_StrObject("ast")
    _d["__doc__"] = W_StrObject(_info.doc) if _info.doc is not None else w_None
    if _info.own_attributes:
        _d["_attributes"] = _str_tuple(_info.attributes)
    for _opt in _info.optional:
        _d[_opt] = w_None
    TYPES[_info.name] = _w_t
    if not _info.abstract and len(_info.fields) == 0 and len(_info.attributes) == 0:
        SINGLETON_NAMES[_info.name] = True

w_AST = TYPES["AST"]


def ast_init(args: Arguments) -> W_Root:
    """ast_type_init: positional arguments fill _fields in order, keyword
    arguments set any attribute."""
    w_self = args.args_w[0]
    w_type = w_self.getclass()
    fields_w: list[W_Root] = []
    w_fields = space.getattr_or_none(w_type, "_fields")
    if w_fields is not None:
        fields_w = space.unpack_iterable(w_fields)
    numfields = len(fields_w)
    npos = len(args.args_w) - 1
    if numfields < npos:
        raise operr(w_TypeError, "%s constructor takes at most %d positional argument%s"
                    % (w_type.name, numfields, "" if numfields == 1 else "s"))
    i = 0
    while i < npos:
        space.setattr(w_self, _attr_name(fields_w[i]), args.args_w[i + 1])
        i += 1
    k = 0
    while k < len(args.kw_names):
        key = args.kw_names[k]
        p = 0
        while p < numfields:
            w_f = fields_w[p]
            if isinstance(w_f, W_StrObject) and w_f.as_str() == key:
                if p < npos:
                    raise operr(w_TypeError, "%s got multiple values for argument '%s'"
                                % (w_type.name, key))
                break
            p += 1
        space.setattr(w_self, key, args.kw_values_w[k])
        k += 1
    return w_None


def _attr_name(w: W_Root) -> str:
    if isinstance(w, W_StrObject):
        return w.as_str()
    raise operr(w_TypeError, "attribute name must be string, not '%s'" % w.getclass().name)


def ast_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert w_self is not None
    w_type = w_self.getclass()
    w_dict = space.getattr_or_none(w_self, "__dict__")
    if w_dict is not None:
        return W_TupleObject([w_type, W_TupleObject([]), w_dict])
    return W_TupleObject([w_type, W_TupleObject([])])


register_raw(w_AST, "__init__", ast_init)
register(w_AST, "__reduce__(self, /)", ast_reduce)


def make_module() -> W_Module:
    w_mod = W_Module("_ast", None)
    d = w_mod.w_dict
    for name, w_t in TYPES.items():
        d.setitem_str(name, w_t)
    d.setitem_str("PyCF_ONLY_AST", wrap_int(PyCF_ONLY_AST))
    d.setitem_str("PyCF_TYPE_COMMENTS", wrap_int(PyCF_TYPE_COMMENTS))
    d.setitem_str("PyCF_ALLOW_TOP_LEVEL_AWAIT", wrap_int(PyCF_ALLOW_TOP_LEVEL_AWAIT))
    return w_mod


register_module("_ast", make_module)
