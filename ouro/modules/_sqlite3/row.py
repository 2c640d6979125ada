"""sqlite3.Row, as CPython 3.11's Modules/_sqlite/row.c: a tuple of
values with the cursor's description, indexed by position, by slice, or
by column name (ASCII case-insensitively); keys(), len, iteration,
equality and hashing over (description, data).
"""
from __future__ import annotations

from ouro.modules._sqlite3.model import W_Cursor, W_Row, w_row_type
from ouro.objspace import space
from ouro.objspace.exceptions import operr, w_IndexError, w_TypeError
from ouro.objspace.gateway import register, register_raw
from ouro.objspace.intobject import W_IntObject, is_int, wrap_int
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, type_name, w_None,
                                 w_NotImplemented)
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

from ouro.modules.math.args import new_args


def as_row(w: W_Root | None, what: str) -> W_Row:
    if isinstance(w, W_Row):
        return w
    assert w is not None
    raise operr(w_TypeError, "descriptor '%s' for 'sqlite3.Row' objects doesn't apply to a "
                "'%s' object" % (what, type_name(w)))


def row_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    assert isinstance(w_cls, W_TypeObject)
    a = new_args(args, "Row", "Row", 2, 2)
    w_cur = a[0]
    w_data = a[1]
    if not isinstance(w_cur, W_Cursor):
        raise operr(w_TypeError, "Row() argument 1 must be sqlite3.Cursor, not %s"
                    % type_name(w_cur))
    if not isinstance(w_data, W_TupleObject):
        raise operr(w_TypeError, "Row() argument 2 must be tuple, not %s" % type_name(w_data))
    return W_Row(w_cls, w_data, w_data.items_w, w_cur.w_description)


def ascii_lower(s: str) -> str:
    out: list[str] = []
    for c in s:
        if "A" <= c <= "Z":
            out.append(chr(ord(c) + 32))
        else:
            out.append(c)
    return "".join(out)


def description_names(row: W_Row) -> list[W_Root]:
    names_w: list[W_Root] = []
    w_descr = row.w_description
    if isinstance(w_descr, W_TupleObject):
        for w_item in w_descr.items_w:
            assert isinstance(w_item, W_TupleObject)
            names_w.append(w_item.items_w[0])
    return names_w


def row_getitem(slots: list[W_Root | None]) -> W_Root:
    row = as_row(slots[0], "__getitem__")
    w_idx = slots[1]
    assert w_idx is not None
    if is_int(w_idx):
        if not isinstance(w_idx, W_IntObject):
            raise operr(w_IndexError, "cannot fit 'int' into an index-sized integer")
        i = w_idx.intval
        n = len(row.data_w)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise operr(w_IndexError, "tuple index out of range")
        return row.data_w[i]
    if isinstance(w_idx, W_StrObject):
        key = ascii_lower(w_idx.as_str())
        names_w = description_names(row)
        for i in range(len(names_w)):
            w_name = names_w[i]
            if isinstance(w_name, W_StrObject) and ascii_lower(w_name.as_str()) == key:
                return row.data_w[i]
        raise operr(w_IndexError, "No item with that key")
    if space.type_of(w_idx).name == "slice":
        return space.getitem(row.w_data, w_idx)
    raise operr(w_IndexError, "Index must be int or string")


def row_len(slots: list[W_Root | None]) -> W_Root:
    return wrap_int(len(as_row(slots[0], "__len__").data_w))


def row_keys(slots: list[W_Root | None]) -> W_Root:
    row = as_row(slots[0], "keys")
    return space.new_list(description_names(row))


def row_iter(slots: list[W_Root | None]) -> W_Root:
    return space.iter(as_row(slots[0], "__iter__").w_data)


def row_hash(slots: list[W_Root | None]) -> W_Root:
    row = as_row(slots[0], "__hash__")
    return wrap_int(space.hash_w(row.w_description) ^ space.hash_w(row.w_data))


def rows_equal(row: W_Row, w_other: W_Root | None) -> bool:
    assert isinstance(w_other, W_Row)
    return space.eq_w(row.w_description, w_other.w_description) and \
        space.eq_w(row.w_data, w_other.w_data)


def row_eq(slots: list[W_Root | None]) -> W_Root:
    row = as_row(slots[0], "__eq__")
    if not isinstance(slots[1], W_Row):
        return w_NotImplemented
    return space.wrap_bool(rows_equal(row, slots[1]))


def row_ne(slots: list[W_Root | None]) -> W_Root:
    row = as_row(slots[0], "__ne__")
    if not isinstance(slots[1], W_Row):
        return w_NotImplemented
    return space.wrap_bool(not rows_equal(row, slots[1]))


register_raw(w_row_type, "__new__", row_new)
register(w_row_type, "__getitem__(self, key, /)", row_getitem)
register(w_row_type, "__len__(self, /)", row_len)
register(w_row_type, "keys(self, /)", row_keys)
register(w_row_type, "__iter__(self, /)", row_iter)
register(w_row_type, "__hash__(self, /)", row_hash)
register(w_row_type, "__eq__(self, value, /)", row_eq)
register(w_row_type, "__ne__(self, value, /)", row_ne)
