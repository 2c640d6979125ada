"""The `_contextvars` module: ContextVar, Token, Context and copy_context,
as CPython 3.11's Python/context.c (each thread has its own current context).

A Context maps ContextVars to values.  CPython keeps the mapping in an
immutable HAMT; here it is a pair of lists that is never changed in place:
ContextVar.set() gives the current context new lists, so a copy, an
iterator or a keys() view taken before keeps seeing the old mapping, as in
CPython.  Iteration is in the order the variables were first set (CPython's
follows the HAMT's hashing).
"""
from __future__ import annotations

from ouro.interpreter import frame as framemod
from ouro.interpreter.module import W_Module
from ouro.modules.math.args import clinic_args, module_type, no_kwargs
from ouro.modules.registry import register_module
from ouro.objspace import genericalias, space
from ouro.objspace.descriptors import getset, readonly_member
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, W_BaseException, operr,
                                      w_RuntimeError, w_TypeError, w_ValueError)
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, type_name, w_None,
                                 w_NotImplemented)
from ouro.objspace.strobject import W_StrObject

w_LookupError = EXCEPTION_TYPES["LookupError"]
w_KeyError = EXCEPTION_TYPES["KeyError"]

w_contextvar_type = module_type("_contextvars", "ContextVar")
w_token_type = module_type("_contextvars", "Token")
w_context_type = module_type("_contextvars", "Context")
w_missing_type = module_type("_contextvars", "Token.MISSING")
w_missing_type.name = "Token.MISSING"
w_keys_type = module_type("builtins", "keys")
w_values_type = module_type("builtins", "values")
w_items_type = module_type("builtins", "items")


class W_Missing(W_Root):
    def getclass(self) -> W_TypeObject:
        return w_missing_type


w_MISSING = W_Missing()


class W_ContextVar(W_Root):
    name: str
    w_name: W_Root
    w_default: W_Root | None

    def __init__(self, w_name: W_StrObject, w_default: W_Root | None) -> None:
        self.name = w_name.as_str()
        self.w_name = w_name
        self.w_default = w_default

    def getclass(self) -> W_TypeObject:
        return w_contextvar_type


class W_Context(W_Root):
    vars_w: list[W_ContextVar]      # never changed in place (see the module's doc)
    values_w: list[W_Root]
    entered: bool
    w_prev: W_Context | None

    def __init__(self, vars_w: list[W_ContextVar], values_w: list[W_Root]) -> None:
        self.vars_w = vars_w
        self.values_w = values_w
        self.entered = False
        self.w_prev = None

    def getclass(self) -> W_TypeObject:
        return w_context_type

    def find(self, w_var: W_ContextVar) -> int:
        i = 0
        for w_v in self.vars_w:
            if w_v is w_var:
                return i
            i += 1
        return -1

    def lookup(self, w_var: W_ContextVar) -> W_Root | None:
        i = self.find(w_var)
        if i < 0:
            return None
        return self.values_w[i]

    def set_var(self, w_var: W_ContextVar, w_value: W_Root) -> None:
        vars_w = list(self.vars_w)
        values_w = list(self.values_w)
        i = self.find(w_var)
        if i < 0:
            vars_w.append(w_var)
            values_w.append(w_value)
        else:
            values_w[i] = w_value
        self.vars_w = vars_w
        self.values_w = values_w

    def del_var(self, w_var: W_ContextVar) -> None:
        i = self.find(w_var)
        if i < 0:
            return
        vars_w = list(self.vars_w)
        values_w = list(self.values_w)
        del vars_w[i]
        del values_w[i]
        self.vars_w = vars_w
        self.values_w = values_w


class W_Token(W_Root):
    w_ctx: W_Context
    w_var: W_ContextVar
    w_old: W_Root          # w_MISSING when the variable had no value
    used: bool

    def __init__(self, w_ctx: W_Context, w_var: W_ContextVar, w_old: W_Root) -> None:
        self.w_ctx = w_ctx
        self.w_var = w_var
        self.w_old = w_old
        self.used = False

    def getclass(self) -> W_TypeObject:
        return w_token_type


