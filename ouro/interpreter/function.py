"""Functions: W_Function (a Python function: code, globals, defaults,
closure) and W_Method (a bound method).

Calling a W_Function binds the arguments into a new frame's locals with
CPython's rules and messages (`bind_arguments`), then runs the frame -- or,
for a generator or coroutine code, returns the generator object.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter.module import W_Module
from ouro.interpreter.pycode import PyCode, W_CodeConst, code_w
from ouro.objspace import space
from ouro.objspace.descriptors import getset, readonly_member
from ouro.objspace.gateway import W_BuiltinSlots, parse_signature, register, register_raw
from ouro.objspace.descriptors import W_Cell, W_Method
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_TypeError, w_ValueError
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, clinic_type_name
from ouro.objspace.tupleobject import W_TupleObject

w_function_type = make_builtin_type("function", [w_object_type], LAYOUT_OTHER)
w_function_type.hasdict = True


class W_Function(W_Root):
    code: PyCode
    w_globals: W_DictObject
    name: str
    qualname: str
    defaults_w: list[W_Root]
    w_kwdefaults: W_DictObject | None
    closure: list[W_Cell]
    w_doc: W_Root
    w_annotations: W_Root | None
    w_module: W_Root
    w_dict: W_DictObject | None
    w_builtins: W_DictObject | None   # made where the builtins are not the builtins
                                      # module's (exec with its own __builtins__)

    def __init__(self, code: PyCode, w_globals: W_DictObject, defaults_w: list[W_Root],
                 w_kwdefaults: W_DictObject | None, closure: list[W_Cell]) -> None:
        self.code = code
        self.w_globals = w_globals
        self.name = code.co.co_name
        self.qualname = code.co.co_qualname
        self.defaults_w = defaults_w
        self.w_kwdefaults = w_kwdefaults
        self.closure = closure
        self.w_doc = code.doc()
        self.w_annotations = None
        w_mod = w_globals.getitem_str("__name__")
        self.w_module = w_mod if w_mod is not None else w_None
        self.w_dict = None
        self.w_builtins = None

    def getclass(self) -> W_TypeObject:
        return w_function_type

    def call_args(self, args: Arguments) -> W_Root:
        f = frame.Frame(self.code, self.w_globals, None, self.closure)
        f.w_builtins = self.w_builtins
        bind_arguments(self, f.fast, args)
        return f.run_function()

    def fits_fast_call(self, nargs: int) -> bool:
        """nargs positional arguments fill the parameters exactly (no
        defaults, *args, keyword-only or **kwargs): the fast call path of
        CALL and CALL_METHOD (Frame.fast_call_frame)."""
        return nargs == self.code.fast_argcount

    def call_with_self(self, w_self: W_Root, args: Arguments) -> W_Root:
        """A bound method call without building a new argument list, in
        the common case (positional arguments that fit, no *args)."""
        npos = len(args.args_w)
        if len(args.kw_names) == 0 and self.fits_fast_call(npos + 1):
            f = frame.Frame(self.code, self.w_globals, None, self.closure)
            f.w_builtins = self.w_builtins
            fast = f.fast
            fast[0] = w_self
            i = 0
            while i < npos:
                fast[i + 1] = args.args_w[i]
                i += 1
            return f.run_function()
        return self.call_args(args.prepend(w_self))

    def binds_as_method(self) -> bool:
        return True

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if w_obj is None:
            return self
        return W_Method(self, w_obj)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        return self

    def getdictvalue(self, name: str) -> W_Root | None:
        d = self.w_dict
        if d is None:
            return None
        return d.getitem_str(name)

    def setdictvalue(self, name: str, w_value: W_Root) -> bool:
        d = self.w_dict
        if d is None:
            d = W_DictObject()
            self.w_dict = d
        d.setitem_str(name, w_value)
        return True

    def deldictvalue(self, name: str) -> bool:
        d = self.w_dict
        if d is None:
            return False
        return d.delitem(W_StrObject(name))


def _plural(n: int, word: str) -> str:
    if n == 1:
        return "1 " + word
    return "%d %ss" % (n, word)


def _names_list(names: list[str]) -> str:
    """'a', 'a' and 'b', 'a', 'b', and 'c' (CPython's format_missing)."""
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + " and " + quoted[1]
    return ", ".join(quoted[:-1]) + ", and " + quoted[len(quoted) - 1]


def bind_arguments(func: W_Function, fast: list[W_Root | None], args: Arguments) -> None:
    """Fills the frame's locals from the call's arguments (CPython's
    _PyEval_MakeFrameVector / initialize_locals)."""
    co = func.code.co
    argcount = co.co_argcount
    posonly = co.co_posonlyargcount
    kwonly = co.co_kwonlyargcount
    varnames = co.co_varnames
    has_varargs = (co.co_flags & op.CO_VARARGS) != 0
    has_varkw = (co.co_flags & op.CO_VARKEYWORDS) != 0
    qualname = func.qualname
    npos = len(args.args_w)
    n = npos if npos < argcount else argcount
    i = 0
    while i < n:
        fast[i] = args.args_w[i]
        i += 1
    total = argcount + kwonly
    if has_varargs:
        extra: list[W_Root] = []
        j = argcount
        while j < npos:
            extra.append(args.args_w[j])
            j += 1
        fast[total] = W_TupleObject(extra)
    w_kwargs: W_DictObject | None = None
    if has_varkw:
        w_kwargs = W_DictObject()
        fast[total + (1 if has_varargs else 0)] = w_kwargs
    # keywords
    posonly_passed: list[str] = []
    k = 0
    while k < len(args.kw_names):
        name = args.kw_names[k]
        w_value = args.kw_values_w[k]
        found = -1
        j = posonly
        while j < total:
            if varnames[j] == name:
                found = j
                break
            j += 1
        if found < 0:
            if w_kwargs is not None:
                w_kwargs.setitem_str(name, w_value)
                k += 1
                continue
            j = 0
            while j < posonly:
                if varnames[j] == name:
                    found = j
                j += 1
            if found >= 0:
                posonly_passed.append(name)
                k += 1
                continue
            raise operr(w_TypeError, "%s() got an unexpected keyword argument '%s'" % (
                qualname, name))
        if fast[found] is not None:
            raise operr(w_TypeError, "%s() got multiple values for argument '%s'" % (
                qualname, name))
        fast[found] = w_value
        k += 1
    if len(posonly_passed) > 0:
        raise operr(w_TypeError,
                    "%s() got some positional-only arguments passed as keyword arguments: '%s'"
                    % (qualname, ", ".join(posonly_passed)))
    if npos > argcount and not has_varargs:
        ndefaults = len(func.defaults_w)
        kwonly_given = 0
        j = argcount
        while j < total:
            if fast[j] is not None:
                kwonly_given += 1
            j += 1
        if ndefaults > 0:
            takes = "from %d to %d positional arguments" % (argcount - ndefaults, argcount)
        else:
            takes = _plural(argcount, "positional argument")
        given = "%d" % npos
        if kwonly_given > 0:
            given = "%d positional argument%s (and %s)" % (
                npos, "" if npos == 1 else "s", _plural(kwonly_given, "keyword-only argument"))
            raise operr(w_TypeError, "%s() takes %s but %s were given" % (qualname, takes, given))
        raise operr(w_TypeError, "%s() takes %s but %s %s given" % (
            qualname, takes, given, "was" if npos == 1 else "were"))
    # defaults
    if npos < argcount:
        ndefaults = len(func.defaults_w)
        first_default = argcount - ndefaults
        missing: list[str] = []
        j = npos
        while j < argcount:
            if fast[j] is None:
                if j >= first_default:
                    fast[j] = func.defaults_w[j - first_default]
                else:
                    missing.append(varnames[j])
            j += 1
        if len(missing) > 0:
            raise operr(w_TypeError, "%s() missing %s: %s" % (
                qualname, _plural(len(missing), "required positional argument"),
                _names_list(missing)))
    if kwonly > 0:
        missing_kw: list[str] = []
        j = argcount
        while j < total:
            if fast[j] is None:
                w_default: W_Root | None = None
                kwd = func.w_kwdefaults
                if kwd is not None:
                    w_default = kwd.getitem_str(varnames[j])
                if w_default is not None:
                    fast[j] = w_default
                else:
                    missing_kw.append(varnames[j])
            j += 1
        if len(missing_kw) > 0:
            raise operr(w_TypeError, "%s() missing %s: %s" % (
                qualname, _plural(len(missing_kw), "required keyword-only argument"),
                _names_list(missing_kw)))


# -- attributes

def _func(w: W_Root) -> W_Function:
    assert isinstance(w, W_Function)
    return w


def func_get_name(w: W_Root) -> W_Root:
    return W_StrObject(_func(w).name)


def func_set_name(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_StrObject):
        raise operr(w_TypeError, "__name__ must be set to a string object")
    _func(w).name = w_value.as_str()


def func_get_qualname(w: W_Root) -> W_Root:
    return W_StrObject(_func(w).qualname)


def func_del_name(w: W_Root) -> None:
    raise operr(w_TypeError, "__name__ must be set to a string object")


def func_del_qualname(w: W_Root) -> None:
    raise operr(w_TypeError, "__qualname__ must be set to a string object")


def func_set_qualname(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_StrObject):
        raise operr(w_TypeError, "__qualname__ must be set to a string object")
    _func(w).qualname = w_value.as_str()


def func_get_doc(w: W_Root) -> W_Root:
    return _func(w).w_doc


def func_set_doc(w: W_Root, w_value: W_Root) -> None:
    _func(w).w_doc = w_value


def func_del_doc(w: W_Root) -> None:
    _func(w).w_doc = w_None


def func_get_module(w: W_Root) -> W_Root:
    return _func(w).w_module


def func_set_module(w: W_Root, w_value: W_Root) -> None:
    _func(w).w_module = w_value


def func_del_module(w: W_Root) -> None:
    _func(w).w_module = w_None


def func_get_defaults(w: W_Root) -> W_Root:
    f = _func(w)
    if len(f.defaults_w) == 0:
        return w_None
    return W_TupleObject(list(f.defaults_w))


def func_set_defaults(w: W_Root, w_value: W_Root) -> None:
    f = _func(w)
    if w_value is w_None:
        f.defaults_w = []
    elif isinstance(w_value, W_TupleObject):
        f.defaults_w = list(w_value.items_w)
    else:
        raise operr(w_TypeError, "__defaults__ must be set to a tuple object")


def func_del_defaults(w: W_Root) -> None:
    _func(w).defaults_w = []


def func_get_kwdefaults(w: W_Root) -> W_Root:
    d = _func(w).w_kwdefaults
    if d is None:
        return w_None
    return d


def func_set_kwdefaults(w: W_Root, w_value: W_Root) -> None:
    f = _func(w)
    if w_value is w_None:
        f.w_kwdefaults = None
    elif isinstance(w_value, W_DictObject):
        f.w_kwdefaults = w_value
    else:
        raise operr(w_TypeError, "__kwdefaults__ must be set to a dict object")


def func_del_kwdefaults(w: W_Root) -> None:
    _func(w).w_kwdefaults = None


def func_get_code(w: W_Root) -> W_Root:
    return code_w(_func(w).code)


def func_set_code(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_CodeConst):
        raise operr(w_TypeError, "__code__ must be set to a code object")
    f = _func(w)
    if len(w_value.pycode.co.co_freevars) != len(f.closure):
        raise operr(w_ValueError, "%s() requires a code object with %d free vars, not %d"
                    % (f.name, len(f.closure), len(w_value.pycode.co.co_freevars)))
    f.code = w_value.pycode


def func_del_code(w: W_Root) -> None:
    raise operr(w_TypeError, "__code__ must be set to a code object")


def func_get_globals(w: W_Root) -> W_Root:
    return _func(w).w_globals


def func_get_closure(w: W_Root) -> W_Root:
    f = _func(w)
    if len(f.closure) == 0:
        return w_None
    cells: list[W_Root] = []
    for c in f.closure:
        cells.append(c)
    return W_TupleObject(cells)


def func_get_annotations(w: W_Root) -> W_Root:
    f = _func(w)
    w_ann = f.w_annotations
    if w_ann is None:
        w_ann = W_DictObject()
        f.w_annotations = w_ann
    return w_ann


def func_set_annotations(w: W_Root, w_value: W_Root) -> None:
    if not isinstance(w_value, W_DictObject) and w_value is not w_None:
        raise operr(w_TypeError, "__annotations__ must be set to a dict object")
    _func(w).w_annotations = w_value if w_value is not w_None else None


def func_del_annotations(w: W_Root) -> None:
    _func(w).w_annotations = None


def func_get_dict(w: W_Root) -> W_Root:
    f = _func(w)
    d = f.w_dict
    if d is None:
        d = W_DictObject()
        f.w_dict = d
    return d


def func_set_dict(w: W_Root, w_value: W_Root) -> None:
    # CPython's PyObject_GenericSetDict: any dict (subclasses too)
    if not isinstance(w_value, W_DictObject):
        raise operr(w_TypeError, "__dict__ must be set to a dictionary, not a '%s'"
                    % type_name(w_value))
    _func(w).w_dict = w_value


def func_del_dict(w: W_Root) -> None:
    raise operr(w_TypeError, "cannot delete __dict__")


def func_get_builtins(w: W_Root) -> W_Root:
    return frame.BUILTINS.w_dict


def func_repr(slots: list[W_Root | None]) -> W_Root:
    w_f = slots[0]
    assert w_f is not None
    f = _func(w_f)
    return W_StrObject("<function %s at 0x%x>" % (f.qualname, space.id_of(f)))


def func_get(slots: list[W_Root | None]) -> W_Root:
    w_f = slots[0]
    w_obj = slots[1]
    assert w_f is not None
    if w_obj is None or w_obj is w_None:
        return w_f
    return W_Method(w_f, w_obj)


def func_call(args: Arguments) -> W_Root:
    w_f = args.args_w[0]
    return w_f.call_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w))


