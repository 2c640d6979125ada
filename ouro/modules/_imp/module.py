"""The `_imp` module: the low-level import functions the pure-Python
importlib (CPython's Lib/importlib/_bootstrap*.py) calls, as CPython 3.11's
Python/import.c provides them.

Built-in modules are those of ouro/modules/registry.py plus `sys` and
`builtins` (is_builtin() gives -1 for those two, which cannot be created
again, as CPython's).  There are no frozen modules and no extension
modules: is_frozen() is False, find_frozen() None, extension_suffixes()
empty.  The import lock is a counter (one thread).

When the package `importlib` has been imported, ouro/interpreter/importing
puts importlib's BuiltinImporter, FrozenImporter and PathFinder into
sys.meta_path (and FileFinder into sys.path_hooks), as CPython's startup
does: importlib.import_module() and importlib.util.find_spec() then find
modules that are not imported yet.  The `import` statement keeps using the
interpreter's own import system.
"""
from __future__ import annotations

from rpy.rlib.rarithmetic import intmask, r_uint

from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.interpreter.pycode import W_CodeConst
from ouro.modules import registry
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.siphash import siphash13
from ouro.objspace.bytesobject import W_BytesObject, buffer_w, wrap_bytes
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_ImportError, w_RuntimeError, w_TypeError)
from ouro.objspace.gateway import register
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, type_name, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.compiler.pycache import set_filename


class LockState:
    count: int

    def __init__(self) -> None:
        self.count = 0


LOCK = LockState()


def _name(w: W_Root | None, fname: str) -> str:
    assert w is not None
    if not isinstance(w, W_StrObject):
        raise operr(w_TypeError, "%s() argument must be str, not %s" % (fname, type_name(w)))
    return w.as_str()


def builtin_kind(name: str) -> int:
    """1: a built-in module; -1: one that cannot be initialized again (sys,
    builtins); 0: not built in."""
    if name == "sys" or name == "builtins":
        return -1
    if name in registry.MODULES:
        return 1
    return 0


