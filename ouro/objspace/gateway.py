"""The gateway: RPy functions exposed as Python built-in functions and
methods, from a declarative signature.

    def str_find(args: list[W_Root | None]) -> W_Root: ...
    register(w_str_type, "find(self, sub, start=, end=, /)", str_find)

`register` parses the signature once, at load time, and puts a
W_BuiltinFunction into the type's namespace.  A call binds the Python
arguments (positional and keyword, with CPython's TypeErrors for missing,
extra, repeated or unknown ones) to slots, one per parameter, and calls the
RPy function with the list of slots; an optional parameter (`name=`) that
was not passed is None in its slot.  Signature syntax: parameter names,
`name=` for optional ones, `/` after the positional-only ones, `*` before
keyword-only ones.  A function that needs the raw arguments (`*args`,
`**kwargs`: print, max, dict.update, ...) is registered with
`register_raw` and receives the Arguments as they are.

Arguments: the positional values and the keyword names and values of one
call, as the eval loop collects them.
"""
from __future__ import annotations

from typing import Callable

from ouro.objspace.exceptions import OperationError, operr, w_TypeError
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, tp_name, type_name, w_object_type)


def positional(args_w: list[W_Root]) -> Arguments:
    return Arguments(args_w, [], [])


class Signature:
    name: str
    params: list[str]
    required: int          # the first `required` params must be given
    posonly: int           # the first `posonly` params are positional only
    kwonly_start: int      # params from here on are keyword only
    is_method: bool        # the first param is self or cls (not counted in messages)
    qualname: str          # "str.find" for a method (set by register)
    # a slot wrapper whose argument count CPython checks itself (its
    # check_num_args/PyArg_UnpackTuple wording; set by register)
    slot_checked: bool

    def __init__(self, name: str, params: list[str], required: int, posonly: int,
                 kwonly_start: int, is_method: bool) -> None:
        self.name = name
        self.qualname = name
        self.params = params
        self.required = required
        self.posonly = posonly
        self.kwonly_start = kwonly_start
        self.is_method = is_method
        self.slot_checked = False


def parse_signature(spec: str) -> Signature:
    """`name(a, b=, /, c=, *, d=)` (load time only)."""
    open_ = spec.index("(")
    name = spec[:open_]
    inner = spec[open_ + 1:spec.rindex(")")]
    params: list[str] = []
    required = 0
    posonly = 0
    kwonly_start = -1
    seen_optional = False
    for part in inner.split(","):
        p = part.strip()
        if p == "":
            continue
        if p == "/":
            posonly = len(params)
            continue
        if p == "*":
            kwonly_start = len(params)
            continue
        if p.endswith("="):
            params.append(p[:-1])
            seen_optional = True
        else:
            assert not seen_optional or kwonly_start >= 0, spec
            params.append(p)
            if not seen_optional:
                required = len(params)
    if kwonly_start < 0:
        kwonly_start = len(params)
    is_method = len(params) > 0 and (params[0] == "self" or params[0] == "cls")
    return Signature(name, params, required, posonly, kwonly_start, is_method)


def _plural(n: int) -> str:
    return "" if n == 1 else "s"


