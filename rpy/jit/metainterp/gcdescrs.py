"""Descriptors of the C runtime's own GC arrays (rpy/c/runtime/rpy.h):

    typedef struct rpy_array { rpy_hdr h; Signed length; rpy_word items[]; }

with type id RPY_TID_ARRAY_GC (items are GC pointers: REF) or
RPY_TID_ARRAY_RAW (words: INT or FLOAT), the storage of every RPy list.
Fixed by the runtime, so they are plain constants here; the pyjitpl phase
(rpy/jit/translator/layout.py) makes gcc check the offsets and type ids
(_Static_assert), like the descriptors of RPy classes.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import ArrayDescr, INT, REF, FLOAT

RPY_ARRAY_LENGTH_OFS = 8
RPY_ARRAY_ITEMS_OFS = 16
RPY_TID_ARRAY_GC = 3
RPY_TID_ARRAY_RAW = 4


def _array_descr(name: str, kind: int, tid: int) -> ArrayDescr:
    d = ArrayDescr(name, kind, 8, RPY_ARRAY_ITEMS_OFS, RPY_ARRAY_LENGTH_OFS, False)
    d.tid = tid
    return d


GC_ARRAY = _array_descr('rpy_array_gc', REF, RPY_TID_ARRAY_GC)
INT_ARRAY = _array_descr('rpy_array_int', INT, RPY_TID_ARRAY_RAW)
FLOAT_ARRAY = _array_descr('rpy_array_float', FLOAT, RPY_TID_ARRAY_RAW)

C_CHECKS = [
    'offsetof(rpy_array, length) == %d' % RPY_ARRAY_LENGTH_OFS,
    'offsetof(rpy_array, items) == %d' % RPY_ARRAY_ITEMS_OFS,
    'sizeof(rpy_word) == 8',
    'RPY_TID_ARRAY_GC == %d' % RPY_TID_ARRAY_GC,
    'RPY_TID_ARRAY_RAW == %d' % RPY_TID_ARRAY_RAW,
]
