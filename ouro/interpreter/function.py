"""Functions: W_Function (a Python function: code, globals, defaults,
closure) and W_Method (a bound method).

Calling a W_Function binds the arguments into a new frame's locals with
CPython's rules and messages (`bind_arguments`), then runs the frame -- or,
for a generator or coroutine code, returns the generator object.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter.pycode import PyCode
from ouro.objspace.descriptors import W_Cell, W_Method
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject
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

    def getclass(self) -> W_TypeObject:
        return w_function_type

    def call_args(self, args: Arguments) -> W_Root:
        f = frame.Frame(self.code, self.w_globals, None, self.closure)
        bind_arguments(self, f.fast, args)
        return f.run_function()

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


# at the end: frame imports this module
from ouro.interpreter import frame  # noqa: E402
