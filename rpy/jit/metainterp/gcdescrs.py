"""Descriptors of the C runtime's own objects (rpy/c/runtime/rpy.h):

    typedef struct rpy_array { rpy_hdr h; Signed length; rpy_word items[]; }
    typedef struct rpy_list { rpy_hdr h; Signed length; rpy_array *items; }
    typedef struct rpy_string { rpy_hdr h; Signed hash, length, nchars; char data[]; }

An array has type id RPY_TID_ARRAY_GC (items are GC pointers: REF) or
RPY_TID_ARRAY_RAW (words: INT or FLOAT); it is the storage of every RPy
list.  The codewriter lowers list operations to reads of the list's
`length` and `items` fields and array operations on `items`, and `len()`
of a str to its `nchars` field (strings are immutable).  Lists declared
`name[*]` in `_immutable_fields_` use the *_PURE descrs (reads that fold
on constants and are CSE'd).  Fixed by the runtime, so they are plain
constants here; the pyjitpl phase (rpy/jit/translator/layout.py) makes gcc
check the offsets and type ids (_Static_assert), like the descriptors of
RPy classes.  Untranslated, rpy/jit/codewriter/support.py gives them a
meaning on Python lists and strs.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import ArrayDescr, FieldDescr, SizeDescr, INT, REF, FLOAT

RPY_ARRAY_LENGTH_OFS = 8
RPY_ARRAY_ITEMS_OFS = 16
RPY_TID_ARRAY_GC = 3
RPY_TID_ARRAY_RAW = 4
RPY_TID_LIST = 5
RPY_LIST_SIZE = 24


RPY_LIST_LENGTH_OFS = 8
RPY_LIST_ITEMS_OFS = 16
RPY_STR_NCHARS_OFS = 24


def _array_descr(name: str, kind: int, tid: int, immutable: bool) -> ArrayDescr:
    d = ArrayDescr(name, kind, 8, RPY_ARRAY_ITEMS_OFS, RPY_ARRAY_LENGTH_OFS, immutable)
    d.tid = tid
    return d


GC_ARRAY = _array_descr('rpy_array_gc', REF, RPY_TID_ARRAY_GC, False)
INT_ARRAY = _array_descr('rpy_array_int', INT, RPY_TID_ARRAY_RAW, False)
FLOAT_ARRAY = _array_descr('rpy_array_float', FLOAT, RPY_TID_ARRAY_RAW, False)
# the same arrays as the storage of a list whose items never change
GC_ARRAY_PURE = _array_descr('rpy_array_gc_pure', REF, RPY_TID_ARRAY_GC, True)
INT_ARRAY_PURE = _array_descr('rpy_array_int_pure', INT, RPY_TID_ARRAY_RAW, True)
FLOAT_ARRAY_PURE = _array_descr('rpy_array_float_pure', FLOAT, RPY_TID_ARRAY_RAW, True)

# rpy_list as a struct, for `new` (the tracer's virtual lists: a list made
# with a length constant in the trace is new_array + new(LIST_SIZE), which
# the optimizer can keep virtual).  Its fields are the mutable descrs; the
# *_PURE ones (lists that never change) have no parent: a virtual list read
# through them is forced first.
LIST_SIZE = SizeDescr('rpy_list', RPY_LIST_SIZE, RPY_TID_LIST)
LIST_LENGTH = FieldDescr('rpy_list.length', LIST_SIZE, INT, RPY_LIST_LENGTH_OFS, 8, False)
LIST_ITEMS = FieldDescr('rpy_list.items', LIST_SIZE, REF, RPY_LIST_ITEMS_OFS, 8, False)
LIST_LENGTH_PURE = FieldDescr('rpy_list.length_pure', None, INT, RPY_LIST_LENGTH_OFS, 8, True)
LIST_ITEMS_PURE = FieldDescr('rpy_list.items_pure', None, REF, RPY_LIST_ITEMS_OFS, 8, True)
# len() of a str: its number of code points (strings are immutable)
STR_NCHARS = FieldDescr('rpy_string.nchars', None, INT, RPY_STR_NCHARS_OFS, 8, True)

LIST_FIELDS = [LIST_LENGTH, LIST_ITEMS, LIST_LENGTH_PURE, LIST_ITEMS_PURE]
ARRAYS = [GC_ARRAY, INT_ARRAY, FLOAT_ARRAY, GC_ARRAY_PURE, INT_ARRAY_PURE, FLOAT_ARRAY_PURE]


def array_of_kind(kind: int, immutable: bool) -> ArrayDescr:
    """The storage descr of a list whose items are of `kind`."""
    if kind == REF:
        return GC_ARRAY_PURE if immutable else GC_ARRAY
    if kind == FLOAT:
        return FLOAT_ARRAY_PURE if immutable else FLOAT_ARRAY
    return INT_ARRAY_PURE if immutable else INT_ARRAY

C_CHECKS = [
    'offsetof(rpy_array, length) == %d' % RPY_ARRAY_LENGTH_OFS,
    'offsetof(rpy_array, items) == %d' % RPY_ARRAY_ITEMS_OFS,
    'sizeof(rpy_word) == 8',
    'RPY_TID_ARRAY_GC == %d' % RPY_TID_ARRAY_GC,
    'RPY_TID_ARRAY_RAW == %d' % RPY_TID_ARRAY_RAW,
    'RPY_TID_LIST == %d' % RPY_TID_LIST,
    'sizeof(rpy_list) == %d' % RPY_LIST_SIZE,
    'offsetof(rpy_list, length) == %d' % RPY_LIST_LENGTH_OFS,
    'offsetof(rpy_list, items) == %d' % RPY_LIST_ITEMS_OFS,
    'offsetof(rpy_string, nchars) == %d' % RPY_STR_NCHARS_OFS,
]
