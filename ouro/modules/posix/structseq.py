"""Struct sequences (CPython's structseq.c): tuples whose items also have
names, like os.stat_result and time.struct_time.

A structseq type has `n_fields` fields; the first `n_sequence_fields` are
the tuple's items (len(), indexing, iteration, comparison are tuple's),
the others are reachable by name only.  Unnamed fields (named "" here)
are sequence items without an attribute (stat_result's integer times).

    STAT_RESULT = make_structseq("stat_result", "os", [...names...], 10)
    w_st = new_structseq(STAT_RESULT, values_w)
"""
from __future__ import annotations

from typing import Callable

from ouro.objspace import space
from ouro.objspace.descriptors import getset
from ouro.objspace.dictobject import W_DictObject
from ouro.objspace.exceptions import operr, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject, make_builtin_type,
                                 type_name, w_None)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject, repr_enter, repr_leave, w_tuple_type


class StructSeqDesc:
    """Load time: one structseq type."""
    w_type: W_TypeObject
    full_name: str              # "os.stat_result" (messages and repr)
    fields: list[str]           # every field, "" for an unnamed one
    named: list[str]            # the named fields, in order
    n_sequence: int
    fixup: Callable[[list[W_Root]], None]   # fills defaults after construction

    def __init__(self, w_type: W_TypeObject, full_name: str, fields: list[str], n_sequence: int,
                 fixup: Callable[[list[W_Root]], None]) -> None:
        self.w_type = w_type
        self.full_name = full_name
        self.fields = fields
        self.named = [f for f in fields if f != ""]
        self.n_sequence = n_sequence
        self.fixup = fixup


class W_StructSeq(W_TupleObject):
    """The tuple items are the sequence fields; extra_w the others."""
    desc: StructSeqDesc
    extra_w: list[W_Root]

    def __init__(self, desc: StructSeqDesc, items_w: list[W_Root], extra_w: list[W_Root]) -> None:
        W_TupleObject.__init__(self, items_w)
        self.desc = desc
        self.extra_w = extra_w

    def getclass(self) -> W_TypeObject:
        return self.desc.w_type

    def field(self, i: int) -> W_Root:
        n = len(self.items_w)
        if i < n:
            return self.items_w[i]
        return self.extra_w[i - n]


def no_fixup(values_w: list[W_Root]) -> None:
    pass


DESCS: list[StructSeqDesc] = []


def _desc_of(w_type: W_Root) -> StructSeqDesc:
    for d in DESCS:
        if d.w_type is w_type:
            return d
    raise operr(w_TypeError, "not a structseq type")


