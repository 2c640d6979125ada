"""The built-in functions of the `builtins` module, and `setup()`, which
builds the module's namespace: these functions, the built-in types, the
exception classes and the constants.
"""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.interpreter import importing
from ouro.interpreter.function import W_Function
from ouro.interpreter.module import W_Module
from ouro.modules.builtins import asyncfuncs
from ouro.interpreter import superobject  # noqa: F401  (the super type)
from ouro.objspace.descriptors import (W_Cell, W_ClassMethod, W_StaticMethod, w_classmethod_type,
                                       w_property_type, w_staticmethod_type)
from ouro.interpreter.output import STDOUT, write_text
from ouro.modules._io import module as io_module
from ouro.compiler.codegen import compile_eval, compile_single, compile_source
from ouro.modules._ast import convert as ast_convert
from ouro.modules._ast.module import PyCF_ALLOW_INCOMPLETE_INPUT, PyCF_DONT_IMPLY_DEDENT
from ouro.interpreter.pycode import PyCode, W_CodeConst
from ouro.objspace import bytesobject, intobject, space
from ouro.parser.errors import SourceError
from ouro.objspace.boolobject import W_BoolObject, w_bool_type, w_False, w_True
from ouro.objspace.dictobject import W_DictObject, w_dict_type
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, operr, operr_noarg,
                                      w_AttributeError,
                                      w_OverflowError, w_RuntimeError, w_StopIteration,
                                      w_TypeError, w_ValueError)
from ouro.objspace.gateway import BuiltinFn, RawFn, register, register_raw, too_many_error
from ouro.objspace.intobject import W_IntObject, w_int_type, wrap_int
from ouro.objspace.listobject import W_ListObject, w_list_type
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 tp_name, type_name, w_Ellipsis, w_None, w_NotImplemented, w_object_type,
                                 w_type_type)
from ouro.objspace.objectobject import calculate_metaclass
from ouro.objspace.strobject import W_StrObject, w_str_type
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type

BUILTIN_FUNCTIONS: list[W_Root] = []


def builtin(spec: str, fn: BuiltinFn) -> None:
    BUILTIN_FUNCTIONS.append(register(None, spec, fn))


def builtin_raw(name: str, fn: RawFn) -> None:
    BUILTIN_FUNCTIONS.append(register_raw(None, name, fn))


def _arg(slots: list[W_Root | None], i: int) -> W_Root:
    w = slots[i]
    return w if w is not None else w_None


# -- output

def b_print(args: Arguments) -> W_Root:
    w_sep: W_Root = w_None
    w_end: W_Root = w_None
    w_file: W_Root = w_None
    w_flush: W_Root = w_False
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        w_v = args.kw_values_w[k]
        if name == "sep":
            w_sep = w_v
        elif name == "end":
            w_end = w_v
        elif name == "file":
            w_file = w_v
        elif name == "flush":
            w_flush = w_v
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for print()" % name)
        k += 1
    sep = " "
    if w_sep is not w_None:
        if not isinstance(w_sep, W_StrObject):
            raise operr(w_TypeError, "sep must be None or a string, not %s" % type_name(w_sep))
        sep = w_sep.as_str()
    end = "\n"
    if w_end is not w_None:
        if not isinstance(w_end, W_StrObject):
            raise operr(w_TypeError, "end must be None or a string, not %s" % type_name(w_end))
        end = w_end.as_str()
    parts: list[str] = []
    i = 0
    for w_a in args.args_w:
        if i > 0:
            parts.append(sep)
        parts.append(space.str_str(w_a))
        i += 1
    parts.append(end)
    text = "".join(parts)
    if w_file is w_None:
        w_file = framemod.sys_stdout()
    if w_file is w_None:
        STDOUT.write(text)
        if space.is_true(w_flush):
            STDOUT.flush()
    else:
        # CPython writes each argument, separator and the end separately
        for piece in parts:
            space.call_method(w_file, "write", [space.wrap_str(piece)])
        if space.is_true(w_flush):
            space.call_method(w_file, "flush", [])
    return w_None


# -- introspection

def b_repr(slots: list[W_Root | None]) -> W_Root:
    return space.repr(_arg(slots, 0))