# Argument-count errors follow CPython's argument parsers: a function with
# only positional parameters says "NAME expected at most N arguments, got M"
# (Argument Clinic's _PyArg_CheckPositional, PyArg_UnpackTuple), or
# "QUALNAME() takes no arguments" (METH_NOARGS) / "takes exactly one
# argument" (METH_O); one with keyword parameters says "NAME() takes at
# least N positional arguments (M given)" or "takes at most N arguments (M
# given)" (_PyArg_UnpackKeywords).  The positional-only functions still
# parsed by PyArg_ParseTuple in CPython ("NAME() takes at most ...") are
# listed by qualified name.
TAKES_STYLE = ["bytes.count", "bytes.index", "bytes.find", "bytes.rfind", "bytes.rindex",
               "bytearray.count", "bytearray.index", "bytearray.find", "bytearray.rfind",
               "bytearray.rindex", "str.count", "str.find", "str.rfind", "str.index",
               "str.rindex", "str.startswith", "str.endswith", "bytes.startswith",
               "bytes.endswith", "bytearray.startswith", "bytearray.endswith",
               "clock_gettime", "clock_gettime_ns", "clock_getres", "clock_settime",
               "clock_settime_ns", "pthread_getcpuclockid",
               # posix functions parsed by PyArg_ParseTuple (pid_t/idtype_t arguments)
               "posix.killpg", "posix.sched_setaffinity", "posix.sched_setparam",
               "posix.sched_setscheduler", "posix.tcsetpgrp", "posix.waitid"]


# built-ins that check their argument count with _PyArg_CheckPositional
# ("staticmethod expected 1 argument, got 0") although they take one
EXPECTED_STYLE = ["staticmethod", "classmethod"]


def named_as(b: W_BuiltinFunction, name: str) -> None:
    """Load time: the built-in's argument errors name it `name` (the
    __init__ of a type whose messages say "property()", not
    "property.__init__()")."""
    assert isinstance(b, W_BuiltinSlots)
    b.sig.name = name
    b.sig.qualname = name


def count_error(sig: Signature, how: str, n: int, given: int) -> OperationError:
    """The TypeError of a call of `sig` with `given` positional arguments
    (self not counted) where `how` ("exactly", "at least", "at most") `n`
    are accepted."""
    skip = 1 if sig.is_method else 0
    if sig.slot_checked:
        if how == "exactly" and n <= 1:
            return operr(w_TypeError, "expected %d argument%s, got %d" % (n, _plural(n), given))
        return operr(w_TypeError, " expected %s%d argument%s, got %d" % (
            "" if how == "exactly" else how + " ", n, _plural(n), given))
    if sig.posonly == len(sig.params):
        if len(sig.params) == skip:
            return operr(w_TypeError, "%s() takes no arguments (%d given)" % (sig.qualname, given))
        if (how == "exactly" and n == 1 and sig.qualname not in EXPECTED_STYLE
                and sig.qualname not in TAKES_STYLE):
            return operr(w_TypeError, "%s() takes exactly one argument (%d given)" % (
                sig.qualname, given))
        if sig.qualname not in TAKES_STYLE:
            if how == "exactly":
                return operr(w_TypeError, "%s expected %d argument%s, got %d" % (
                    sig.name, n, _plural(n), given))
            return operr(w_TypeError, "%s expected %s %d argument%s, got %d" % (
                sig.name, how, n, _plural(n), given))
        return operr(w_TypeError, "%s() takes %s %d argument%s (%d given)" % (
            sig.name, how, n, _plural(n), given))
    if given < n:
        return operr(w_TypeError, "%s() takes %s %d positional argument%s (%d given)" % (
            sig.name, how, n, _plural(n), given))
    maxargs = len(sig.params) - skip
    if given > maxargs:
        return operr(w_TypeError, "%s() takes at most %d argument%s (%d given)" % (
            sig.name, maxargs, _plural(maxargs), given))
    if n == 0:
        return operr(w_TypeError, "%s() takes no positional arguments" % sig.name)
    return operr(w_TypeError, "%s() takes %s %d positional argument%s (%d given)" % (
        sig.name, how, n, _plural(n), given))


def too_many_error(name: str, npos: int, nkw: int, maxargs: int) -> OperationError:
    """CPython's first check of a call with keywords (Argument Clinic and
    PyArg_ParseTupleAndKeywords count all the arguments): npos positional
    and nkw keyword arguments where maxargs are accepted."""
    return operr(w_TypeError, "%s() takes at most %d %sargument%s (%d given)" % (
        name, maxargs, "keyword " if npos == 0 else "", _plural(maxargs), npos + nkw))


