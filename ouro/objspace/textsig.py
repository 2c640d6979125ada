"""The texts of built-ins that CPython 3.11 gives and ouro takes from it at
load time, from the CPython that imports this module (as ouro/modules/errno
takes its table): `__text_signature__` (what inspect.signature reads) and
`__doc__` of the functions of the builtins module, the methods, slot
wrappers and attribute descriptors of the built-in types and the
functions and types of the built-in modules ouro also has.  What CPython
gives no text has None, as there; a text ouro's own code sets (a
function's `doc`, ouro/modules/builtins/docs.py) comes first.
"""
from __future__ import annotations

import builtins as _builtins
import importlib as _importlib
import types as _types

from ouro.objspace import space
from ouro.objspace.descriptors import (W_ClassMethod, W_GetSetProperty, W_MemberDescr, W_StaticMethod,
                                      getset, w_getset_descriptor_type, w_member_descriptor_type)
from ouro.objspace.gateway import (W_BuiltinFunction, w_builtin_function_type,
                                   w_method_descriptor_type, w_method_wrapper_type,
                                   w_wrapper_descriptor_type)
from ouro.objspace.model import BUILTIN_TYPES, W_Root, W_TypeObject, w_None, w_type_type
from ouro.objspace.strobject import W_StrObject

MODULES = ["math", "cmath", "time", "_operator", "_functools", "_codecs", "_weakref", "posix",
           "sys", "_imp", "marshal", "_json", "atexit", "_contextvars", "_warnings", "_string",
           "_sre", "_io", "itertools", "_collections", "gc", "_thread", "_abc", "_signal",
           "errno", "_struct", "binascii", "_random", "_sha512",
           "_md5", "_sha1", "_sha256", "_sha3", "_blake2", "_csv", "zlib", "_bz2", "_lzma", "array", "pwd",
           "grp", "resource", "fcntl", "unicodedata", "_heapq", "_bisect", "_ast", "_datetime",
           "_locale", "_lsprof", "_multiprocessing", "_posixshmem", "_posixsubprocess", "_socket",
           "_sqlite3", "_symtable", "_tokenize", "_tracemalloc", "faulthandler", "mmap", "pyexpat",
           "select", "termios", "_stat"]


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
            elif isinstance(obj, type):
                # "collections.OrderedDict.fromkeys": by the type's __module__
                for mname, meth in vars(obj).items():
                    sig = getattr(meth, "__text_signature__", None)
                    if isinstance(sig, str) and sig:
                        table[obj.__module__ + "." + obj.__name__ + "." + mname] = sig
    return table


TEXT_SIGNATURES = _collect()


def _collect_docs() -> dict[str, str]:
    """Load time: the docstrings, by "module.function", "module.Type" and
    "module.Type.attribute" (the type's __module__: "builtins.str.split",
    "collections.deque.append")."""
    table: dict[str, str] = {}

    def add(key: str, doc: object) -> None:
        if isinstance(doc, str):
            table[key] = doc

    def add_type(t: type) -> None:
        prefix = t.__module__ + "." + t.__name__
        add(prefix, t.__doc__)
        for aname, attr in vars(t).items():
            if isinstance(attr, staticmethod):
                add(prefix + "." + aname, attr.__func__.__doc__)
            elif isinstance(attr, DOC_KINDS):
                add(prefix + "." + aname, attr.__doc__)

    for name, obj in vars(_builtins).items():
        if isinstance(obj, _types.BuiltinFunctionType):
            add("builtins." + name, obj.__doc__)
        elif isinstance(obj, type):
            add_type(obj)
    for modname in MODULES:
        try:
            mod = _importlib.import_module(modname)
        except ImportError:
            continue
        for name, obj in vars(mod).items():
            if isinstance(obj, _types.BuiltinFunctionType):
                add(modname + "." + name, obj.__doc__)
            elif isinstance(obj, type):
                add_type(obj)
    return table


DOC_KINDS = (_types.BuiltinFunctionType, _types.MethodDescriptorType, _types.WrapperDescriptorType,
             _types.GetSetDescriptorType, _types.MemberDescriptorType,
             _types.ClassMethodDescriptorType)