def b_ascii(slots: list[W_Root | None]) -> W_Root:
    return space.ascii(_arg(slots, 0))


def b_len(slots: list[W_Root | None]) -> W_Root:
    w = _arg(slots, 0)
    # the exact built-in containers without the call of their __len__
    if isinstance(w, W_ListObject) and w.getclass() is w_list_type:
        return wrap_int(w.length())
    if isinstance(w, W_TupleObject) and w.getclass() is w_tuple_type:
        return wrap_int(len(w.items_w))
    if isinstance(w, W_DictObject) and w.getclass() is w_dict_type:
        return wrap_int(w.used)
    return wrap_int(space.len_w(w))


def b_id(slots: list[W_Root | None]) -> W_Root:
    return space.id_w(_arg(slots, 0))


def b_hash(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(space.hash_w(_arg(slots, 0)))


def b_callable(slots: list[W_Root | None]) -> W_Root:
    w = _arg(slots, 0)
    return space.wrap_bool(space.callable_w(w))


def b_isinstance(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(space.isinstance_check(_arg(slots, 0), _arg(slots, 1)))


def b_issubclass(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_bool(space.issubclass_check(_arg(slots, 0), _arg(slots, 1)))


def b_getattr(slots: list[W_Root | None]) -> W_Root:
    w_obj = _arg(slots, 0)
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    w_default = slots[2]
    if w_default is None:
        return space.getattr(w_obj, w_name.as_str())
    try:
        return space.getattr(w_obj, w_name.as_str())
    except OperationError as e:
        if e.match(w_AttributeError):
            return w_default
        raise


def b_setattr(slots: list[W_Root | None]) -> W_Root:
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    space.setattr(_arg(slots, 0), w_name.as_str(), _arg(slots, 2))
    return w_None


def b_delattr(slots: list[W_Root | None]) -> W_Root:
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    space.delattr(_arg(slots, 0), w_name.as_str())
    return w_None


def b_hasattr(slots: list[W_Root | None]) -> W_Root:
    w_name = _arg(slots, 1)
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "attribute name must be string, not '%s'" % type_name(w_name))
    return space.wrap_bool(space.getattr_or_none(_arg(slots, 0), w_name.as_str()) is not None)


def b_iter(slots: list[W_Root | None]) -> W_Root:
    w_sentinel = slots[1]
    if w_sentinel is None:
        return space.iter(_arg(slots, 0))
    return space.callable_iter(_arg(slots, 0), w_sentinel)


def b_next(slots: list[W_Root | None]) -> W_Root:
    w_it = _arg(slots, 0)
    w_default = slots[1]
    if space.lookup(w_it, "__next__") is None:
        raise operr(w_TypeError, "'%s' object is not an iterator" % type_name(w_it))
    if w_default is None:
        # the StopIteration keeps its value (a generator's return value)
        return space.next(w_it)
    try:
        return space.next(w_it)
    except OperationError as e:
        if e.match(w_StopIteration):
            return w_default
        raise


def operr_stop() -> OperationError:
    return operr_noarg(w_StopIteration)


def check_no_args(args: Arguments, name: str) -> None:
    """CPython's METH_NOARGS check."""
    if args.has_keywords():
        raise operr(w_TypeError, "%s() takes no keyword arguments" % name)
    if len(args.args_w) > 0:
        raise operr(w_TypeError, "%s() takes no arguments (%d given)" % (name, len(args.args_w)))


def check_at_most_one(args: Arguments, name: str) -> None:
    """PyArg_UnpackTuple(args, name, 0, 1) of a function without keywords."""
    if args.has_keywords():
        raise operr(w_TypeError, "%s() takes no keyword arguments" % name)
    if len(args.args_w) > 1:
        raise operr(w_TypeError, "%s expected at most 1 argument, got %d" % (name, len(args.args_w)))


def b_globals(args: Arguments) -> W_Root:
    check_no_args(args, "globals")
    f = framemod.get_ec().topframe
    if f is None:
        return W_DictObject()
    return f.w_globals


def b_locals(args: Arguments) -> W_Root:
    check_no_args(args, "locals")
    f = framemod.get_ec().topframe
    if f is None:
        return W_DictObject()
    return framemod.frame_locals(f)


def b_vars(args: Arguments) -> W_Root:
    check_at_most_one(args, "vars")
    if len(args.args_w) == 0:
        return b_locals(args)
    w_obj = args.args_w[0]
    w_d = space.getattr_or_none(w_obj, "__dict__")
    if w_d is None:
        raise operr(w_TypeError, "vars() argument must have __dict__ attribute")
    return w_d


def b_dir(args: Arguments) -> W_Root:
    check_at_most_one(args, "dir")
    if len(args.args_w) == 0:
        f = framemod.get_ec().topframe
        w_l = framemod.frame_locals(f) if f is not None else W_DictObject()
        return space.sorted_keys(w_l)
    w_obj = args.args_w[0]
    w_res = space.call_special(w_obj, "__dir__", [])
    if w_res is None:
        raise operr(w_TypeError, "object does not provide __dir__")
    return space.sorted_list(w_res)


# -- numbers and characters

def b_abs(slots: list[W_Root | None]) -> W_Root:
    return space.unary_op(_arg(slots, 0), "__abs__", "abs()")


def b_chr(slots: list[W_Root | None]) -> W_Root:
    w_i = space.index(_arg(slots, 0))
    if not isinstance(w_i, W_IntObject) or w_i.intval > 0x7fffffff or w_i.intval < -0x80000000:
        raise operr(w_OverflowError, "Python int too large to convert to C int")
    i = w_i.intval
    if i < 0 or i > 0x10FFFF:
        raise operr(w_ValueError, "chr() arg not in range(0x110000)")
    return space.wrap_str(chr(i))


def b_ord(slots: list[W_Root | None]) -> W_Root:
    w = _arg(slots, 0)
    if isinstance(w, W_StrObject):
        if len(w.as_str()) != 1:
            raise operr(w_TypeError, "ord() expected a character, but string of length %d found"
                        % len(w.as_str()))
        return wrap_int(ord(w.as_str()))
    data = bytesobject.buffer_or_none(w)
    if data is not None:
        if len(data) != 1:
            raise operr(w_TypeError, "ord() expected a character, but string of length %d found"
                        % len(data))
        return wrap_int(data[0])
    return space.ord_other(w)


def _base_repr(w_x: W_Root, base: int, prefix: str) -> W_Root:
    w_i = space.index(w_x)
    digits = intobject.int_to_base(w_i, base)
    if digits.startswith("-"):
        return space.wrap_str("-" + prefix + digits[1:])
    return space.wrap_str(prefix + digits)


def b_hex(slots: list[W_Root | None]) -> W_Root:
    return _base_repr(_arg(slots, 0), 16, "0x")


def b_oct(slots: list[W_Root | None]) -> W_Root:
    return _base_repr(_arg(slots, 0), 8, "0o")


def b_bin(slots: list[W_Root | None]) -> W_Root:
    return _base_repr(_arg(slots, 0), 2, "0b")


def b_format(slots: list[W_Root | None]) -> W_Root:
    w_spec = slots[1]
    if w_spec is not None and not isinstance(w_spec, W_StrObject):
        raise operr(w_TypeError, "format() argument 2 must be str, not %s" % type_name(w_spec))
    return space.format(_arg(slots, 0), w_spec)


def b_divmod(slots: list[W_Root | None]) -> W_Root:
    return space.binop_named(_arg(slots, 0), _arg(slots, 1), "divmod", "divmod()")


def b_pow(slots: list[W_Root | None]) -> W_Root:
    w_mod = slots[2]
    if w_mod is None or w_mod is w_None:
        return space.binary_op(_arg(slots, 0), _arg(slots, 1), 8)
    return space.ternary_pow(_arg(slots, 0), _arg(slots, 1), w_mod)


def b_round(slots: list[W_Root | None]) -> W_Root:
    w_x = _arg(slots, 0)
    w_n = slots[1]
    w_round = space.lookup(w_x, "__round__")
    if w_round is None:
        raise operr(w_TypeError, "type %s doesn't define __round__ method" % type_name(w_x))
    if w_n is None or w_n is w_None:
        return space.call_found_special(w_round, w_x, [])
    return space.call_found_special(w_round, w_x, [w_n])


# -- iteration helpers

def b_sum(slots: list[W_Root | None]) -> W_Root:
    w_start = slots[1]
    w_acc: W_Root = wrap_int(0) if w_start is None else w_start
    if isinstance(w_acc, W_StrObject):
        raise operr(w_TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
    w_it = space.iter(_arg(slots, 0))
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return w_acc
        w_acc = framemod.binary_op_fast(w_acc, w_x, 0)


def b_any(slots: list[W_Root | None]) -> W_Root:
    w_it = space.iter(_arg(slots, 0))
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return w_False
        if space.is_true(w_x):
            return w_True


def b_all(slots: list[W_Root | None]) -> W_Root:
    w_it = space.iter(_arg(slots, 0))
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            return w_True
        if not space.is_true(w_x):
            return w_False


def _minmax(args: Arguments, is_max: bool) -> W_Root:
    name = "max" if is_max else "min"
    w_key: W_Root = w_None
    w_default: W_Root | None = None
    if len(args.kw_names) > 2:
        # min/max parse their keywords apart from the positional arguments
        raise too_many_error(name, 0, len(args.kw_names), 2)
    k = 0
    while k < len(args.kw_names):
        kw = args.kw_names[k]
        if kw == "key":
            w_key = args.kw_values_w[k]
        elif kw == "default":
            w_default = args.kw_values_w[k]
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s()" % (kw, name))
        k += 1
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "%s expected at least 1 argument, got 0" % name)
    if len(args.args_w) == 1:
        w_it = space.iter(args.args_w[0])
    else:
        if w_default is not None:
            raise operr(w_TypeError, "Cannot specify a default for %s() with multiple positional arguments" % name)
        w_it = space.iter(W_TupleObject(list(args.args_w)))
    w_best: W_Root | None = None
    w_best_key: W_Root | None = None
    op = 4 if is_max else 0
    while True:
        w_x = space.next_or_none(w_it)
        if w_x is None:
            break
        w_k = w_x if w_key is w_None else space.call_function(w_key, [w_x])
        if w_best_key is None or space.is_true(space.richcompare(w_k, w_best_key, op)):
            w_best = w_x
            w_best_key = w_k
    if w_best is None:
        if w_default is not None:
            return w_default
        raise operr(w_ValueError, "%s() arg is an empty sequence" % name)
    return w_best


def b_max(args: Arguments) -> W_Root:
    return _minmax(args, True)


def b_min(args: Arguments) -> W_Root:
    return _minmax(args, False)


def b_sorted(args: Arguments) -> W_Root:
    if len(args.args_w) != 1:
        raise operr(w_TypeError, "sorted expected 1 argument, got %d" % len(args.args_w))
    w_l = space.call_function(w_list_type, [args.args_w[0]])
    w_sort = space.getattr(w_l, "sort")
    w_sort.call_args(Arguments([], args.kw_names, args.kw_values_w))
    return w_l


# -- classes

def b_build_class(args: Arguments) -> W_Root:
    """__build_class__(func, name, *bases, metaclass=None, **kwds)."""
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "__build_class__: not enough arguments")
    w_func = args.args_w[0]
    if not isinstance(w_func, W_Function):
        raise operr(w_TypeError, "__build_class__: func must be a function")
    w_name = args.args_w[1]
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "__build_class__: name is not a string")
    bases_w = args.args_w[2:]
    w_meta: W_Root | None = None
    kw_names: list[str] = []
    kw_values: list[W_Root] = []
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "metaclass":
            w_meta = args.kw_values_w[k]
        else:
            kw_names.append(args.kw_names[k])
            kw_values.append(args.kw_values_w[k])
        k += 1
    # __mro_entries__ (PEP 560)
    orig_bases_w = bases_w
    bases_w = space.resolve_mro_entries(bases_w)
    w_bases = W_TupleObject(bases_w)
    if w_meta is None:
        if len(bases_w) == 0:
            w_meta = w_type_type
        else:
            w_meta = bases_w[0].getclass()
    if isinstance(w_meta, W_TypeObject):
        w_meta = calculate_metaclass(w_meta, bases_w)
    w_prepare = space.getattr_or_none(w_meta, "__prepare__")
    if w_prepare is not None:
        w_ns = w_prepare.call_args(Arguments([w_name, w_bases], kw_names, kw_values))
        if space.lookup(w_ns, "__getitem__") is None:      # PyMapping_Check
            meta = tp_name(w_meta) if isinstance(w_meta, W_TypeObject) else "<metaclass>"
            raise operr(w_TypeError, "%s.__prepare__() must return a mapping, not %s"
                        % (meta, type_name(w_ns)))
    else:
        w_ns = W_DictObject()
    if bases_w is not orig_bases_w:
        space.setitem(w_ns, space.wrap_str("__orig_bases__"), W_TupleObject(list(orig_bases_w)))
    f = framemod.Frame(w_func.code, w_func.w_globals, w_ns, w_func.closure)
    w_cell = f.execute(None, None)
    w_cls = w_meta.call_args(Arguments([w_name, w_bases, w_ns], kw_names, kw_values))
    if isinstance(w_cls, W_TypeObject) and isinstance(w_cell, W_Cell):
        w_in_cell = w_cell.w_value
        if w_in_cell is not w_cls:
            if w_in_cell is None:
                raise operr(w_RuntimeError, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?"
                            % (space.repr_str(w_name), space.repr_str(w_cls)))
            raise operr(w_TypeError, "__class__ set to %s defining %s as %s" % (
                space.repr_str(w_in_cell), space.repr_str(w_name), space.repr_str(w_cls)))
    return w_cls


