"""Load time: docstrings for the built-in functions, methods, attributes
and types that were registered without one, from the CPython 3.11 that
runs the translation (the texts help(), pydoc and inspect.getdoc show;
CPython's own strings, as ouro/modules/builtins/docs.py's).

Only what has no doc of its own is filled, matched by name: the methods
and attributes of the built-in types of the builtins module (str.join,
int.real, list.append, ...) and the functions and types of the built-in
modules listed in MODULES, whose makers build their module from load-time
objects only (so calling them here has no effect on the program).
"""
from __future__ import annotations

import builtins as _cpython_builtins
import importlib
from typing import Any

from ouro.modules.registry import MODULES
from ouro.objspace.descriptors import W_ClassMethod, W_GetSetProperty, W_StaticMethod
from ouro.objspace.gateway import W_BuiltinFunction
from ouro.objspace.model import BUILTIN_TYPES, W_Root, W_TypeObject, w_None
from ouro.objspace.strobject import W_StrObject

# built-in modules whose functions and types get CPython's docstrings
MODULES_WITH_DOCS = ["math", "cmath", "itertools", "_functools", "_operator", "_collections",
                     "_heapq", "_bisect", "binascii", "zlib", "_struct", "unicodedata",
                     "_random"]


def _text(obj: Any) -> str | None:
    doc = getattr(obj, "__doc__", None)
    return doc if isinstance(doc, str) else None


def adopt_value(w_v: W_Root | None, py_obj: Any) -> None:
    if isinstance(w_v, W_BuiltinFunction):
        if w_v.doc is None:
            w_v.doc = _text(py_obj)
    elif isinstance(w_v, W_GetSetProperty):
        if w_v.doc is None:
            w_v.doc = _text(py_obj)
    elif isinstance(w_v, W_TypeObject) and isinstance(py_obj, type):
        adopt_type(w_v, py_obj)
    elif isinstance(w_v, (W_ClassMethod, W_StaticMethod)):
        # dict.fromkeys, int.from_bytes: the wrapped built-in's doc, which the
        # wrapper shows as its own (3.10+, copy_wrapped_attrs)
        w_f = w_v.w_function
        doc = _text(py_obj)
        if isinstance(w_f, W_BuiltinFunction) and w_f.doc is None and doc is not None:
            w_f.doc = doc
            w_v.setattr_in_map("__doc__", W_StrObject(doc))


def adopt_type(w_type: W_TypeObject, py_type: type) -> None:
    doc = _text(py_type)
    if w_type.doc is None and doc is not None:
        w_doc = w_type.dict_w.get("__doc__", None)
        if w_doc is None or w_doc is w_None:     # (collect_builtin_types' entry)
            w_type.doc = doc
            if w_doc is w_None:
                w_type.dict_w["__doc__"] = W_StrObject(doc)
    for name in list(w_type.dict_w):
        if name in py_type.__dict__:
            w_v = w_type.dict_w[name]
            if not isinstance(w_v, W_TypeObject):
                adopt_value(w_v, py_type.__dict__[name])


def adopt_all() -> None:
    for w_t in list(BUILTIN_TYPES):
        py_t = getattr(_cpython_builtins, w_t.name, None)
        w_mod = w_t.dict_w.get("__module__", None)
        # (type's own __module__ entry is its getset)
        in_builtins = not isinstance(w_mod, W_StrObject) or w_mod.as_str() == "builtins"
        if isinstance(py_t, type) and in_builtins:
            adopt_type(w_t, py_t)
    for modname in MODULES_WITH_DOCS:
        if modname not in MODULES:
            continue
        try:
            py_mod = importlib.import_module(modname)
        except ImportError:
            continue
        w_module = MODULES[modname]()
        for w_key in w_module.w_dict.keys():
            if isinstance(w_key, W_StrObject):
                key = w_key.as_str()
                if hasattr(py_mod, key):
                    adopt_value(w_module.w_dict.getitem_str(key), getattr(py_mod, key))
