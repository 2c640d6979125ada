"""The `sys` module: argv, path, modules, the standard streams, exit,
exc_info/exception, version information, recursion limit."""
from __future__ import annotations

from rpy.rlib import ros, rthread

from ouro.interpreter import frame as framemod
from ouro.interpreter import cmdline, finalizers, importing, tracing, unraisable
from ouro.interpreter.module import W_Module
from ouro.interpreter.traceback import format_uncaught
from ouro.modules import registry
from ouro.modules._warnings import core as warnings_core
from ouro.modules.sys import asyncgenhooks, audit
from ouro.modules._io.module import make_std_streams
from ouro.modules._thread.module import current_exceptions, current_frames
from ouro.modules.posix.structseq import forbid_new, make_structseq, new_structseq
from ouro.interpreter.output import STDERR, STDOUT, OutputStream
from ouro.objspace import space
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_AttributeError, w_SystemExit,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import W_BuiltinSlots, register, register_raw
from ouro.objspace.intobject import INT_CONFIG, float_of_w, wrap_int
from ouro.objspace.floatobject import wrap_float
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.setobject import W_FrozensetObject, set_add_key
from ouro.objspace.namespaceobject import w_namespace_type
from ouro.objspace.objectobject import W_Instance
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace import sizeof
from ouro.objspace.strobject import W_StrObject, intern_w, w_str_type
from ouro.objspace.tupleobject import W_TupleObject

def sys_exit(slots: list[W_Root | None]) -> W_Root:
    """As PyErr_SetObject(SystemExit, status): a SystemExit instance is
    raised as it is, a tuple gives the exception's args, None none."""
    w_code = slots[0]
    if isinstance(w_code, W_BaseException) and w_code.getclass().issubtype(w_SystemExit):
        raise OperationError(w_code)
    args_w: list[W_Root] = []
    if isinstance(w_code, W_TupleObject):
        args_w = list(w_code.items_w)
    elif w_code is not None and w_code is not w_None:
        args_w.append(w_code)
    raise OperationError(W_BaseException(w_SystemExit, args_w))


def sys_exc_info(slots: list[W_Root | None]) -> W_Root:
    return framemod.exc_info_tuple(framemod.get_ec().w_handled)


def sys_exception(slots: list[W_Root | None]) -> W_Root:
    return framemod.get_ec().w_handled


def sys_getrecursionlimit(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(framemod.get_ec().recursion_limit)


def sys_setrecursionlimit(slots: list[W_Root | None]) -> W_Root:
    w_n = slots[0]
    assert w_n is not None
    n = space.int_of_w(w_n)
    if n < 1:
        raise operr(w_ValueError, "recursion limit must be greater or equal than 1")
    framemod.get_ec().recursion_limit = n
    framemod.RECURSION.limit = n
    return w_None


def sys_getswitchinterval(slots: list[W_Root | None]) -> W_Root:
    return wrap_float(rthread.get_switch_interval() / 1e6)


def sys_setswitchinterval(slots: list[W_Root | None]) -> W_Root:
    w_n = slots[0]
    assert w_n is not None
    seconds = float_of_w(w_n)
    if not (seconds > 0.0):
        raise operr(w_ValueError, "switch interval must be strictly positive")
    us = seconds * 1e6
    rthread.set_switch_interval(int(us) if us < 1e12 else 1000000000000)
    return w_None


def sys_intern(slots: list[W_Root | None]) -> W_Root:
    w_s = slots[0]
    assert w_s is not None
    if not isinstance(w_s, W_StrObject):
        raise operr(w_TypeError, "intern() argument must be str, not %s" % type_name(w_s))
    if w_s.getclass() is not w_str_type:
        raise operr(w_TypeError, "can't intern %s" % type_name(w_s))
    return intern_w(w_s)


def sys_getframe(args: Arguments) -> W_Root:
    depth = 0
    if args.has_keywords():
        raise operr(w_TypeError, "sys._getframe() takes no keyword arguments")
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "_getframe expected at most 1 argument, got %d" % len(args.args_w))
    if len(args.args_w) > 0:
        depth = space.int_of_w(args.args_w[0])
    f = framemod.get_ec().topframe
    while depth > 0 and f is not None:
        f = f.back
        depth -= 1
    if f is None:
        raise operr(w_ValueError, "call stack is not deep enough")
    return f


