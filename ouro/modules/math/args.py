"""Argument checks with CPython's messages for built-in module functions
registered raw (ouro/objspace/gateway.py's register_raw), where the
gateway's own messages differ from CPython's:

- METH_O functions: "math.sqrt() takes exactly one argument (2 given)";
- Argument Clinic positional-only functions: "pow expected 2 arguments,
  got 1", "perm expected at most 2 arguments, got 3";
- functions that take no keyword arguments: "math.hypot() takes no keyword
  arguments".
"""
from __future__ import annotations

from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, w_object_type)
from ouro.objspace.strobject import W_StrObject


def no_kwargs(args: Arguments, qualname: str) -> None:
    """qualname: as CPython names the function in messages ("math.gcd")."""
    if args.has_keywords():
        raise operr(w_TypeError, "%s() takes no keyword arguments" % qualname)


def one_arg(args: Arguments, qualname: str) -> W_Root:
    """The argument of a METH_O function."""
    no_kwargs(args, qualname)
    n = len(args.args_w)
    if n != 1:
        raise operr(w_TypeError, "%s() takes exactly one argument (%d given)" % (qualname, n))
    return args.args_w[0]


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


def clinic_args(args: Arguments, qualname: str, name: str, minimum: int,
                maximum: int) -> list[W_Root]:
    """The positional arguments of an Argument Clinic function taking
    `minimum` to `maximum` positional-only arguments (_PyArg_CheckPositional)."""
    no_kwargs(args, qualname)
    n = len(args.args_w)
    if n < minimum:
        if minimum == maximum:
            raise operr(w_TypeError, "%s expected %d argument%s, got %d"
                        % (name, minimum, _plural(minimum), n))
        raise operr(w_TypeError, "%s expected at least %d argument%s, got %d"
                    % (name, minimum, _plural(minimum), n))
    if n > maximum:
        if minimum == maximum:
            raise operr(w_TypeError, "%s expected %d argument%s, got %d"
                        % (name, maximum, _plural(maximum), n))
        raise operr(w_TypeError, "%s expected at most %d argument%s, got %d"
                    % (name, maximum, _plural(maximum), n))
    return args.args_w


def module_type(modname: str, name: str) -> W_TypeObject:
    """Load time: a built-in type of module `modname` (not subclassable);
    `__module__` is modname, as for CPython's C types."""
    w_t = make_builtin_type(name, [w_object_type], LAYOUT_OTHER)
    w_t.dict_w["__module__"] = W_StrObject(modname)
    return w_t


def new_args(args: Arguments, qualname: str, name: str, minimum: int,
             maximum: int) -> list[W_Root]:
    """clinic_args for a raw __new__: the arguments after the class."""
    no_kwargs(args, qualname)
    return clinic_args(Arguments(args.args_w[1:], [], []), qualname, name, minimum, maximum)


def clinic_kw(args: Arguments, fname: str, params: list[str], posonly: int, maxpos: int,
              required: int, skip: int = 0) -> list[W_Root | None]:
    """The slots of an Argument Clinic function with keyword arguments
    (_PyArg_UnpackKeywords' messages): params[:posonly] are positional
    only, params[maxpos:] keyword only, params[:required] required.
    `skip`: leading arguments to ignore (the class of a __new__)."""
    pos_w = args.args_w[skip:]
    npos = len(pos_w)
    nkw = len(args.kw_names)
    nparams = len(params)
    if npos + nkw > nparams:
        raise operr(w_TypeError, "%s() takes at most %d argument%s (%d given)"
                    % (fname, nparams, _plural(nparams), npos + nkw))
    lo = min(posonly, required)
    if npos > maxpos or npos < lo:
        if required >= maxpos:
            raise operr(w_TypeError, "%s() takes exactly %d positional argument%s (%d given)"
                        % (fname, maxpos, _plural(maxpos), npos))
        if npos > maxpos:
            raise operr(w_TypeError, "%s() takes at most %d positional argument%s (%d given)"
                        % (fname, maxpos, _plural(maxpos), npos))
        raise operr(w_TypeError, "%s() takes at least %d positional argument%s (%d given)"
                    % (fname, lo, _plural(lo), npos))
    slots: list[W_Root | None] = [None] * nparams
    i = 0
    while i < npos:
        slots[i] = pos_w[i]
        i += 1
    used = [False] * nkw
    k = 0
    while k < nkw:
        name = args.kw_names[k]
        j = max(posonly, npos)
        while j < nparams:
            if params[j] == name:
                slots[j] = args.kw_values_w[k]
                used[k] = True
                break
            j += 1
        k += 1
    i = 0
    while i < required:
        if slots[i] is None:
            raise operr(w_TypeError, "%s() missing required argument '%s' (pos %d)"
                        % (fname, params[i], i + 1))
        i += 1
    k = 0
    while k < nkw:
        if not used[k]:
            name = args.kw_names[k]
            j = posonly
            while j < npos:
                if params[j] == name:
                    raise operr(w_TypeError, "argument for %s() given by name ('%s') and "
                                "position (%d)" % (fname, name, j + 1))
                j += 1
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s()"
                        % (name, fname))
        k += 1
    return slots