def b_import(args: Arguments) -> W_Root:
    return importing.builtin_import(args)


def b_input(slots: list[W_Root | None]) -> W_Root:
    """As CPython's input() when it is not reading a terminal with the
    readline module: the prompt written to sys.stdout, the line read with
    sys.stdin.readline() -- so that input() and sys.stdin share one
    buffer (a program mixing them reads every line once)."""
    sys_dict = framemod.REFS.w_sys_dict
    w_stdin = sys_dict.getitem_str("stdin")
    if w_stdin is None or w_stdin is w_None:
        raise operr(EXCEPTION_TYPES["RuntimeError"], "input(): lost sys.stdin")
    w_stdout = sys_dict.getitem_str("stdout")
    if w_stdout is None or w_stdout is w_None:
        raise operr(EXCEPTION_TYPES["RuntimeError"], "input(): lost sys.stdout")
    w_stderr = sys_dict.getitem_str("stderr")
    if w_stderr is not None and w_stderr is not w_None:
        space.call_method(w_stderr, "flush", [])
    w_prompt = slots[0]
    if w_stdout is framemod.REFS.w_default_stdout:
        if w_prompt is not None:
            STDOUT.write(space.str_str(w_prompt))
        STDOUT.flush()
    else:
        if w_prompt is not None:
            space.call_method(w_stdout, "write", [space.wrap_str(space.str_str(w_prompt))])
        space.call_method(w_stdout, "flush", [])
    w_line = space.call_method(w_stdin, "readline", [])
    if isinstance(w_line, W_StrObject):
        text = w_line.as_str()
    elif isinstance(w_line, bytesobject.W_BytesObject):
        data = w_line.value
        if len(data) == 0:
            raise operr(EXCEPTION_TYPES["EOFError"], "EOF when reading a line")
        if data[len(data) - 1] == 10:
            data = data[:len(data) - 1]
        return bytesobject.wrap_bytes(data)
    else:
        raise operr(w_TypeError, "object.readline() returned non-string")
    if len(text) == 0:
        raise operr(EXCEPTION_TYPES["EOFError"], "EOF when reading a line")
    if text.endswith("\n"):
        text = text[:len(text) - 1]
    return space.wrap_str(text)