def bind(sig: Signature, args: Arguments) -> list[W_Root | None]:
    """The slots of a call, or a TypeError as CPython's: its checks run in
    the order of _PyArg_UnpackKeywords (the total count, the positional
    count, missing arguments, then the keywords left over)."""
    nparams = len(sig.params)
    slots: list[W_Root | None] = [None] * nparams
    npos = len(args.args_w)
    skip = 1 if sig.is_method else 0
    nkw = len(args.kw_names)
    if nkw and sig.posonly >= nparams:
        if sig.slot_checked:
            raise operr(w_TypeError, "wrapper %s() takes no keyword arguments" % sig.name)
        raise operr(w_TypeError, "%s() takes no keyword arguments" % sig.qualname)
    if nkw and npos + nkw > nparams:
        raise too_many_error(sig.name, npos - skip, nkw, nparams - skip)
    if npos > sig.kwonly_start:
        maxpos = sig.kwonly_start - skip
        given = npos - skip
        if sig.required == sig.kwonly_start:
            raise count_error(sig, "exactly", maxpos, given)
        raise count_error(sig, "at most", maxpos, given)
    i = 0
    while i < npos:
        slots[i] = args.args_w[i]
        i += 1
    leftover = -1           # the first keyword that names no free parameter
    k = 0
    while k < nkw:
        kwname = args.kw_names[k]
        found = -1
        j = sig.posonly
        while j < nparams:
            if sig.params[j] == kwname:
                found = j
                break
            j += 1
        if found < 0 or found < npos:
            if leftover < 0:
                leftover = k
        else:
            slots[found] = args.kw_values_w[k]
        k += 1
    i = 0
    while i < sig.required:
        if slots[i] is None:
            if i >= sig.posonly:
                raise operr(w_TypeError, "%s() missing required argument '%s' (pos %d)" % (
                    sig.name, sig.params[i], i + 1 - skip))
            # too few positional-only arguments
            minposonly = min(sig.posonly, sig.required) - skip
            maxpos = sig.kwonly_start - skip
            how = "at least" if minposonly < maxpos else "exactly"
            raise count_error(sig, how, minposonly, npos - skip)
        i += 1
    if leftover >= 0:
        k = 0
        while k < nkw:
            j = sig.posonly
            while j < npos:
                if sig.params[j] == args.kw_names[k]:
                    raise operr(w_TypeError, "argument for %s() given by name ('%s') and "
                                "position (%d)" % (sig.name, args.kw_names[k], j + 1 - skip))
                j += 1
            k += 1
        raise operr(w_TypeError, "'%s' is an invalid keyword argument for %s()" % (
            args.kw_names[leftover], sig.name))
    return slots


BuiltinFn = Callable[[list[W_Root | None]], W_Root]
RawFn = Callable[[Arguments], W_Root]

w_builtin_function_type = make_builtin_type("builtin_function_or_method", [w_object_type],
                                            LAYOUT_OTHER)
w_method_descriptor_type = make_builtin_type("method_descriptor", [w_object_type], LAYOUT_OTHER)
# CPython's wrappers of type slots (`object.__init__`, `str.__add__` and their
# bound forms): here subclasses of the two above, sharing their attributes
w_wrapper_descriptor_type = make_builtin_type("wrapper_descriptor", [w_method_descriptor_type],
                                              LAYOUT_OTHER)
w_method_wrapper_type = make_builtin_type("method-wrapper", [w_builtin_function_type],
                                          LAYOUT_OTHER)
# a built-in class method found in its type's namespace (`dict.__dict__
# ['fromkeys']`); bound to a class it is a builtin_function_or_method
w_classmethod_descriptor_type = make_builtin_type("classmethod_descriptor",
                                                  [w_method_descriptor_type], LAYOUT_OTHER)