class W_CtxIterator(W_Root):
    """The keys/values/items iterators of a Context (a snapshot)."""
    kind: int           # 0 keys, 1 values, 2 items
    vars_w: list[W_ContextVar]
    values_w: list[W_Root]
    index: int

    def __init__(self, kind: int, w_ctx: W_Context) -> None:
        self.kind = kind
        self.vars_w = w_ctx.vars_w
        self.values_w = w_ctx.values_w
        self.index = 0

    def getclass(self) -> W_TypeObject:
        if self.kind == 0:
            return w_keys_type
        if self.kind == 1:
            return w_values_type
        return w_items_type

    def iter_next(self) -> W_Root:
        i = self.index
        if i >= len(self.vars_w):
            return space.STOP
        self.index = i + 1
        if self.kind == 0:
            return self.vars_w[i]
        if self.kind == 1:
            return self.values_w[i]
        return space.newtuple([self.vars_w[i], self.values_w[i]])


def current_context() -> W_Context:
    """The running thread's current context (each thread starts with an
    empty one, made at its first use): ExecutionContext.w_contextvars."""
    ec = framemod.get_ec()
    w_ctx = ec.w_contextvars
    if w_ctx is None:
        w_new = W_Context([], [])
        w_new.entered = True
        ec.w_contextvars = w_new
        return w_new
    assert isinstance(w_ctx, W_Context)
    return w_ctx


def set_current_context(w_ctx: W_Context | None) -> None:
    framemod.get_ec().w_contextvars = w_ctx


# -- ContextVar

def _var(w: W_Root | None) -> W_ContextVar:
    if isinstance(w, W_ContextVar):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_contextvars.ContextVar' object but "
                "received a '%s'" % type_name(w))


def contextvar_new(args: Arguments) -> W_Root:
    pos_w = args.args_w[1:]
    if len(pos_w) > 1:
        raise operr(w_TypeError, "ContextVar() takes at most 1 positional argument (%d given)"
                    % len(pos_w))
    w_name: W_Root | None = pos_w[0] if len(pos_w) == 1 else None
    w_default: W_Root | None = None
    k = 0
    while k < len(args.kw_names):
        kw = args.kw_names[k]
        if kw == "name" and w_name is None:
            w_name = args.kw_values_w[k]
        elif kw == "default":
            w_default = args.kw_values_w[k]
        elif kw == "name":
            raise operr(w_TypeError, "argument for ContextVar() given by name ('name') and "
                        "position (1)")
        else:
            raise operr(w_TypeError, "'%s' is an invalid keyword argument for ContextVar()" % kw)
        k += 1
    if w_name is None:
        raise operr(w_TypeError, "ContextVar() missing required argument 'name' (pos 1)")
    if not isinstance(w_name, W_StrObject):
        raise operr(w_TypeError, "context variable name must be a str")
    return W_ContextVar(w_name, w_default)


def contextvar_get(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'get' of '_contextvars.ContextVar' object needs "
                    "an argument")
    w_var = _var(args.args_w[0])
    rest_w = clinic_args(Arguments(args.args_w[1:], args.kw_names, args.kw_values_w),
                         "get", "get", 0, 1)
    w_value = current_context().lookup(w_var)
    if w_value is not None:
        return w_value
    if len(rest_w) == 1:
        return rest_w[0]
    if w_var.w_default is not None:
        return w_var.w_default
    raise OperationError(W_BaseException(w_LookupError, [w_var]))


def contextvar_set(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'set' of '_contextvars.ContextVar' object needs "
                    "an argument")
    w_var = _var(args.args_w[0])
    no_kwargs(args, "ContextVar.set")
    if len(args.args_w) != 2:
        raise operr(w_TypeError, "ContextVar.set() takes exactly one argument (%d given)"
                    % (len(args.args_w) - 1))
    w_value = args.args_w[1]
    w_ctx = current_context()
    w_old = w_ctx.lookup(w_var)
    w_token = W_Token(w_ctx, w_var, w_old if w_old is not None else w_MISSING)
    w_ctx.set_var(w_var, w_value)
    return w_token


def contextvar_reset(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'reset' of '_contextvars.ContextVar' object needs "
                    "an argument")
    w_var = _var(args.args_w[0])
    no_kwargs(args, "ContextVar.reset")
    if len(args.args_w) != 2:
        raise operr(w_TypeError, "ContextVar.reset() takes exactly one argument (%d given)"
                    % (len(args.args_w) - 1))
    w_token = args.args_w[1]
    if not isinstance(w_token, W_Token):
        raise operr(w_TypeError, "expected an instance of Token, got %s"
                    % space.repr_str(w_token))
    if w_token.used:
        raise operr(w_RuntimeError, "%s has already been used once" % space.repr_str(w_token))
    if w_token.w_var is not w_var:
        raise operr(w_ValueError, "%s was created by a different ContextVar"
                    % space.repr_str(w_token))
    w_ctx = current_context()
    if w_token.w_ctx is not w_ctx:
        raise operr(w_ValueError, "%s was created in a different Context"
                    % space.repr_str(w_token))
    w_token.used = True
    if w_token.w_old is w_MISSING:
        w_ctx.del_var(w_var)
    else:
        w_ctx.set_var(w_var, w_token.w_old)
    return w_None