def b_breakpoint(args: Arguments) -> W_Root:
    """sys.breakpointhook(*args, **kws)."""
    w_hook = framemod.REFS.w_sys_dict.getitem_str("breakpointhook")
    if w_hook is None:
        raise operr(EXCEPTION_TYPES["RuntimeError"], "lost sys.breakpointhook")
    return space.call_args(w_hook, args)


builtin_raw("print", b_print)
builtin("repr(obj, /)", b_repr)
builtin("ascii(obj, /)", b_ascii)
builtin("len(obj, /)", b_len)
builtin("id(obj, /)", b_id)
builtin("hash(obj, /)", b_hash)
builtin("callable(obj, /)", b_callable)
builtin("isinstance(obj, class_or_tuple, /)", b_isinstance)
builtin("issubclass(klass, class_or_tuple, /)", b_issubclass)   # not "cls": no method
builtin("getattr(object, name, default=, /)", b_getattr)
builtin("setattr(obj, name, value, /)", b_setattr)
builtin("delattr(obj, name, /)", b_delattr)
builtin("hasattr(obj, name, /)", b_hasattr)
builtin("iter(object, sentinel=, /)", b_iter)
builtin("next(iterator, default=, /)", b_next)
builtin("aiter(async_iterable, /)", asyncfuncs.b_aiter)
builtin("anext(aiterator, default=, /)", asyncfuncs.b_anext)
builtin_raw("globals", b_globals)
builtin_raw("locals", b_locals)
builtin_raw("vars", b_vars)
builtin_raw("dir", b_dir)
builtin("abs(x, /)", b_abs)
builtin("chr(i, /)", b_chr)
builtin("ord(c, /)", b_ord)
builtin("format(value, format_spec=, /)", b_format)
builtin("hex(number, /)", b_hex)
builtin("oct(number, /)", b_oct)
builtin("bin(number, /)", b_bin)
builtin("divmod(x, y, /)", b_divmod)
builtin("pow(base, exp, mod=)", b_pow)
builtin("round(number, ndigits=)", b_round)
builtin("sum(iterable, /, start=)", b_sum)
builtin("any(iterable, /)", b_any)
builtin("all(iterable, /)", b_all)
builtin_raw("max", b_max)
builtin_raw("min", b_min)
builtin_raw("sorted", b_sorted)
builtin_raw("__build_class__", b_build_class)
builtin_raw("__import__", b_import)
importing.BUILTIN_IMPORT.append(BUILTIN_FUNCTIONS[len(BUILTIN_FUNCTIONS) - 1])
builtin("input(prompt=, /)", b_input)
builtin_raw("breakpoint", b_breakpoint)