# the special methods CPython implements as type slots (its slotdefs)
SLOT_NAMES: dict[str, bool] = {}
for _n in """__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__
        __str__ __lt__ __le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__
        __delete__ __init__ __del__ __await__ __aiter__ __anext__ __add__ __radd__ __sub__
        __rsub__ __mul__ __rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__
        __neg__ __pos__ __abs__ __bool__ __invert__ __lshift__ __rlshift__ __rshift__
        __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ __ror__ __int__ __float__
        __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ __iand__
        __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__
        __itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__ __len__ __getitem__
        __setitem__ __delitem__ __contains__""".split():
    SLOT_NAMES[_n] = True

# slot methods CPython defines as plain methods too (METH_COEXIST: faster
# calls): method_descriptors with a method's argument messages
METH_COEXIST = ["dict.__contains__", "dict.__getitem__", "list.__getitem__", "set.__contains__",
                "frozenset.__contains__"]
# slots whose wrapper passes the arguments on unchecked (tp_init, tp_call)
SLOTS_PASSING_ARGS = ["__init__", "__call__"]


def is_slot_wrapper(w_type: W_TypeObject | None, name: str) -> bool:
    """Load time: a type's `name` is a slot wrapper in CPython."""
    return (w_type is not None and name in SLOT_NAMES
            and w_type.name + "." + name not in METH_COEXIST)


# a type's built-ins whose first argument is not an instance of the type
# (CPython's tp_new and class methods registered without the `cls` name)
NO_SELF_CHECK = {"__new__": True, "__prepare__": True, "__init_subclass__": True}


def descr_error(name: str, tname: str, w: W_Root) -> OperationError:
    """A type's method called on an object of another type: CPython words
    it one way for its slot wrappers (`str.__len__(5)`) and another for its
    method descriptors (`str.upper(5)`)."""
    if name in SLOT_NAMES and tname + "." + name not in METH_COEXIST:
        return operr(w_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'"
                     % (name, tname, type_name(w)))
    return operr(w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object"
                 % (name, tname, type_name(w)))


