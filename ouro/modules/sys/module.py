"""The `sys` module: argv, path, modules, the standard streams, exit,
exc_info/exception, version information, recursion limit."""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.interpreter import importing
from ouro.interpreter.module import W_Module
from ouro.modules import registry
from ouro.interpreter.output import STDERR, STDOUT, OutputStream
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (OperationError, W_BaseException, operr, w_SystemExit,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.namespaceobject import w_namespace_type
from ouro.objspace.objectobject import W_Instance
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

w_stdstream_type = make_builtin_type("TextIOWrapper", [w_object_type], LAYOUT_OTHER)


class W_StdStream(W_Root):
    """sys.stdout / sys.stderr: text written to the interpreter's buffered
    streams."""
    stream: OutputStream
    name: str

    def __init__(self, stream: OutputStream, name: str) -> None:
        self.stream = stream
        self.name = name

    def getclass(self) -> W_TypeObject:
        return w_stdstream_type


def stream_write(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    w_s = slots[1]
    assert isinstance(w_self, W_StdStream)
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "write() argument must be str, not %s"
                    % (type_name(w_s) if w_s is not None else "None"))
    w_self.stream.write(w_s.value)
    return wrap_int(len(w_s.value))


def stream_flush(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_StdStream)
    w_self.stream.flush()
    return w_None


def stream_isatty(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(False)


def stream_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = slots[0]
    assert isinstance(w_self, W_StdStream)
    return space.wrap_str("<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>"
                          % w_self.name)


register(w_stdstream_type, "write(self, s, /)", stream_write)
register(w_stdstream_type, "flush(self, /)", stream_flush)
register(w_stdstream_type, "isatty(self, /)", stream_isatty)
register(w_stdstream_type, "__repr__(self, /)", stream_repr)


def sys_exit(slots: list[W_Root | None]) -> W_Root:
    w_code = slots[0]
    args_w: list[W_Root] = []
    if w_code is not None:
        args_w.append(w_code)
    raise OperationError(W_BaseException(w_SystemExit, args_w))


def sys_exc_info(slots: list[W_Root | None]) -> W_Root:
    w_exc = framemod.EC.w_handled
    if w_exc is w_None:
        return W_TupleObject([w_None, w_None, w_None])
    return W_TupleObject([w_exc.getclass(), w_exc, framemod.traceback_object(w_exc)])


def sys_exception(slots: list[W_Root | None]) -> W_Root:
    return framemod.EC.w_handled


def sys_getrecursionlimit(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(framemod.EC.recursion_limit)


def sys_setrecursionlimit(slots: list[W_Root | None]) -> W_Root:
    w_n = slots[0]
    assert w_n is not None
    n = space.int_of_w(w_n)
    if n < 1:
        raise operr(w_ValueError, "recursion limit must be greater or equal than 1")
    framemod.EC.recursion_limit = n
    return w_None


def sys_intern(slots: list[W_Root | None]) -> W_Root:
    w_s = slots[0]
    assert w_s is not None
    return w_s


def sys_getframe(args: Arguments) -> W_Root:
    depth = 0
    if len(args.args_w) > 0:
        depth = space.int_of_w(args.args_w[0])
    f = framemod.EC.topframe
    while depth > 0 and f is not None:
        f = f.back
        depth -= 1
    if f is None:
        raise operr(w_ValueError, "call stack is not deep enough")
    return f


FUNCTIONS = [
    register(None, "exit(status=, /)", sys_exit),
    register(None, "exc_info()", sys_exc_info),
    register(None, "exception()", sys_exception),
    register(None, "getrecursionlimit()", sys_getrecursionlimit),
    register(None, "setrecursionlimit(limit, /)", sys_setrecursionlimit),
    register(None, "intern(string, /)", sys_intern),
    register_raw(None, "_getframe", sys_getframe),
]


def sys_getfilesystemencoding(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("utf-8")


def sys_getfilesystemencodeerrors(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("surrogateescape")


def sys_audit(args: Arguments) -> W_Root:
    """No audit hooks: nothing to call."""
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "audit() missing 1 required positional argument: 'event'")
    return w_None


FS_FUNCTIONS = [
    register_raw(None, "audit", sys_audit),
    register(None, "getfilesystemencoding()", sys_getfilesystemencoding),
    register(None, "getfilesystemencodeerrors()", sys_getfilesystemencodeerrors),
]


def sorted_module_names(extra: list[str]) -> list[str]:
    """sys.builtin_module_names: the registry's modules and `extra`, sorted."""
    names = registry.builtin_module_names()
    for n in extra:
        if n not in names:
            names.append(n)
    names.sort()
    return names


def make_sys_module(argv: list[str], path: list[str], executable: str) -> W_Module:
    w_mod = W_Module("sys", None)
    d = w_mod.w_dict
    for w_f in FUNCTIONS + FS_FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("argv", W_ListObject([space.wrap_str(a) for a in argv]))
    state = importing.STATE
    state.w_path = W_ListObject([space.wrap_str(p) for p in path])
    d.setitem_str("path", state.w_path)
    d.setitem_str("modules", state.w_modules)
    w_out = W_StdStream(STDOUT, "stdout")
    w_err = W_StdStream(STDERR, "stderr")
    d.setitem_str("stdout", w_out)
    d.setitem_str("stderr", w_err)
    d.setitem_str("__stdout__", w_out)
    d.setitem_str("__stderr__", w_err)
    framemod.REFS.w_default_stdout = w_out
    framemod.REFS.w_sys_dict = d
    d.setitem_str("version", space.wrap_str("3.11.7 (ouro) [RPy]"))
    d.setitem_str("version_info", W_TupleObject([wrap_int(3), wrap_int(11), wrap_int(7),
                                                 space.wrap_str("final"), wrap_int(0)]))
    d.setitem_str("hexversion", wrap_int(0x030B07F0))
    d.setitem_str("platform", space.wrap_str("linux"))
    d.setitem_str("byteorder", space.wrap_str("little"))
    d.setitem_str("maxsize", wrap_int(9223372036854775807))
    d.setitem_str("maxunicode", wrap_int(0x10FFFF))
    d.setitem_str("executable", space.wrap_str(executable))
    d.setitem_str("builtin_module_names", W_TupleObject(
        [space.wrap_str(n) for n in sorted_module_names(["builtins", "sys"])]))
    d.setitem_str("dont_write_bytecode", space.wrap_bool(False))
    w_impl = W_Instance(w_namespace_type)
    w_impl.setattr_in_map("name", space.wrap_str("ouro"))
    w_impl.setattr_in_map("cache_tag", space.wrap_str("ouro-311"))
    w_vi = d.getitem_str("version_info")
    w_impl.setattr_in_map("version", w_vi if w_vi is not None else w_None)
    w_impl.setattr_in_map("hexversion", wrap_int(0x030B07F0))
    w_impl.setattr_in_map("_multiarch", space.wrap_str("x86_64-linux-gnu"))
    d.setitem_str("implementation", w_impl)
    d.setitem_str("meta_path", W_ListObject([]))
    d.setitem_str("path_hooks", W_ListObject([]))
    d.setitem_str("path_importer_cache", W_DictObject())
    return w_mod
