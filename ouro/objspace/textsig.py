"""`__text_signature__` of built-in functions and methods (what
inspect.signature reads for them): CPython 3.11's texts, taken at load time
from the CPython that imports this module (as ouro/modules/errno takes its
table), for the functions of the builtins module, the methods of the
built-in types and the functions of the built-in modules ouro also has.
A function CPython gives no signature has None, as there.
"""
from __future__ import annotations

import builtins as _builtins
import importlib as _importlib
import types as _types

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.gateway import (W_BuiltinFunction, w_builtin_function_type,
                                   w_method_descriptor_type)
from ouro.objspace.model import W_Root, W_TypeObject, w_None, w_type_type
from ouro.objspace.strobject import W_StrObject

MODULES = ["math", "cmath", "time", "_operator", "_functools", "_codecs", "_weakref", "posix",
           "sys", "_imp", "marshal", "_json", "atexit", "_contextvars", "_warnings", "_string",
           "_sre", "_io", "itertools", "_collections", "gc", "_thread", "_abc", "_signal",
           "errno", "_struct", "binascii", "_random", "_sha512",
           "_md5", "_sha1", "_sha256", "_sha3", "_blake2", "_csv", "zlib", "_bz2", "_lzma", "array", "pwd",
           "grp", "resource", "fcntl", "unicodedata", "_heapq", "_bisect"]


def _collect() -> dict[str, str]:
    """Load time: "module.function" and "type.method" -> text signature."""
    table: dict[str, str] = {}
    for name, obj in vars(_builtins).items():
        if isinstance(obj, _types.BuiltinFunctionType):
            sig = getattr(obj, "__text_signature__", None)
            if sig:
                table["builtins." + name] = sig
        elif isinstance(obj, type):
            for mname, meth in vars(obj).items():
                sig = getattr(meth, "__text_signature__", None)
                if isinstance(sig, str) and sig:
                    table[obj.__name__ + "." + mname] = sig
    for modname in MODULES:
        try:
            mod = _importlib.import_module(modname)
        except ImportError:
            continue
        for name, obj in vars(mod).items():
            if isinstance(obj, _types.BuiltinFunctionType):
                sig = getattr(obj, "__text_signature__", None)
                if sig:
                    table[modname + "." + name] = sig
    return table


TEXT_SIGNATURES = _collect()


def builtin_get_text_signature(w: W_Root) -> W_Root:
    assert isinstance(w, W_BuiltinFunction)
    w_cls = w.w_objclass
    if w_cls is not None:
        key = w_cls.name + "." + w.name
        if w_cls.is_heaptype or space.module_name_of(w_cls) != "builtins":
            return w_None
    else:
        modname = "builtins"
        w_mod = w.w_module
        if w_mod is not None:
            w_name = space.getattr_or_none(w_mod, "__name__")
            if isinstance(w_name, W_StrObject):
                modname = w_name.as_str()
        key = modname + "." + w.name
    if key in TEXT_SIGNATURES:
        return W_StrObject(TEXT_SIGNATURES[key])
    return w_None


for _t in [w_builtin_function_type, w_method_descriptor_type]:
    getset(_t, "__text_signature__", builtin_get_text_signature)


def _collect_types() -> dict[str, str]:
    """Load time: the text signatures of CPython's built-in types (object's
    is "()", which inspect.signature gives a class without __init__)."""
    table: dict[str, str] = {}
    for name, obj in vars(_builtins).items():
        if isinstance(obj, type):
            sig = obj.__text_signature__
            if isinstance(sig, str):
                table[name] = sig
    return table


TYPE_TEXT_SIGNATURES = _collect_types()


def type_get_text_signature(w: W_Root) -> W_Root:
    if isinstance(w, W_TypeObject) and not w.is_heaptype and w.name in TYPE_TEXT_SIGNATURES \
            and space.module_name_of(w) == "builtins":
        return W_StrObject(TYPE_TEXT_SIGNATURES[w.name])
    return w_None


getset(w_type_type, "__text_signature__", type_get_text_signature)