getset(w_function_type, "__name__", func_get_name, func_set_name, func_del_name)
getset(w_function_type, "__qualname__", func_get_qualname, func_set_qualname, func_del_qualname)
# CPython's members are member_descriptors (dataclasses tells a __slots__
# entry by types.MemberDescriptorType, which is type(FunctionType.__globals__))
# deleting a member or one of the optional attributes leaves None, as
# CPython's (setting NULL)
getset(w_function_type, "__doc__", func_get_doc, func_set_doc, func_del_doc).member = True
getset(w_function_type, "__module__", func_get_module, func_set_module, func_del_module)
getset(w_function_type, "__defaults__", func_get_defaults, func_set_defaults, func_del_defaults)
getset(w_function_type, "__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults,
       func_del_kwdefaults)
getset(w_function_type, "__code__", func_get_code, func_set_code, func_del_code)
readonly_member(w_function_type, "__globals__", func_get_globals)
readonly_member(w_function_type, "__closure__", func_get_closure)
getset(w_function_type, "__annotations__", func_get_annotations, func_set_annotations,
       func_del_annotations)
getset(w_function_type, "__dict__", func_get_dict, func_set_dict, func_del_dict)
readonly_member(w_function_type, "__builtins__", func_get_builtins)
def func_new(slots: list[W_Root | None]) -> W_Root:
    """types.FunctionType(code, globals, name=None, argdefs=None,
    closure=None), with CPython 3.11's checks and messages (func_new)."""
    w_code = slots[1]
    w_globals = slots[2]
    assert w_code is not None and w_globals is not None
    if not isinstance(w_code, W_CodeConst):
        raise operr(w_TypeError, "function() argument 'code' must be code, not %s"
                    % clinic_type_name(w_code))
    if not isinstance(w_globals, W_DictObject):
        raise operr(w_TypeError, "function() argument 'globals' must be dict, not %s"
                    % clinic_type_name(w_globals))
    w_name = slots[3]
    if w_name is not None and w_name is not w_None and not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "arg 3 (name) must be None or string")
    w_defs = slots[4]
    if w_defs is not None and w_defs is not w_None and not isinstance(w_defs, W_TupleObject):
        raise operr(w_TypeError, "arg 4 (defaults) must be None or tuple")
    co = w_code.pycode.co
    w_closure = slots[5]
    if w_closure is None:
        w_closure = w_None
    if not isinstance(w_closure, W_TupleObject):
        if len(co.co_freevars) > 0 and w_closure is w_None:
            raise operr(w_TypeError, "arg 5 (closure) must be tuple")
        if w_closure is not w_None:
            raise operr(w_TypeError, "arg 5 (closure) must be None or tuple")
    cells_w = w_closure.items_w if isinstance(w_closure, W_TupleObject) else []
    if len(co.co_freevars) != len(cells_w):
        raise operr(w_ValueError, "%s requires closure of length %d, not %d"
                    % (co.co_name, len(co.co_freevars), len(cells_w)))
    closure: list[W_Cell] = []
    for w_c in cells_w:
        if not isinstance(w_c, W_Cell):
            raise operr(w_TypeError, "arg 5 (closure) expected cell, found %s" % type_name(w_c))
        closure.append(w_c)
    defaults_w: list[W_Root] = []
    if isinstance(w_defs, W_TupleObject):
        defaults_w = list(w_defs.items_w)
    f = W_Function(w_code.pycode, w_globals, defaults_w, None, closure)
    if isinstance(w_name, W_StrObject):
        f.name = w_name.as_str()
    # the builtins are the globals' __builtins__, as for exec
    w_bi = w_globals.getitem_str("__builtins__")
    if isinstance(w_bi, W_DictObject):
        f.w_builtins = w_bi
    elif isinstance(w_bi, W_Module) and w_bi is not frame.builtins_module():
        f.w_builtins = w_bi.w_dict
    return f


# argument errors name "function()", as CPython's clinic does
_FUNC_NEW_SIG = parse_signature("__new__(cls, code, globals, name=, argdefs=, closure=)")
w_function_type.dict_w["__new__"] = W_BuiltinSlots(_FUNC_NEW_SIG, func_new, w_function_type)
_FUNC_NEW_SIG.name = "function"         # the messages' name only (the built-in is __new__)
register(w_function_type, "__repr__(self, /)", func_repr)
register(w_function_type, "__get__(self, instance, owner=, /)", func_get)
register_raw(w_function_type, "__call__", func_call)


# at the end: frame imports this module
from ouro.interpreter import frame  # noqa: E402