DOCS = _collect_docs()


def _type_key(w_t: W_TypeObject) -> str:
    """A built-in type's "module.name" (type's own __module__ entry is an
    attribute descriptor: builtins)."""
    mod = space.module_name_of(w_t)
    return (mod if mod != "" else "builtins") + "." + w_t.name


def builtin_get_doc(w: W_Root) -> W_Root:
    assert isinstance(w, W_BuiltinFunction)
    if w.doc is not None:
        return W_StrObject(w.doc)
    w_cls = w.w_objclass
    if w_cls is not None:
        if w_cls.is_heaptype:
            return w_None
        key = _type_key(w_cls) + "." + w.name
    else:
        key = _module_function_key(w)
    if key in DOCS:
        return W_StrObject(DOCS[key])
    return w_None


def descr_get_doc(w: W_Root) -> W_Root:
    """The __doc__ of a built-in type's getset or member descriptor (or
    the one its maker gave: a class's __dict__ and __weakref__)."""
    if isinstance(w, W_GetSetProperty):
        if w.doc is not None:
            return W_StrObject(w.doc)
        name = w.name
        w_cls = w.w_objclass
    else:
        assert isinstance(w, W_MemberDescr)
        name = w.name
        w_cls = w.w_objclass
    if w_cls.is_heaptype:
        return w_None
    key = _type_key(w_cls) + "." + name
    if key in DOCS:
        return W_StrObject(DOCS[key])
    return w_None


def apply_type_docs() -> None:
    """Load time, once every built-in type exists: CPython's docstring for
    the types ouro's code gives none, and for their class and static
    methods (built-in functions without a class of their own: the key is
    the attribute's)."""
    for w_t in BUILTIN_TYPES:
        if w_t.is_heaptype:
            continue
        key = _type_key(w_t)
        if w_t.doc is None and "__doc__" not in w_t.dict_w and key in DOCS:
            w_t.doc = DOCS[key]
        for aname, w_attr in w_t.dict_w.items():
            w_f: W_Root | None = None
            if isinstance(w_attr, W_ClassMethod) or isinstance(w_attr, W_StaticMethod):
                w_f = w_attr.w_function
            if isinstance(w_f, W_BuiltinFunction) and w_f.doc is None and key + "." + aname in DOCS:
                w_f.doc = DOCS[key + "." + aname]
                # the wrapper shows it as its own (copy_wrapped_attrs, 3.10+)
                assert isinstance(w_attr, W_ClassMethod) or isinstance(w_attr, W_StaticMethod)
                w_attr.setattr_in_map("__doc__", W_StrObject(w_f.doc))


def _module_function_key(w: W_BuiltinFunction) -> str:
    """"module.function" of a built-in function of a module (builtins
    when it has none)."""
    modname = "builtins"
    w_mod = w.w_module
    if w_mod is not None:
        w_name = space.getattr_or_none(w_mod, "__name__")
        if isinstance(w_name, W_StrObject):
            modname = w_name.as_str()
    return modname + "." + w.name


def builtin_get_text_signature(w: W_Root) -> W_Root:
    assert isinstance(w, W_BuiltinFunction)
    w_cls = w.w_objclass
    if w_cls is not None:
        if w_cls.is_heaptype:
            return w_None
        modname = space.module_name_of(w_cls)
        key = w_cls.name + "." + w.name
        if modname != "builtins":
            key = modname + "." + key
    else:
        key = _module_function_key(w)
    if key in TEXT_SIGNATURES:
        return W_StrObject(TEXT_SIGNATURES[key])
    return w_None


for _t in [w_builtin_function_type, w_method_descriptor_type]:
    getset(_t, "__text_signature__", builtin_get_text_signature)
for _t in [w_builtin_function_type, w_method_descriptor_type, w_wrapper_descriptor_type,
           w_method_wrapper_type]:
    getset(_t, "__doc__", builtin_get_doc)
for _t in [w_getset_descriptor_type, w_member_descriptor_type]:
    getset(_t, "__doc__", descr_get_doc)


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