def contextvar_repr(slots: list[W_Root | None]) -> W_Root:
    w_var = _var(slots[0])
    s = "<ContextVar name=%s" % space.repr_str(w_var.w_name)
    if w_var.w_default is not None:
        s += " default=%s" % space.repr_str(w_var.w_default)
    return space.wrap_str(s + " at 0x%x>" % space.id_of(w_var))


def contextvar_hash(slots: list[W_Root | None]) -> W_Root:
    w_var = _var(slots[0])
    return wrap_int(space.id_of(w_var) >> 4)


def contextvar_get_name(w: W_Root) -> W_Root:
    return _var(w).w_name


register_raw(w_contextvar_type, "__new__", contextvar_new)
register_raw(w_contextvar_type, "get", contextvar_get)
register_raw(w_contextvar_type, "set", contextvar_set)
register_raw(w_contextvar_type, "reset", contextvar_reset)
register(w_contextvar_type, "__repr__(self, /)", contextvar_repr)
register(w_contextvar_type, "__hash__(self, /)", contextvar_hash)
readonly_member(w_contextvar_type, "name", contextvar_get_name)
w_contextvar_type.dict_w["__class_getitem__"] = space.make_classmethod(
    genericalias.W_CLASS_GETITEM)


# -- Token

def _token(w: W_Root | None) -> W_Token:
    if isinstance(w, W_Token):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_contextvars.Token' object but received "
                "a '%s'" % type_name(w))


def token_new(args: Arguments) -> W_Root:
    raise operr(w_RuntimeError, "Tokens can only be created by ContextVars")


def token_repr(slots: list[W_Root | None]) -> W_Root:
    w_t = _token(slots[0])
    used = " used" if w_t.used else ""
    return space.wrap_str("<Token%s var=%s at 0x%x>" % (used, space.repr_str(w_t.w_var),
                                                        space.id_of(w_t)))


def token_get_var(w: W_Root) -> W_Root:
    return _token(w).w_var


def token_get_old_value(w: W_Root) -> W_Root:
    return _token(w).w_old


def missing_repr(slots: list[W_Root | None]) -> W_Root:
    return space.wrap_str("<Token.MISSING>")


register_raw(w_token_type, "__new__", token_new)
register(w_token_type, "__repr__(self, /)", token_repr)
readonly_member(w_token_type, "var", token_get_var)
readonly_member(w_token_type, "old_value", token_get_old_value)
w_token_type.dict_w["MISSING"] = w_MISSING
w_token_type.dict_w["__class_getitem__"] = space.make_classmethod(genericalias.W_CLASS_GETITEM)
register(w_missing_type, "__repr__(self, /)", missing_repr)


# -- Context

def _ctx(w: W_Root | None) -> W_Context:
    if isinstance(w, W_Context):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor requires a '_contextvars.Context' object but "
                "received a '%s'" % type_name(w))


def _key(w: W_Root | None) -> W_ContextVar:
    if isinstance(w, W_ContextVar):
        return w
    assert w is not None
    raise operr(w_TypeError, "a ContextVar key was expected, got %s" % space.repr_str(w))


def context_new(args: Arguments) -> W_Root:
    if len(args.args_w) > 1 or args.has_keywords():
        raise operr(w_TypeError, "Context() does not accept any arguments")
    return W_Context([], [])


def context_getitem(slots: list[W_Root | None]) -> W_Root:
    w_ctx = _ctx(slots[0])
    w_var = _key(slots[1])
    w_value = w_ctx.lookup(w_var)
    if w_value is None:
        raise OperationError(W_BaseException(w_KeyError, [w_var]))
    return w_value


def context_contains(slots: list[W_Root | None]) -> W_Root:
    w_ctx = _ctx(slots[0])
    w_var = _key(slots[1])
    return space.wrap_bool(w_ctx.find(w_var) >= 0)


def context_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(len(_ctx(slots[0]).vars_w))


def context_iter(slots: list[W_Root | None]) -> W_Root:
    return W_CtxIterator(0, _ctx(slots[0]))