def imp_lock_held(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(LOCK.count > 0)


def imp_acquire_lock(slots: list[W_Root | None]) -> W_Root:
    LOCK.count += 1
    return w_None


def imp_release_lock(slots: list[W_Root | None]) -> W_Root:
    if LOCK.count == 0:
        raise operr(w_RuntimeError, "not holding the import lock")
    LOCK.count -= 1
    return w_None


def imp_is_builtin(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(builtin_kind(_name(slots[0], "is_builtin")))


def imp_is_frozen(slots: list[W_Root | None]) -> W_Root:
    _name(slots[0], "is_frozen")
    return space.wrap_bool(False)


def no_frozen(name: str) -> OperationError:
    w_exc = W_BaseException(w_ImportError, [space.wrap_str("No such frozen object named '%s'"
                                                            % name)])
    w_exc.set_member("name", space.wrap_str(name))
    return OperationError(w_exc)


def imp_is_frozen_package(slots: list[W_Root | None]) -> W_Root:
    raise no_frozen(_name(slots[0], "is_frozen_package"))


def imp_find_frozen(slots: list[W_Root | None]) -> W_Root:
    _name(slots[0], "find_frozen")
    return w_None


def imp_get_frozen_object(slots: list[W_Root | None]) -> W_Root:
    raise no_frozen(_name(slots[0], "get_frozen_object"))


def imp_init_frozen(slots: list[W_Root | None]) -> W_Root:
    _name(slots[0], "init_frozen")
    return w_None


def imp_frozen_module_names(slots: list[W_Root | None]) -> W_Root:
    return space.newtuple([])


def imp_override_frozen(slots: list[W_Root | None]) -> W_Root:
    return w_None


def imp_create_builtin(slots: list[W_Root | None]) -> W_Root:
    w_spec = slots[0]
    assert w_spec is not None
    w_name = space.getattr(w_spec, "name")
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "name must be string, not %s" % type_name(w_name))
    name = w_name.as_str()
    state = importing.STATE
    if name in state.builtin_modules:
        return state.builtin_modules[name]
    if name == "sys" or name == "builtins":
        w_mod = state.w_modules.getitem_str(name)
        if w_mod is not None:
            return w_mod
    if name in registry.MODULES:
        w_new = registry.MODULES[name]()
        w_new.builtin = True
        # its functions' __self__ and __module__ (pickle finds them by it)
        importing.bind_module_functions(w_new)
        state.builtin_modules[name] = w_new
        return w_new
    # CPython: a module object without initialization function
    return W_Module(name, None)


def imp_exec_builtin(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def imp_create_dynamic(slots: list[W_Root | None]) -> W_Root:
    w_spec = slots[0]
    assert w_spec is not None
    w_name = space.getattr(w_spec, "name")
    name = space.str_str(w_name)
    w_exc = W_BaseException(w_ImportError, [space.wrap_str(
        "extension modules are not supported: %s" % name)])
    w_exc.set_member("name", w_name)
    raise OperationError(w_exc)


def imp_exec_dynamic(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(0)


def imp_extension_suffixes(slots: list[W_Root | None]) -> W_Root:
    return W_ListObject([])


def imp_fix_co_filename(slots: list[W_Root | None]) -> W_Root:
    w_code = slots[0]
    w_path = slots[1]
    assert w_code is not None and w_path is not None
    if not isinstance(w_code, W_CodeConst):
        raise operr(w_TypeError, "_fix_co_filename() argument 1 must be code, not %s"
                    % type_name(w_code))
    if not isinstance(w_path, W_StrObject):
        raise operr(w_TypeError, "_fix_co_filename() argument 2 must be str, not %s"
                    % type_name(w_path))
    set_filename(w_code.pycode.co, w_path.as_str())
    return w_None


# -- source_hash: SipHash-1-3 keyed with (key, 0), as CPython's _Py_KeyedHash


def imp_source_hash(slots: list[W_Root | None]) -> W_Root:
    w_key = slots[0]
    w_source = slots[1]
    assert w_key is not None and w_source is not None
    key = space.int_of_w(w_key)
    data = buffer_w(w_source)
    h = siphash13(r_uint(key), r_uint(0), data)
    out: list[int] = []
    for j in range(8):
        out.append(intmask(h >> (8 * j)) & 0xff)
    return wrap_bytes(bytes(out))


FUNCTIONS = [
    register(None, "lock_held(/)", imp_lock_held),
    register(None, "acquire_lock(/)", imp_acquire_lock),
    register(None, "release_lock(/)", imp_release_lock),
    register(None, "is_builtin(name, /)", imp_is_builtin),
    register(None, "is_frozen(name, /)", imp_is_frozen),
    register(None, "is_frozen_package(name, /)", imp_is_frozen_package),
    register(None, "find_frozen(name, /, *, withdata=)", imp_find_frozen),
    register(None, "get_frozen_object(name, data=, /)", imp_get_frozen_object),
    register(None, "init_frozen(name, /)", imp_init_frozen),
    register(None, "_frozen_module_names(/)", imp_frozen_module_names),
    register(None, "_override_frozen_modules_for_tests(override, /)", imp_override_frozen),
    register(None, "create_builtin(spec, /)", imp_create_builtin),
    register(None, "exec_builtin(mod, /)", imp_exec_builtin),
    register(None, "create_dynamic(spec, file=, /)", imp_create_dynamic),
    register(None, "exec_dynamic(mod, /)", imp_exec_dynamic),
    register(None, "extension_suffixes(/)", imp_extension_suffixes),
    register(None, "_fix_co_filename(code, path, /)", imp_fix_co_filename),
    register(None, "source_hash(key, source)", imp_source_hash),
]


def make_module() -> W_Module:
    w_mod = W_Module("_imp", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str(
        "(Extremely) low-level import machinery bits as used by importlib and imp."))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("check_hash_based_pycs", space.wrap_str("default"))
    return w_mod


register_module("_imp", make_module)

_unused = [EXCEPTION_TYPES, W_BytesObject]