def _self(w: W_Root | None) -> W_StructSeq:
    if not isinstance(w, W_StructSeq):
        raise operr(w_TypeError, "descriptor requires a structseq object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def _make_getter(i: int) -> Callable[[W_Root], W_Root]:
    """Load time: the getter of field i."""
    def get(w: W_Root) -> W_Root:
        return _self(w).field(i)
    return get


GETTERS = [_make_getter(i) for i in range(24)]


def new_structseq(desc: StructSeqDesc, values_w: list[W_Root]) -> W_StructSeq:
    """An instance from all its field values (len(values_w) == n_fields)."""
    n = desc.n_sequence
    return W_StructSeq(desc, values_w[:n], values_w[n:])


def structseq_new(slots: list[W_Root | None]) -> W_Root:
    w_cls = slots[0]
    w_seq = slots[1]
    w_dict = slots[2]
    assert w_cls is not None and w_seq is not None
    desc = _desc_of(w_cls)
    items_w = space.unpack_iterable(w_seq)
    n = len(items_w)
    min_len = desc.n_sequence
    max_len = len(desc.fields)
    if n < min_len:
        if min_len == max_len:
            raise operr(w_TypeError, "%s() takes a %d-sequence (%d-sequence given)"
                        % (desc.full_name, min_len, n))
        raise operr(w_TypeError, "%s() takes an at least %d-sequence (%d-sequence given)"
                    % (desc.full_name, min_len, n))
    if n > max_len:
        if min_len == max_len:
            raise operr(w_TypeError, "%s() takes a %d-sequence (%d-sequence given)"
                        % (desc.full_name, max_len, n))
        raise operr(w_TypeError, "%s() takes an at most %d-sequence (%d-sequence given)"
                    % (desc.full_name, max_len, n))
    if w_dict is not None and w_dict is not w_None and not isinstance(w_dict, W_DictObject):
        raise operr(w_TypeError, "%s() takes a dict as second arg, if any" % desc.full_name)
    values_w = list(items_w)
    i = n
    while i < max_len:
        w_v: W_Root = w_None
        name = desc.fields[i]
        if isinstance(w_dict, W_DictObject) and name != "":
            w_found = w_dict.getitem_str(name)
            if w_found is not None:
                w_v = w_found
        values_w.append(w_v)
        i += 1
    desc.fixup(values_w)
    return new_structseq(desc, values_w)


def structseq_repr(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    desc = w_self.desc
    if not repr_enter(w_self):
        return space.wrap_str(desc.full_name + "(...)")
    parts: list[str] = []
    try:
        i = 0
        while i < len(w_self.items_w):
            name = desc.named[i] if i < len(desc.named) else "?"
            parts.append("%s=%s" % (name, space.repr_str(w_self.items_w[i])))
            i += 1
    finally:
        repr_leave(w_self)
    return space.wrap_str("%s(%s)" % (desc.full_name, ", ".join(parts)))


def structseq_reduce(slots: list[W_Root | None]) -> W_Root:
    w_self = _self(slots[0])
    desc = w_self.desc
    w_d = W_DictObject()
    n = len(w_self.items_w)
    i = n
    while i < len(desc.fields):
        if desc.fields[i] != "":
            w_d.setitem_str(desc.fields[i], w_self.field(i))
        i += 1
    return W_TupleObject([desc.w_type, W_TupleObject([W_TupleObject(list(w_self.items_w)), w_d])])


def make_structseq(name: str, module: str, fields: list[str], n_sequence: int,
                   fixup: Callable[[list[W_Root]], None] = no_fixup) -> StructSeqDesc:
    """Load time: a new structseq type `module.name`."""
    w_t = make_builtin_type(name, [w_tuple_type], LAYOUT_OTHER)
    w_t.w_module = W_StrObject(module)
    w_t.dict_w["__module__"] = W_StrObject(module)
    desc = StructSeqDesc(w_t, module + "." + name, fields, n_sequence, fixup)
    DESCS.append(desc)
    register(w_t, "__new__(cls, sequence, dict=)", structseq_new)
    register(w_t, "__repr__(self, /)", structseq_repr)
    register(w_t, "__reduce__(self, /)", structseq_reduce)
    i = 0
    for f in fields:
        if f != "":
            getset(w_t, f, GETTERS[i])
        i += 1
    n_unnamed = len(fields) - len(desc.named)
    w_t.dict_w["n_sequence_fields"] = wrap_int(n_sequence)
    w_t.dict_w["n_fields"] = wrap_int(len(fields))
    w_t.dict_w["n_unnamed_fields"] = wrap_int(n_unnamed)
    match_args: list[W_Root] = []
    for f in fields[:n_sequence]:
        if f != "":
            match_args.append(W_StrObject(f))
    w_t.dict_w["__match_args__"] = W_TupleObject(match_args)
    return desc


def cannot_create_new(args: Arguments) -> W_Root:
    name = "structseq"
    for d in DESCS:
        if len(args.args_w) > 0 and d.w_type is args.args_w[0]:
            name = d.full_name
    raise operr(w_TypeError, "cannot create '%s' instances" % name)


def forbid_new(desc: StructSeqDesc) -> None:
    """Load time: the type's instances are made only by the interpreter
    (sys.flags, sys.version_info: CPython removes their tp_new)."""
    register_raw(desc.w_type, "__new__", cannot_create_new)
