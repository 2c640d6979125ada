"""`except*`: the CHECK_EG_MATCH and PREP_RERAISE_STAR opcodes, and
exception-group splitting (CPython 3.11's exceptions.c:
exceptiongroup_split_recursive and _PyExc_PrepReraiseStar)."""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter import frame as framemod
from ouro.objspace import space
from ouro.objspace.exceptions import (W_BaseException, operr, w_BaseExceptionGroup, w_TypeError)
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import W_Root, W_TypeObject, w_None
from ouro.objspace.tupleobject import W_TupleObject


def dispatch(f: framemod.Frame, opcode: int, oparg: int = 0) -> None:
    if opcode == op.CHECK_EG_MATCH:
        w_type = f.pop()
        w_exc = f.pop()
        check_star_type(w_type)
        w_match, w_rest = exception_group_match(w_exc, w_type)
        f.push(w_rest)
        f.push(w_match)
        if w_match is not w_None:
            framemod.get_ec().w_handled = w_match
    elif opcode == op.PREP_RERAISE_STAR:
        w_list = f.pop()
        w_orig = f.pop()
        assert isinstance(w_list, W_ListObject)
        f.push(prep_reraise_star(w_orig, w_list.getitems_copy()))


def check_star_type(w_type: W_Root) -> None:
    framemod.check_except_type(w_type)
    if isinstance(w_type, W_TupleObject):
        for w_t in w_type.items_w:
            check_star_type(w_t)
        return
    if isinstance(w_type, W_TypeObject) and w_type.issubtype(w_BaseExceptionGroup):
        raise operr(w_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")


def is_group(w: W_Root) -> bool:
    return isinstance(w, W_BaseException) and w.exceptions_w is not None


def exception_group_match(w_exc: W_Root, w_type: W_Root) -> tuple[W_Root, W_Root]:
    """(match, rest) for `except* w_type`."""
    if w_exc is w_None:
        return (w_None, w_None)
    if not is_group(w_exc):
        if framemod.exception_matches(w_exc, w_type):
            w_eg = space.call_function(w_BaseExceptionGroup, [space.wrap_str(""),
                                                              W_TupleObject([w_exc])])
            assert isinstance(w_exc, W_BaseException) and isinstance(w_eg, W_BaseException)
            w_eg.traceback = w_exc.traceback
            return (w_eg, w_None)
        return (w_None, w_exc)
    w_match, w_rest = split(w_exc, w_type)
    return (w_match, w_rest)


def split(w_exc: W_Root, w_type: W_Root) -> tuple[W_Root, W_Root]:
    """exceptiongroup_split_recursive: the matching and the other leaves,
    each in a copy of the group's structure (None if empty)."""
    assert isinstance(w_exc, W_BaseException)
    if framemod.exception_matches(w_exc, w_type):
        return (w_exc, w_None)
    excs = w_exc.exceptions_w
    if excs is None:
        return (w_None, w_exc)
    match_w: list[W_Root] = []
    rest_w: list[W_Root] = []
    for w_e in excs:
        w_m, w_r = split(w_e, w_type)
        if w_m is not w_None:
            match_w.append(w_m)
        if w_r is not w_None:
            rest_w.append(w_r)
    return (derive(w_exc, match_w), derive(w_exc, rest_w))


def derive(w_eg: W_BaseException, excs_w: list[W_Root]) -> W_Root:
    if len(excs_w) == 0:
        return w_None
    w_new = space.call_method(w_eg, "derive", [space.new_list(excs_w)])
    if isinstance(w_new, W_BaseException):
        w_new.traceback = w_eg.traceback
        w_new.w_cause = w_eg.w_cause
        w_new.w_context = w_eg.w_context
        w_notes = w_eg.getdictvalue("__notes__")
        if w_notes is not None:
            w_new.setdictvalue("__notes__", w_notes)
    return w_new


def leaves(w_exc: W_Root, out: list[W_Root]) -> None:
    if isinstance(w_exc, W_BaseException) and w_exc.exceptions_w is not None:
        excs = w_exc.exceptions_w
        assert excs is not None
        for w_e in excs:
            leaves(w_e, out)
    else:
        out.append(w_exc)


def contains_leaf(leaves_w: list[W_Root], w_leaf: W_Root) -> bool:
    for w in leaves_w:
        if w is w_leaf:
            return True
    return False


def project(w_exc: W_Root, keep_w: list[W_Root]) -> W_Root:
    """The part of the group made of the kept leaves, its structure intact."""
    if not is_group(w_exc):
        if contains_leaf(keep_w, w_exc):
            return w_exc
        return w_None
    assert isinstance(w_exc, W_BaseException)
    excs = w_exc.exceptions_w
    assert excs is not None
    parts: list[W_Root] = []
    for w_e in excs:
        w_p = project(w_e, keep_w)
        if w_p is not w_None:
            parts.append(w_p)
    return derive(w_exc, parts)


def prep_reraise_star(w_orig: W_Root, raised_w: list[W_Root]) -> W_Root:
    """The exception to raise after the except* clauses: the re-raised
    parts of the original group (in its structure) and the new exceptions
    raised by the clauses."""
    items: list[W_Root] = []
    for w in raised_w:
        if w is not w_None:
            items.append(w)
    if len(items) == 0:
        return w_None
    if not is_group(w_orig):
        return items[0]
    orig_leaves: list[W_Root] = []
    leaves(w_orig, orig_leaves)
    reraised_leaves: list[W_Root] = []
    new_w: list[W_Root] = []
    for w in items:
        lv: list[W_Root] = []
        leaves(w, lv)
        is_reraise = len(lv) > 0
        for w_l in lv:
            if not contains_leaf(orig_leaves, w_l):
                is_reraise = False
        if is_reraise:
            for w_l in lv:
                reraised_leaves.append(w_l)
        else:
            new_w.append(w)
    w_kept = project(w_orig, reraised_leaves)
    if len(new_w) == 0:
        return w_kept
    if w_kept is not w_None:
        new_w.append(w_kept)
    if len(new_w) == 1:
        return new_w[0]
    return space.call_function(w_BaseExceptionGroup, [space.wrap_str(""), W_TupleObject(new_w)])