def setup(w_d: W_DictObject) -> None:
    """Fills the builtins namespace."""
    for w_f in BUILTIN_FUNCTIONS:
        w_d.setitem_str(space.builtin_name(w_f), w_f)
    for w_t in [w_object_type, w_type_type, w_int_type, w_bool_type, w_str_type, w_list_type,
                w_tuple_type, w_dict_type, w_staticmethod_type, w_classmethod_type,
                w_property_type]:
        w_d.setitem_str(w_t.name, w_t)
    for name, w_t in EXCEPTION_TYPES.items():
        w_d.setitem_str(name, w_t)
    w_d.setitem_str("EnvironmentError", EXCEPTION_TYPES["OSError"])
    w_d.setitem_str("IOError", EXCEPTION_TYPES["OSError"])
    w_d.setitem_str("None", w_None)
    w_d.setitem_str("True", w_True)
    w_d.setitem_str("False", w_False)
    w_d.setitem_str("Ellipsis", w_Ellipsis)
    w_d.setitem_str("NotImplemented", w_NotImplemented)
    w_d.setitem_str("__debug__", w_True)
    for w_t in space.EXTRA_BUILTIN_TYPES:
        w_d.setitem_str(w_t.name, w_t)
    w_d.setitem_str("open", io_module.OPEN)


