"""Pass `string`: virtual strings (and unicode strings, the same way).

newstr / newunicode of a constant length (at most MAX_VIRTUAL_STR) is not
emitted: the string is virtual (VirtualStrInfo), its characters written by
strsetitem at constant indexes and read back by strgetitem, strlen is its
length, copystrcontent with constant bounds into it copies characters
(read one by one from a non-virtual source, when short).  The length of a
string allocated with a variable length is that variable.  A virtual
string that escapes is forced like any virtual (virtualize.force_box):
allocation, then one strsetitem per character written.
Not done: concatenation and slicing helpers (PyPy's vstring handles calls
to ll_strconcat & co. by oopspec; our codewriter has no oopspec yet),
string equality, reading characters of constant strings.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import AbstractValue, ResOperation, rop, REF
from rpy.jit.metainterp.history import ConstInt
from rpy.jit.metainterp.optimizeopt.optimizer import Optimization
from rpy.jit.metainterp.optimizeopt.info import VirtualInfo, VirtualStrInfo
from rpy.jit.metainterp.optimizeopt.virtualize import force_box

MAX_VIRTUAL_STR = 256
MAX_COPY_UNROLLED = 16


class OptString(Optimization):
    sized: list[AbstractValue]          # strings allocated with a variable length
    sizes: list[AbstractValue]

    def __init__(self) -> None:
        Optimization.__init__(self)
        self.sized = []
        self.sizes = []

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.NEWSTR or opnum == rop.NEWUNICODE:
            self.optimize_newstr(op, opnum == rop.NEWUNICODE)
        elif opnum == rop.STRSETITEM or opnum == rop.UNICODESETITEM:
            self.optimize_setitem(op)
        elif opnum == rop.STRGETITEM or opnum == rop.UNICODEGETITEM:
            self.optimize_getitem(op)
        elif opnum == rop.STRLEN or opnum == rop.UNICODELEN:
            self.optimize_len(op)
        elif opnum == rop.COPYSTRCONTENT or opnum == rop.COPYUNICODECONTENT:
            self.optimize_copy(op, opnum == rop.COPYUNICODECONTENT)
        else:
            self.force_args(op)
            self.emit(op)

    def vstr(self, v: AbstractValue) -> VirtualStrInfo | None:
        info = self.get_box_replacement(v).info
        if isinstance(info, VirtualStrInfo):
            return info
        return None

    def force_args(self, op: ResOperation) -> None:
        for i in range(len(op.args)):
            a = op.args[i]
            if a.type == REF and isinstance(self.get_box_replacement(a).info, VirtualInfo):
                op.args[i] = force_box(self, a)

    def optimize_newstr(self, op: ResOperation, is_unicode: bool) -> None:
        length = op.args[0]
        if isinstance(length, ConstInt) and 0 <= length.value <= MAX_VIRTUAL_STR:
            op.info = VirtualStrInfo(op, length.value, is_unicode)
            return
        self.emit(op)
        self.sized.append(op)
        self.sizes.append(length)

    def const_index(self, info: VirtualStrInfo, index: AbstractValue) -> int:
        index = self.get_box_replacement(index)
        if isinstance(index, ConstInt) and 0 <= index.value < len(info.chars):
            return index.value
        return -1

    def optimize_setitem(self, op: ResOperation) -> None:
        info = self.vstr(op.args[0])
        if info is not None:
            i = self.const_index(info, op.args[1])
            if i >= 0:
                info.chars[i] = self.get_box_replacement(op.args[2])
                return
        self.force_args(op)
        self.emit(op)

    def optimize_getitem(self, op: ResOperation) -> None:
        info = self.vstr(op.args[0])
        if info is not None:
            i = self.const_index(info, op.args[1])
            if i >= 0:
                c = info.chars[i]
                if c is not None:
                    self.make_equal_to(op, c)
                    return
        self.force_args(op)
        self.emit(op)

    def optimize_len(self, op: ResOperation) -> None:
        s = self.get_box_replacement(op.args[0])
        info = s.info
        if isinstance(info, VirtualStrInfo):
            self.make_constant_int(op, len(info.chars))
            return
        for i in range(len(self.sized)):
            if self.sized[i] is s:
                self.make_equal_to(op, self.sizes[i])
                return
        self.emit(op)

    def optimize_copy(self, op: ResOperation, is_unicode: bool) -> None:
        # copystrcontent(src, dst, srcstart, dststart, length)
        dst = self.vstr(op.args[1])
        srcstart = self.get_box_replacement(op.args[2])
        dststart = self.get_box_replacement(op.args[3])
        length = self.get_box_replacement(op.args[4])
        if (dst is not None and isinstance(srcstart, ConstInt) and
                isinstance(dststart, ConstInt) and isinstance(length, ConstInt) and
                0 <= dststart.value and dststart.value + length.value <= len(dst.chars) and
                length.value >= 0):
            src = self.vstr(op.args[0])
            n = length.value
            if src is not None:
                if srcstart.value >= 0 and srcstart.value + n <= len(src.chars):
                    ok = True
                    for k in range(n):
                        if src.chars[srcstart.value + k] is None:
                            ok = False
                    if ok:
                        for k in range(n):
                            dst.chars[dststart.value + k] = src.chars[srcstart.value + k]
                        return
            elif n <= MAX_COPY_UNROLLED:
                getitem = rop.UNICODEGETITEM if is_unicode else rop.STRGETITEM
                source = self.get_box_replacement(op.args[0])
                for k in range(n):
                    get = ResOperation(getitem, [source, ConstInt(srcstart.value + k)], None)
                    self.emit(get)
                    dst.chars[dststart.value + k] = get
                return
        self.force_args(op)
        self.emit(op)