def sys_current_frames(slots: list[W_Root | None]) -> W_Root:
    return current_frames()


def sys_current_exceptions(slots: list[W_Root | None]) -> W_Root:
    return current_exceptions()


def sys_getdefaultencoding(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("utf-8")


def sys_is_finalizing(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(finalizers.STATE.finalizing)


def sys_getrefcount(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(2)


def sys_getsizeof(slots: list[W_Root | None]) -> W_Root:
    w_obj = slots[0]
    assert w_obj is not None
    w_default = slots[1]
    try:
        return wrap_int(sizeof.getsizeof(w_obj))
    except OperationError as e:
        if w_default is not None and e.match(w_TypeError):
            return w_default
        raise


def sys_set_int_max_str_digits(slots: list[W_Root | None]) -> W_Root:
    w_n = slots[0]
    assert w_n is not None
    n = space.int_of_w(w_n)
    if n != 0 and n < 640:
        raise operr(w_ValueError, "maxdigits must be 0 or larger than 640")
    INT_CONFIG.max_str_digits = n
    return w_None


def sys_get_int_max_str_digits(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(INT_CONFIG.max_str_digits)


def sys_excepthook(slots: list[W_Root | None]) -> W_Root:
    """Prints an exception and its traceback on stderr, as CPython's."""
    w_value = slots[1]
    assert w_value is not None
    STDOUT.flush_quietly()
    w_err = framemod.REFS.w_sys_dict.getitem_str("stderr")
    if isinstance(w_value, W_BaseException):
        text = format_uncaught(w_value)
    else:       # PyErr_Display's message, not an exception
        text = "TypeError: print_exception(): Exception expected for value, %s found\n" % (
            w_value.getclass().name)
    if w_err is not None:
        space.call_method(w_err, "write", [space.wrap_str(text)])
        space.call_method(w_err, "flush", [])
    return w_None


def sys_gettrace(slots: list[W_Root | None]) -> W_Root:
    w_f = framemod.get_ec().w_tracefunc
    return w_None if w_f is None else w_f


def sys_settrace(slots: list[W_Root | None]) -> W_Root:
    """The running thread's trace function (ouro/interpreter/tracing.py);
    None removes it."""
    w_f = slots[0]
    framemod.get_ec().w_tracefunc = None if w_f is None or w_f is w_None else w_f
    return w_None


def sys_getprofile(slots: list[W_Root | None]) -> W_Root:
    w_f = framemod.get_ec().w_profilefunc
    return w_None if w_f is None else w_f


def sys_setprofile(slots: list[W_Root | None]) -> W_Root:
    w_f = slots[0]
    tracing.set_profile(framemod.get_ec(), None if w_f is None or w_f is w_None else w_f)
    return w_None


def sys_call_tracing(slots: list[W_Root | None]) -> W_Root:
    """func(*args) with events reported again, even from inside a trace
    function (pdb's `debug` command)."""
    w_func = slots[0]
    w_args = slots[1]
    assert w_func is not None and w_args is not None
    if not isinstance(w_args, W_TupleObject):
        raise operr(w_TypeError, "call_tracing() argument 2 must be tuple, not %s"
                    % type_name(w_args))
    ec = framemod.get_ec()
    saved = ec.tracing
    ec.tracing = 0
    try:
        return space.call_function(w_func, w_args.items_w)
    finally:
        ec.tracing = saved


def sys_breakpointhook(args: Arguments) -> W_Root:
    """CPython's default hook: $PYTHONBREAKPOINT names the callable
    (pdb.set_trace when unset or empty, nothing when "0"; ignored under
    -E), called with breakpoint()'s arguments."""
    envar: str | None = None
    w_flags = framemod.REFS.w_sys_dict.getitem_str("flags")
    if w_flags is None or not space.is_true(space.getattr(w_flags, "ignore_environment")):
        envar = ros.getenv("PYTHONBREAKPOINT")
    if envar is None or envar == "":
        envar = "pdb.set_trace"
    elif envar == "0":
        return w_None
    dot = envar.rfind(".")
    modulepath = "builtins"
    attrname = envar
    ok = True
    if dot == 0:
        ok = False
    elif dot > 0:
        modulepath = envar[:dot]
        attrname = envar[dot + 1:]
    w_hook: W_Root | None = None
    if ok:
        try:
            w_mod = importing.import_one(modulepath)
            w_hook = space.getattr(w_mod, attrname)
        except OperationError as e:
            if not (e.match(EXCEPTION_TYPES["ImportError"]) or e.match(w_AttributeError)):
                raise
            w_hook = None
    if w_hook is None:
        warnings_core.warn(EXCEPTION_TYPES["RuntimeWarning"],
                           "Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"" % envar, 0)
        return w_None
    return space.call_args(w_hook, args)


def sys_displayhook(slots: list[W_Root | None]) -> W_Root:
    w_v = slots[0]
    assert w_v is not None
    importing.display_hook(w_v)
    return w_None


FUNCTIONS = [
    register(None, "getdefaultencoding()", sys_getdefaultencoding),
    register(None, "is_finalizing()", sys_is_finalizing),
    register(None, "getrefcount(object, /)", sys_getrefcount),
    register(None, "getsizeof(object, default=, /)", sys_getsizeof),
    register(None, "set_int_max_str_digits(maxdigits)", sys_set_int_max_str_digits),
    register(None, "get_int_max_str_digits()", sys_get_int_max_str_digits),
    register(None, "displayhook(object, /)", sys_displayhook),
    register_raw(None, "breakpointhook", sys_breakpointhook),
    register(None, "gettrace()", sys_gettrace),
    register(None, "settrace(function, /)", sys_settrace),
    register(None, "getprofile()", sys_getprofile),
    register(None, "call_tracing(func, args, /)", sys_call_tracing),
    register(None, "setprofile(function, /)", sys_setprofile),
    register(None, "excepthook(exctype, value, traceback, /)", sys_excepthook),
    register(None, "exit(status=, /)", sys_exit),
    register(None, "exc_info()", sys_exc_info),
    register(None, "exception()", sys_exception),
    register(None, "getrecursionlimit()", sys_getrecursionlimit),
    register(None, "setrecursionlimit(limit, /)", sys_setrecursionlimit),
    register(None, "getswitchinterval()", sys_getswitchinterval),
    register(None, "setswitchinterval(interval, /)", sys_setswitchinterval),
    register(None, "intern(string, /)", sys_intern),
    register_raw(None, "_getframe", sys_getframe),
    register(None, "_current_frames()", sys_current_frames),
    register(None, "_current_exceptions()", sys_current_exceptions),
]


# METH_NOARGS: its argument error names the module
for _cf in FUNCTIONS[-2:]:
    assert isinstance(_cf, W_BuiltinSlots)
    _cf.sig.qualname = "sys." + _cf.sig.name


def sys_getfilesystemencoding(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("utf-8")


def sys_getfilesystemencodeerrors(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("surrogateescape")


FS_FUNCTIONS = [
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


def _install_prefix() -> str:
    """sys.prefix: the prefix of the CPython whose Lib/ ouro uses (so that
    `site` finds that installation's site-packages)."""
    import sys as _sys
    return _sys.base_prefix


PREFIX = _install_prefix()

FLAGS = make_structseq("flags", "sys", [
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
    "int_max_str_digits"], 18)


VERSION_INFO = make_structseq("version_info", "sys", [
    "major", "minor", "micro", "releaselevel", "serial"], 5)
forbid_new(FLAGS)
forbid_new(VERSION_INFO)

FLOAT_INFO = make_structseq("float_info", "sys", [
    "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
    "epsilon", "radix", "rounds"], 11)

INT_INFO = make_structseq("int_info", "sys", [
    "bits_per_digit", "sizeof_digit", "default_max_str_digits",
    "str_digits_check_threshold"], 4)

HASH_INFO = make_structseq("hash_info", "sys", [
    "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
    "cutoff"], 9)

THREAD_INFO = make_structseq("thread_info", "sys", ["name", "lock", "version"], 3)


def _host_thread_info() -> tuple[str, str]:
    """sys.thread_info's lock and version: the C library's threads, as
    the CPython whose standard library we use reports them."""
    import sys as _sys
    return _sys.thread_info.lock or "", _sys.thread_info.version or ""


def _host_stdlib_module_names() -> list[str]:
    import sys as _sys
    return sorted(_sys.stdlib_module_names)


THREAD_LOCK, THREAD_VERSION = _host_thread_info()
STDLIB_MODULE_NAMES = _host_stdlib_module_names()


def make_flags(config: cmdline.Config) -> W_Root:
    """sys.flags from the command line."""
    ints = [config.debug, config.inspect, config.inspect, config.optimize,
            config.dont_write_bytecode, config.no_user_site, config.no_site,
            config.ignore_environment, config.verbose, config.bytes_warning, config.quiet,
            0 if config.hash_seed == 0 else 1,
            config.isolated]
    values_w: list[W_Root] = [wrap_int(v) for v in ints]
    values_w.append(space.wrap_bool(config.dev_mode))
    values_w.append(wrap_int(config.utf8_mode))
    values_w.append(wrap_int(config.warn_default_encoding))
    values_w.append(space.wrap_bool(config.safe_path))
    values_w.append(wrap_int(-1))
    return new_structseq(FLAGS, values_w)


def make_sys_module(config: cmdline.Config, path: list[str], executable: str) -> W_Module:
    argv = config.args
    w_mod = W_Module("sys", None)
    w_mod.builtin = True
    d = w_mod.w_dict
    for w_f in FUNCTIONS + FS_FUNCTIONS + asyncgenhooks.FUNCTIONS + audit.FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("unraisablehook", unraisable.W_DEFAULT_HOOK)
    for hook in ["excepthook", "displayhook", "unraisablehook", "breakpointhook"]:
        w_h = d.getitem_str(hook)
        if w_h is not None:
            d.setitem_str("__%s__" % hook, w_h)
    d.setitem_str("argv", W_ListObject([space.wrap_str(a) for a in argv]))
    state = importing.STATE
    state.w_path = W_ListObject([space.wrap_str(p) for p in path])
    d.setitem_str("path", state.w_path)
    d.setitem_str("modules", state.w_modules)
    # _io.TextIOWrapper objects
    w_in, w_out, w_err = make_std_streams(config.unbuffered, config.getenv("PYTHONIOENCODING"))
    d.setitem_str("stdin", w_in)
    d.setitem_str("stdout", w_out)
    d.setitem_str("stderr", w_err)
    d.setitem_str("__stdin__", w_in)
    d.setitem_str("__stdout__", w_out)
    d.setitem_str("__stderr__", w_err)
    framemod.REFS.w_default_stdout = w_out
    framemod.REFS.w_sys_dict = d
    d.setitem_str("version", space.wrap_str("3.11.7 (ouro) [RPy]"))
    d.setitem_str("version_info", new_structseq(VERSION_INFO, [
        wrap_int(3), wrap_int(11), wrap_int(7), space.wrap_str("final"), wrap_int(0)]))
    d.setitem_str("hexversion", wrap_int(0x030B07F0))
    d.setitem_str("platform", space.wrap_str("linux"))
    d.setitem_str("byteorder", space.wrap_str("little"))
    d.setitem_str("maxsize", wrap_int(9223372036854775807))
    d.setitem_str("maxunicode", wrap_int(0x10FFFF))
    d.setitem_str("executable", space.wrap_str(executable))
    d.setitem_str("builtin_module_names", W_TupleObject(
        [space.wrap_str(n) for n in sorted_module_names(["builtins", "sys"])]))
    d.setitem_str("dont_write_bytecode", space.wrap_bool(config.dont_write_bytecode != 0))
    w_impl = W_Instance(w_namespace_type)
    w_impl.setattr_in_map("name", space.wrap_str("ouro"))
    w_impl.setattr_in_map("cache_tag", space.wrap_str("ouro-311"))
    w_vi = d.getitem_str("version_info")
    w_impl.setattr_in_map("version", w_vi if w_vi is not None else w_None)
    w_impl.setattr_in_map("hexversion", wrap_int(0x030B07F0))
    w_impl.setattr_in_map("_multiarch", space.wrap_str("x86_64-linux-gnu"))
    d.setitem_str("implementation", w_impl)
    d.setitem_str("warnoptions", W_ListObject([space.wrap_str(w) for w in config.warnoptions]))
    w_xoptions = W_DictObject()
    for x in config.xoptions:
        eq = x.find("=")
        if eq >= 0:
            w_xoptions.setitem_str(x[:eq], space.wrap_str(x[eq + 1:]))
        else:
            w_xoptions.setitem_str(x, space.wrap_bool(True))
    d.setitem_str("_xoptions", w_xoptions)
    d.setitem_str("flags", make_flags(config))
    for name, value in [("prefix", PREFIX), ("exec_prefix", PREFIX), ("base_prefix", PREFIX),
                        ("base_exec_prefix", PREFIX), ("platlibdir", "lib"), ("abiflags", ""),
                        ("copyright", "Copyright (c) the Ouroboros authors; Python (c) PSF.")]:
        d.setitem_str(name, space.wrap_str(value))
    d.setitem_str("pycache_prefix", w_None)
    d.setitem_str("_stdlib_dir", space.wrap_str(importing.STDLIB_PATH))
    d.setitem_str("api_version", wrap_int(1013))
    d.setitem_str("orig_argv", W_ListObject([space.wrap_str(a) for a in config.orig_argv]))
    d.setitem_str("hash_info", new_structseq(HASH_INFO, [
        wrap_int(64), wrap_int((1 << 61) - 1), wrap_int(314159), wrap_int(0), wrap_int(1000003),
        space.wrap_str("siphash13"), wrap_int(64), wrap_int(128), wrap_int(0)]))
    d.setitem_str("int_info", new_structseq(INT_INFO, [
        wrap_int(30), wrap_int(4), wrap_int(4300), wrap_int(640)]))
    d.setitem_str("float_info", new_structseq(FLOAT_INFO, [
        wrap_float(1.7976931348623157e+308), wrap_int(1024), wrap_int(308),
        wrap_float(2.2250738585072014e-308), wrap_int(-1021), wrap_int(-307), wrap_int(15),
        wrap_int(53), wrap_float(2.220446049250313e-16), wrap_int(2), wrap_int(1)]))
    d.setitem_str("thread_info", new_structseq(THREAD_INFO, [
        space.wrap_str("pthread"), space.wrap_str(THREAD_LOCK) if THREAD_LOCK else w_None,
        space.wrap_str(THREAD_VERSION) if THREAD_VERSION else w_None]))
    d.setitem_str("float_repr_style", space.wrap_str("short"))
    w_names = W_FrozensetObject()
    for n in STDLIB_MODULE_NAMES:
        set_add_key(w_names, space.wrap_str(n))
    d.setitem_str("stdlib_module_names", w_names)
    d.setitem_str("meta_path", W_ListObject([]))
    d.setitem_str("path_hooks", W_ListObject([]))
    d.setitem_str("path_importer_cache", W_DictObject())
    return w_mod