class W_BuiltinFunction(W_Root):
    """A built-in function or method (a method when w_objclass is set:
    found in a type's namespace, it binds to instances).  Two kinds:
    W_BuiltinSlots (bound arguments) and W_BuiltinRaw (raw Arguments)."""
    name: str
    w_objclass: W_TypeObject | None
    w_self: W_Root | None          # bound: the instance (prepended to the arguments)
    slot_wrapper: bool             # CPython's wrapper_descriptor/method-wrapper (by register)
    doc: str | None
    w_module: W_Root | None        # a module's function: the module (its __self__)
    # a type's static method (`str.maketrans`): the type, which CPython's
    # METH_STATIC function holds as its self without showing it as __self__
    # (it names, reprs and pickles the function as the type's)
    w_static_of: W_TypeObject | None
    checks_self: bool              # called unbound, its first argument is checked (by register)
    # the built-in this one was bound from (itself if it is not bound): what
    # CPython's PyMethodDef identifies (_lsprof counts its calls by it)
    definition: W_BuiltinFunction
    # the kind, decided once by register()/register_raw() and carried by
    # copy(): bound methods are copies, made at every attribute access
    is_slot: bool                  # named as a type slot (SLOT_NAMES)
    binds_class: bool              # a class method (the class comes first)

    def __init__(self, name: str, w_objclass: W_TypeObject | None) -> None:
        self.name = name
        self.definition = self
        self.w_objclass = w_objclass
        self.w_self = None
        self.doc = None
        self.w_module = None
        self.w_static_of = None
        self.checks_self = False
        self.slot_wrapper = False
        self.is_slot = False
        self.binds_class = False

    def init_kind(self, w_type: W_TypeObject | None) -> None:
        """Load time: whether this built-in of w_type is a slot wrapper, and
        whether it checks its self when called unbound."""
        self.is_slot = self.name in SLOT_NAMES
        self.slot_wrapper = is_slot_wrapper(w_type, self.name)
        self.checks_self = w_type is not None and self.name not in NO_SELF_CHECK

    def copy_kind_to(self, b: W_BuiltinFunction) -> W_BuiltinFunction:
        b.is_slot = self.is_slot
        b.slot_wrapper = self.slot_wrapper
        b.binds_class = self.binds_class
        b.checks_self = self.checks_self
        return b

    def getclass(self) -> W_TypeObject:
        # a type's __new__ is a built-in function in CPython (tp_new_wrapper,
        # bound to the type): inspect.signature tells built-ins apart by type
        if self.w_objclass is not None and self.name != "__new__":
            slot = self.slot_wrapper
            if self.w_self is None:
                if self.binds_class:
                    return w_classmethod_descriptor_type
                return w_wrapper_descriptor_type if slot else w_method_descriptor_type
            if slot:
                return w_method_wrapper_type
        return w_builtin_function_type

    def call_args(self, args: Arguments) -> W_Root:
        w_self = self.w_self
        if w_self is not None:
            args = args.prepend(w_self)
        else:
            w_cls = self.w_objclass
            if w_cls is not None and len(args.args_w) == 0 and not self.is_classmethod():
                if self.name == "__new__":
                    raise operr(w_TypeError, "%s.__new__(): not enough arguments" % w_cls.name)
                if self.slot_wrapper:
                    raise operr(w_TypeError, "descriptor '%s' of '%s' object needs an argument"
                                % (self.name, w_cls.name))
                raise operr(w_TypeError, "unbound method %s.%s() needs an argument"
                            % (w_cls.name, self.name))
            if w_cls is not None and not self.accepts_self(args.args_w[0]):
                raise descr_error(self.name, tp_name(w_cls), args.args_w[0])
        return self.call_unbound(args)

    def accepts_self(self, w_first: W_Root) -> bool:
        """A type's method called unbound (`str.__len__(x)`, `re.Pattern.
        search(x, s)`): whether x may be its self (an instance of the type
        it was found in), as CPython's method and wrapper descriptors check
        before calling their C function (NO_SELF_CHECK: the ones CPython
        has as static or class methods)."""
        w_cls = self.w_objclass
        if w_cls is None or not self.checks_self:
            return True
        # (called for every special method a built-in type runs: the
        # cheap tests first)
        w_t = w_first.getclass()
        if w_t is w_cls or w_t.issubtype(w_cls):
            return True
        return self.is_classmethod()

    def call_unbound(self, args: Arguments) -> W_Root:
        raise NotImplementedError("call_unbound")

    def copy(self) -> W_BuiltinFunction:
        raise NotImplementedError("copy")

    def is_classmethod(self) -> bool:
        return self.binds_class

    def binds_as_method(self) -> bool:
        return self.w_objclass is not None and self.w_self is None and not self.is_classmethod()

    def descr_get(self, w_obj: W_Root | None, w_type: W_TypeObject) -> W_Root | None:
        if self.w_objclass is None or self.w_self is not None:
            return self
        if self.is_classmethod():
            return self.bind_to(w_type)
        if w_obj is None:
            return self
        return self.bind_to(w_obj)

    def descr_get_class(self, w_type: W_TypeObject) -> W_Root | None:
        if self.w_objclass is not None and self.w_self is None and self.is_classmethod():
            return self.bind_to(w_type)
        return self

    def bind_to(self, w_obj: W_Root) -> W_BuiltinFunction:
        b = self.copy()
        b.w_self = w_obj
        b.doc = self.doc
        b.definition = self.definition
        return b


class W_BuiltinSlots(W_BuiltinFunction):
    sig: Signature
    fn: BuiltinFn

    def __init__(self, sig: Signature, fn: BuiltinFn, w_objclass: W_TypeObject | None) -> None:
        W_BuiltinFunction.__init__(self, sig.name, w_objclass)
        self.sig = sig
        self.fn = fn

    def call_unbound(self, args: Arguments) -> W_Root:
        return self.fn(bind(self.sig, args))

    def copy(self) -> W_BuiltinFunction:
        return self.copy_kind_to(W_BuiltinSlots(self.sig, self.fn, self.w_objclass))


