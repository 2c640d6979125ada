"""The pattern-matching opcodes of the eval loop: GET_LEN, MATCH_MAPPING,
MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS (CPython 3.11's ceval.c and
match_class_attr)."""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter import frame as framemod
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError, operr, w_AttributeError, w_TypeError, w_ValueError
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (FLAG_MAPPING, FLAG_SEQUENCE, W_Root, W_TypeObject, type_name,
                                 w_None)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

# built-in types matched by a single positional sub-pattern as a whole
SELF_MATCH_TYPES = ["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list",
                    "set", "str", "tuple"]


def dispatch(f: framemod.Frame, opcode: int, oparg: int) -> None:
    if opcode == op.GET_LEN:
        f.push(wrap_int(space.len_w(f.top())))
    elif opcode == op.MATCH_MAPPING:
        f.push(space.wrap_bool((f.top().getclass().match_flags & FLAG_MAPPING) != 0))
    elif opcode == op.MATCH_SEQUENCE:
        f.push(space.wrap_bool((f.top().getclass().match_flags & FLAG_SEQUENCE) != 0))
    elif opcode == op.MATCH_KEYS:
        w_keys = f.top()
        w_subject = f.peek(2)
        f.push(match_keys(w_subject, w_keys))
    elif opcode == op.MATCH_CLASS:
        w_names = f.pop()
        w_cls = f.pop()
        w_subject = f.pop()
        f.push(match_class(w_subject, w_cls, oparg, w_names))


class Dummy(W_Root):
    pass


DUMMY = Dummy()


def match_keys(w_subject: W_Root, w_keys: W_Root) -> W_Root:
    assert isinstance(w_keys, W_TupleObject)
    if len(w_keys.items_w) == 0:
        return W_TupleObject([])
    w_get = space.getattr(w_subject, "get")
    seen: list[W_Root] = []
    values: list[W_Root] = []
    for w_key in w_keys.items_w:
        for w_s in seen:
            if space.eq_w(w_s, w_key):
                raise operr(w_ValueError, "mapping pattern checks duplicate key (%s)"
                            % space.repr_str(w_key))
        seen.append(w_key)
        w_value = space.call_function(w_get, [w_key, DUMMY])
        if w_value is DUMMY:
            return w_None
        values.append(w_value)
    return W_TupleObject(values)


def match_class_attr(w_subject: W_Root, w_type: W_TypeObject, name: str,
                     seen: list[str]) -> W_Root | None:
    if name in seen:
        raise operr(w_TypeError, "%s() got multiple sub-patterns for attribute '%s'"
                    % (w_type.name, name))
    seen.append(name)
    try:
        return space.getattr(w_subject, name)
    except OperationError as e:
        if e.match(w_AttributeError):
            return None
        raise


def match_class(w_subject: W_Root, w_cls: W_Root, nargs: int, w_names: W_Root) -> W_Root:
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "called match pattern must be a type")
    if not space.isinstance_check(w_subject, w_cls):
        return w_None
    assert isinstance(w_names, W_TupleObject)
    seen: list[str] = []
    attrs: list[W_Root] = []
    if nargs > 0:
        w_match_args = space.getattr_or_none(w_cls, "__match_args__")
        match_self = False
        args_w: list[W_Root] = []
        if w_match_args is not None:
            if not isinstance(w_match_args, W_TupleObject):
                raise operr(w_TypeError, "%s.__match_args__ must be a tuple (got %s)"
                            % (w_cls.name, type_name(w_match_args)))
            args_w = w_match_args.items_w
        else:
            match_self = builtin_self_match(w_cls)
        allowed = 1 if match_self else len(args_w)
        if allowed < nargs:
            raise operr(w_TypeError, "%s() accepts %d positional sub-pattern%s (%d given)"
                        % (w_cls.name, allowed, "" if allowed == 1 else "s", nargs))
        if match_self:
            attrs.append(w_subject)
        else:
            i = 0
            while i < nargs:
                w_name = args_w[i]
                if not isinstance(w_name, W_StrObject):
                    raise operr(w_TypeError, "__match_args__ elements must be strings (got %s)"
                                % type_name(w_name))
                w_attr = match_class_attr(w_subject, w_cls, w_name.as_str(), seen)
                if w_attr is None:
                    return w_None
                attrs.append(w_attr)
                i += 1
    for w_name in w_names.items_w:
        w_attr = match_class_attr(w_subject, w_cls, space.str_of_w(w_name), seen)
        if w_attr is None:
            return w_None
        attrs.append(w_attr)
    return W_TupleObject(attrs)


def builtin_self_match(w_cls: W_TypeObject) -> bool:
    for w_t in w_cls.mro_w:
        if not w_t.is_heaptype and w_t.name in SELF_MATCH_TYPES:
            return True
    return False


def set_builtin_flags() -> None:
    """Load time: the built-in sequences and mappings (CPython sets these
    flags in the type definitions)."""
    from ouro.objspace.model import BUILTIN_TYPES
    for w_t in BUILTIN_TYPES:
        if w_t.name == "dict":
            w_t.match_flags = FLAG_MAPPING
        elif w_t.name in ("list", "tuple", "range", "memoryview", "deque", "array"):
            w_t.match_flags = FLAG_SEQUENCE
    # built-in subclasses (defaultdict, OrderedDict...) were made before
    # their bases got the flags: they inherit them now
    for w_t in BUILTIN_TYPES:
        if w_t.match_flags == 0:
            for w_b in w_t.mro_w:
                if w_b.match_flags != 0:
                    w_t.match_flags = w_b.match_flags
                    break