_unused = [W_ClassMethod, W_StaticMethod, W_BoolObject, W_IntObject, W_ListObject,
           w_RuntimeError]


# -- compile, exec, eval

def source_bytes(w_src: W_Root, what: str) -> bytes:
    if isinstance(w_src, W_StrObject):
        return w_src.as_str().encode()
    w_b = space.getattr_or_none(w_src, "decode")
    if w_b is not None and not isinstance(w_src, W_StrObject):
        data = bytesobject.buffer_or_none(w_src)
        if data is not None:
            return data
    raise operr(w_TypeError, "%s() arg 1 must be a string, bytes or code object" % what)


def compile_to_code(raw: bytes, filename: str, mode: str, optimize: int = -1,
                    flags: int = 0) -> W_Root:
    incomplete = (flags & PyCF_ALLOW_INCOMPLETE_INPUT) != 0
    try:
        if mode == "exec":
            co = compile_source(raw, filename, optimize, False, incomplete)
        elif mode == "eval":
            co = compile_eval(raw, filename, optimize)     # (eval: no incomplete input yet)
        elif mode == "single":
            co = compile_single(raw, filename, optimize, incomplete,
                                (flags & PyCF_DONT_IMPLY_DEDENT) == 0)
        else:
            raise operr(w_ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
    except SourceError as e:
        importing.emit_compile_warnings()
        lines = raw.split(b"\n")
        # CPython adds a final newline to the source in 'exec' and 'single'
        # modes only: in 'eval' mode an error at the end of a last line
        # without newline is at the ENDMARKER (offset 0)
        at_unterminated_end = mode == "eval" and not raw.endswith(b"\n") and \
            e.lineno == len(lines) and e.lineno == e.end_lineno and \
            e.offset == len(lines[-1]) + 1 and e.end_offset == e.offset
        if at_unterminated_end and e.msg == "invalid syntax":
            e.offset = 0
            e.end_offset = 0
        if e.text is None:
            # an error of the compiler (symbol table, code generation):
            # CPython reads the line from the file `filename` names, if any
            # (PyErr_ProgramTextObject), never from the source string
            e.text = importing.file_line(filename, e.lineno)
        elif e.from_tokenizer:
            # the tokenizer's errors show the line without its newline
            text = e.text
            if text.endswith("\r\n"):
                e.text = text[:-2]
            elif text.endswith("\n") or text.endswith("\r"):
                e.text = text[:-1]
        else:
            text = e.text
            if mode != "eval" and not text.endswith("\n"):
                e.text = text + "\n"
        raise framemod.syntax_error_from(e, filename)
    importing.emit_compile_warnings()
    return W_CodeConst(PyCode(co))


def b_compile(args: Arguments) -> W_Root:
    names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"]
    slots: list[W_Root | None] = [None, None, None, None, None, None]
    if len(args.kw_names) and len(args.args_w) + len(args.kw_names) > 7:
        raise too_many_error("compile", len(args.args_w), len(args.kw_names), 7)
    i = 0
    for w_a in args.args_w:
        if i >= 6:
            raise operr(w_TypeError, "compile() takes at most 6 positional arguments (%d given)"
                        % len(args.args_w))
        slots[i] = w_a
        i += 1
    k = 0
    while k < len(args.kw_names):
        if args.kw_names[k] == "_feature_version":      # ast.parse's; ignored
            k += 1
            continue
        if args.kw_names[k] not in names:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for compile()"
                        % args.kw_names[k])
        slots[names.index(args.kw_names[k])] = args.kw_values_w[k]
        k += 1
    w_src = slots[0]
    w_filename = slots[1]
    w_mode = slots[2]
    if w_src is None or w_filename is None or w_mode is None:
        raise operr(w_TypeError, "compile() missing required argument")
    if isinstance(w_src, W_CodeConst):
        return w_src
    w_flags = slots[3]
    flags = space.int_of_w(w_flags) if w_flags is not None else 0
    filename = space.str_str(w_filename)
    mode = space.str_of_w(w_mode)
    if ast_convert.is_ast(w_src):
        if flags & ast_convert.PyCF_ONLY_AST:
            return w_src
        return ast_convert.compile_ast(w_src, filename, mode)
    if flags & ast_convert.PyCF_ONLY_AST:
        return ast_convert.source_to_ast(source_bytes(w_src, "compile"), filename, mode)
    w_optimize = slots[5]
    optimize = space.int_of_w(w_optimize) if w_optimize is not None else -1
    if optimize < -1 or optimize > 2:
        raise operr(w_ValueError, "compile(): invalid optimize value")
    return compile_to_code(source_bytes(w_src, "compile"), filename, mode, optimize, flags)