def context_keys(slots: list[W_Root | None]) -> W_Root:
    return W_CtxIterator(0, _ctx(slots[0]))


def context_values(slots: list[W_Root | None]) -> W_Root:
    return W_CtxIterator(1, _ctx(slots[0]))


def context_items(slots: list[W_Root | None]) -> W_Root:
    return W_CtxIterator(2, _ctx(slots[0]))


def context_get(slots: list[W_Root | None]) -> W_Root:
    w_ctx = _ctx(slots[0])
    w_var = _key(slots[1])
    w_value = w_ctx.lookup(w_var)
    if w_value is not None:
        return w_value
    w_default = slots[2]
    return w_default if w_default is not None else w_None


def context_copy(slots: list[W_Root | None]) -> W_Root:
    w_ctx = _ctx(slots[0])
    return W_Context(w_ctx.vars_w, w_ctx.values_w)


def context_eq(slots: list[W_Root | None]) -> W_Root:
    w_ctx = _ctx(slots[0])
    w_other = slots[1]
    if not isinstance(w_other, W_Context):
        return w_NotImplemented
    if len(w_ctx.vars_w) != len(w_other.vars_w):
        return space.wrap_bool(False)
    i = 0
    for w_var in w_ctx.vars_w:
        w_v2 = w_other.lookup(w_var)
        if w_v2 is None or not space.eq_w(w_ctx.values_w[i], w_v2):
            return space.wrap_bool(False)
        i += 1
    return space.wrap_bool(True)


def context_run(args: Arguments) -> W_Root:
    if len(args.args_w) == 0:
        raise operr(w_TypeError, "descriptor 'run' of '_contextvars.Context' object needs an "
                    "argument")
    w_ctx = _ctx(args.args_w[0])
    if len(args.args_w) < 2:
        raise operr(w_TypeError, "run() missing 1 required positional argument")
    w_callable = args.args_w[1]
    if w_ctx.entered:
        raise operr(w_RuntimeError, "cannot enter context: %s is already entered"
                    % space.repr_str(w_ctx))
    w_ctx.w_prev = current_context()
    w_ctx.entered = True
    set_current_context(w_ctx)
    try:
        w_res = space.call_args(w_callable, Arguments(args.args_w[2:], args.kw_names,
                                                      args.kw_values_w))
    finally:
        set_current_context(w_ctx.w_prev)
        w_ctx.w_prev = None
        w_ctx.entered = False
    return w_res


def copy_context(slots: list[W_Root | None]) -> W_Root:
    w_ctx = current_context()
    return W_Context(w_ctx.vars_w, w_ctx.values_w)


register_raw(w_context_type, "__new__", context_new)
register(w_context_type, "__getitem__(self, key, /)", context_getitem)
register(w_context_type, "__contains__(self, key, /)", context_contains)
register(w_context_type, "__len__(self, /)", context_len)
register(w_context_type, "__iter__(self, /)", context_iter)
register(w_context_type, "__eq__(self, other, /)", context_eq)
register(w_context_type, "keys(self, /)", context_keys)
register(w_context_type, "values(self, /)", context_values)
register(w_context_type, "items(self, /)", context_items)
register(w_context_type, "get(self, key, default=, /)", context_get)
register(w_context_type, "copy(self, /)", context_copy)
register_raw(w_context_type, "run", context_run)
w_context_type.dict_w["__hash__"] = w_None


def ctxiter_iter(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert w is not None
    return w


def ctxiter_next(slots: list[W_Root | None]) -> W_Root:
    w = slots[0]
    assert isinstance(w, W_CtxIterator)
    w_res = w.iter_next()
    if w_res is space.STOP:
        raise OperationError(W_BaseException(EXCEPTION_TYPES["StopIteration"], []))
    return w_res


for _t in [w_keys_type, w_values_type, w_items_type]:
    register(_t, "__iter__(self, /)", ctxiter_iter)
    register(_t, "__next__(self, /)", ctxiter_next)


FUNCTIONS = [
    register(None, "copy_context(/)", copy_context),
]


def make_module() -> W_Module:
    w_mod = W_Module("_contextvars", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Context Variables"))
    for w_f in FUNCTIONS:
        d.setitem_str(space.builtin_name(w_f), w_f)
    d.setitem_str("ContextVar", w_contextvar_type)
    d.setitem_str("Token", w_token_type)
    d.setitem_str("Context", w_context_type)
    return w_mod


register_module("_contextvars", make_module)

_unused = [getset]