def fits_positional(w_f: W_BuiltinSlots, n: int) -> bool:
    """n positional arguments (a bound self included) fill w_f's slots
    without any check of bind() that could fail: the caller may make the
    slots itself."""
    if w_f.w_self is not None:
        return False
    sig = w_f.sig
    return sig.required <= n <= sig.kwonly_start and (n > 0 or w_f.w_objclass is None)


class W_BuiltinRaw(W_BuiltinFunction):
    raw: RawFn

    def __init__(self, name: str, raw: RawFn, w_objclass: W_TypeObject | None) -> None:
        W_BuiltinFunction.__init__(self, name, w_objclass)
        self.raw = raw

    def call_unbound(self, args: Arguments) -> W_Root:
        return self.raw(args)

    def copy(self) -> W_BuiltinFunction:
        return self.copy_kind_to(W_BuiltinRaw(self.name, self.raw, self.w_objclass))


def register(w_type: W_TypeObject | None, spec: str, fn: BuiltinFn) -> W_BuiltinFunction:
    """Load time: a built-in from an RPy function and its signature; put into
    the type's namespace when w_type is given."""
    sig = parse_signature(spec)
    if w_type is not None and sig.is_method:
        sig.qualname = w_type.name + "." + sig.name
    b = W_BuiltinSlots(sig, fn, w_type)
    b.init_kind(w_type)
    # a first parameter `cls` makes a class method (not __new__: static)
    b.binds_class = len(sig.params) > 0 and sig.params[0] == "cls" and sig.name != "__new__"
    if b.slot_wrapper:
        sig.slot_checked = sig.is_method and sig.name not in SLOTS_PASSING_ARGS
    if w_type is not None:
        w_type.dict_w[sig.name] = b
    return b


# the rich comparisons in the order of their op numbers (0-5), as
# space.CMP_NAMES
_CMP_SLOTS = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
CompareFn = Callable[[list[W_Root | None], int], W_Root]


def comparison_slot(compare: CompareFn, op: int) -> BuiltinFn:
    """Load time: the slot function of one rich comparison."""
    def fn(slots: list[W_Root | None]) -> W_Root:
        return compare(slots, op)
    return fn


def register_comparisons(w_type: W_TypeObject, compare: CompareFn, param: str = "value") -> None:
    """Load time: a type's six rich comparisons from one function of the
    slots and the op number (0-5: <, <=, ==, !=, >, >=)."""
    for op in range(6):
        register(w_type, "%s(self, %s, /)" % (_CMP_SLOTS[op], param), comparison_slot(compare, op))


def register_raw(w_type: W_TypeObject | None, name: str, raw: RawFn) -> W_BuiltinRaw:
    b = W_BuiltinRaw(name, raw, w_type)
    b.init_kind(w_type)
    if w_type is not None:
        w_type.dict_w[name] = b
    return b


def register_classmethod(w_type: W_TypeObject, spec: str, fn: BuiltinFn) -> W_BuiltinFunction:
    """Load time: a class method of w_type (its first parameter, whatever
    its name, is the class): `dict.fromkeys` is a classmethod_descriptor,
    `dict.fromkeys` and `D.fromkeys` are built-in methods bound to dict and
    D, as CPython's METH_CLASS methods."""
    b = register(w_type, spec, fn)
    b.binds_class = True
    return b


def register_raw_classmethod(w_type: W_TypeObject, name: str, raw: RawFn) -> W_BuiltinRaw:
    """register_classmethod of a built-in that takes the raw Arguments
    (the class first)."""
    b = register_raw(w_type, name, raw)
    b.binds_class = True
    return b