def exec_or_eval(args: Arguments, mode: str) -> W_Root:
    # CPython 3.11: eval(source, globals=None, locals=None, /) and
    # exec(source, globals=None, locals=None, /, *, closure=None)
    w_closure: W_Root = w_None
    if mode == "eval":
        if args.has_keywords():
            raise operr(w_TypeError, "eval() takes no keyword arguments")
        if len(args.args_w) == 0:
            raise operr(w_TypeError, "eval expected at least 1 argument, got 0")
        if len(args.args_w) > 3:
            raise operr(w_TypeError, "eval expected at most 3 arguments, got %d"
                        % len(args.args_w))
    else:
        k = 0
        while k < len(args.kw_names):
            if args.kw_names[k] != "closure":
                raise operr(w_TypeError, "'%s' is an invalid keyword argument for exec()"
                            % args.kw_names[k])
            w_closure = args.kw_values_w[k]
            k += 1
        if len(args.args_w) == 0:
            raise operr(w_TypeError, "exec() takes at least 1 positional argument (0 given)")
        if len(args.args_w) > 3:
            raise operr(w_TypeError, "exec() takes at most 3 positional arguments (%d given)"
                        % len(args.args_w))
    w_src = args.args_w[0]
    w_globals: W_Root = args.args_w[1] if len(args.args_w) > 1 else w_None
    w_locals: W_Root = args.args_w[2] if len(args.args_w) > 2 else w_None
    closure: list[W_Cell] = []
    if isinstance(w_src, W_CodeConst):
        nfree = len(w_src.pycode.co.co_freevars)
        if mode == "eval":
            if nfree > 0:
                raise operr(w_TypeError,
                            "code object passed to eval() may not contain free variables")
        elif nfree == 0:
            if w_closure is not w_None:
                raise operr(w_TypeError, "cannot use a closure with this code object")
        else:
            ok = isinstance(w_closure, W_TupleObject) and w_closure.getclass() is w_tuple_type
            if isinstance(w_closure, W_TupleObject) and ok:
                if len(w_closure.items_w) != nfree:
                    ok = False
                for w_c in w_closure.items_w:
                    if not isinstance(w_c, W_Cell):
                        ok = False
                        break
                    closure.append(w_c)
            if not ok:
                raise operr(w_TypeError, "code object requires a closure of exactly length %d"
                            % nfree)
    elif w_closure is not w_None:
        raise operr(w_TypeError, "closure can only be used when source is a code object")
    caller = framemod.get_ec().topframe
    if w_globals is w_None:
        if caller is None:
            w_globals = W_DictObject()
        else:
            w_globals = caller.w_globals
            if w_locals is w_None:
                w_locals = framemod.frame_locals(caller)
    if not isinstance(w_globals, W_DictObject):
        raise operr(w_TypeError, "%s() globals must be a dict, not %s" % (mode, type_name(w_globals)))
    if w_locals is w_None:
        w_locals = w_globals
    if w_globals.getitem_str("__builtins__") is None:
        w_globals.setitem_str("__builtins__", framemod.builtins_module())
    if isinstance(w_src, W_CodeConst):
        w_code = w_src
    else:
        raw = source_bytes(w_src, mode)
        if mode == "eval":
            raw = raw.strip(b" \t")
        w_code2 = compile_to_code(raw, "<string>", mode)
        assert isinstance(w_code2, W_CodeConst)
        w_code = w_code2
    f = framemod.Frame(w_code.pycode, w_globals, w_locals, closure)
    w_bi = w_globals.getitem_str("__builtins__")
    if isinstance(w_bi, W_DictObject):
        f.w_builtins = w_bi
    elif isinstance(w_bi, W_Module) and w_bi is not framemod.builtins_module():
        f.w_builtins = w_bi.w_dict
    w_res = f.execute(None, None)
    if mode == "exec":
        return w_None
    return w_res


def b_exec(args: Arguments) -> W_Root:
    return exec_or_eval(args, "exec")


def b_eval(args: Arguments) -> W_Root:
    return exec_or_eval(args, "eval")


builtin_raw("compile", b_compile)
builtin_raw("exec", b_exec)
builtin_raw("eval", b_eval)
