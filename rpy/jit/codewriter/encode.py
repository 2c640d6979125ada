"""Encoding the codewriter's jitcodes (jitcode.py: Insn objects) as the RPy
data of rpy/jit/metainterp/jitcodedata.py (the format is described
there).  Runs at translation time, in the pyjitpl phase, after the
descriptors are bound to the C layout (offsets, type ids, func_index);
also untranslated (tests compare both).

REF constants are stored as themselves (untranslated a GCRef is the
object); `ref_types` records the annotation each one is emitted with by
the C database (rpy/c/database.py, `gcref_const_types`), taken from the
flow graph's Constant (or str / the instance's class for constants the
codewriter made itself).
"""
from __future__ import annotations

from typing import Any

from rpy.annotate import model as M
from rpy.jit.metainterp.resoperation import (
    INT, REF, FLOAT, FieldDescr, SizeDescr, ArrayDescr, CallDescr)
from rpy.jit.metainterp.jitcodedata import (
    JitCodeTable, JitCodeData, DK_FIELD, DK_SIZE, DK_ARRAY, DK_CALL)
from rpy.jit.codewriter.jitcode import JitCode, Insn, Operand


class Encoder:
    def __init__(self, cw: Any, table: JitCodeTable) -> None:
        self.cw = cw
        self.ann = cw.ann
        complete_methods(cw)
        self.table = table
        self.jitcodes: list[JitCode] = list(cw.jitcodes.values())
        self.jc_index = {id(jc): i for i, jc in enumerate(self.jitcodes)}
        names: set[str] = set()
        for jc in self.jitcodes:
            for insn in jc.code:
                names.add(insn.opname)
        self.opnames = sorted(names)
        self.opcode = {n: i for i, n in enumerate(self.opnames)}
        self.descr_index: dict[int, int] = {}
        self.descr_objects: list[Any] = []      # by index (the untranslated cpu)
        self.name_index: dict[str, int] = {}
        self.class_index: dict[Any, int] = {}
        self.ref_types: dict[int, Any] = {}     # id(value) -> annotation
        self.unencoded = 0

    def encode(self) -> None:
        t = self.table
        t.opnames = list(self.opnames)
        t.descrs = []
        t.names = []
        t.class_ranges = []
        t.jitcodes = [self.encode_jitcode(jc) for jc in self.jitcodes]
        t.portal = self.jc_index[id(self.cw.jitcodes[self.cw.portal])]
        pcd = getattr(self.cw, 'portal_call_descr', None)
        t.portal_call = self.descr(pcd) if pcd is not None else -1
        t.methods = []
        for k, name in enumerate(t.names):
            for cls, cd in self.method_classes(name):
                jc, func = self.cw.method_impl(cls, name)
                t.methods.extend([k, cd.tid, self.jc_index[id(jc)] if jc is not None else -1])
        t.unencoded = self.unencoded
        self.encode_list_making()
        self.encode_virtualizable()
        t.bound = True

    def encode_list_making(self) -> None:
        """What the tracer needs to make virtual lists (jitcodedata.py):
        the descrs of the runtime calls making lists, and rpy_list as a
        struct with its item arrays (encoded here when lists are made)."""
        from rpy.jit.codewriter.runtimecalls import KCHR
        from rpy.jit.metainterp import gcdescrs
        t = self.table
        rd = self.cw.runtime_descrs
        t.list_new = [-1, -1, -1]
        t.list_append = [-1, -1, -1]
        t.list_mul = -1
        t.list_size = -1
        t.arrays = [-1, -1, -1]
        for kind in (INT, REF, FLOAT):
            d = rd.get('list_new_' + KCHR[kind])
            if d is not None and id(d) in self.descr_index:
                t.list_new[kind] = self.descr_index[id(d)]
            d = rd.get('list_append_' + KCHR[kind])
            if d is not None and id(d) in self.descr_index:
                t.list_append[kind] = self.descr_index[id(d)]
        d = rd.get('list_mul')
        if d is not None and id(d) in self.descr_index:
            t.list_mul = self.descr_index[id(d)]
        if t.list_new == [-1, -1, -1]:
            return
        t.list_size = self.descr(gcdescrs.LIST_SIZE)
        self.descr(gcdescrs.LIST_LENGTH)
        self.descr(gcdescrs.LIST_ITEMS)
        for kind in (INT, REF, FLOAT):
            t.arrays[kind] = self.descr(gcdescrs.array_of_kind(kind, False))

    def encode_virtualizable(self) -> None:
        """The driver's virtualizable as jitcodedata.py describes it: only
        the fields and lists the jitcodes access (the others never reach
        the tracer)."""
        from rpy.jit.codewriter.codewriter import kind_of
        from rpy.jit.metainterp import gcdescrs
        t = self.table
        t.vable_pos = -1
        t.vable_fields, t.vable_arrays, t.vable_items = [], [], []
        t.vable_calls = [k for k, d in enumerate(self.descr_objects)
                         if isinstance(d, CallDescr) and getattr(d, 'touches_vable', False)]
        t.list_length = self.descr_index.get(id(gcdescrs.LIST_LENGTH), -1)
        t.list_items = self.descr_index.get(id(gcdescrs.LIST_ITEMS), -1)
        driver = self.cw.driver
        if not driver.virtualizables:
            return
        name = driver.virtualizables[0]
        names = driver.greens + driver.reds
        types_ = None
        for kind, desc, lineno, tys, op in self.ann.jit_markers.get(driver, []):
            if kind == 'jit_merge_point':
                types_ = tys
        if types_ is None:
            return
        cd = types_[names.index(name)].classdef
        spec: list[str] = []
        for klass in cd.cls.__mro__:
            if '_virtualizable_' in klass.__dict__:
                spec = list(klass.__dict__['_virtualizable_'])
                break
        t.vable_pos = names.index(name)
        for f in spec:
            fname = f[:-3] if f.endswith('[*]') else f
            fd = self.cw.field_descrs.get((cd.field_owner.get(fname, cd), fname))
            k = self.descr_index.get(id(fd), -1) if fd is not None else -1
            if k < 0:
                continue
            if not f.endswith('[*]'):
                t.vable_fields.append(k)
                continue
            item_kind = kind_of(cd.fields[fname].item)
            items = self.descr_index.get(id(gcdescrs.array_of_kind(item_kind, False)), -1)
            if items >= 0 and t.list_items >= 0 and t.list_length >= 0:
                t.vable_arrays.append(k)
                t.vable_items.append(items)

    # ------------------------------------------------------------ one jitcode

    def encode_jitcode(self, jc: JitCode) -> JitCodeData:
        d = JitCodeData(jc.name)
        d.num_regs = list(jc.num_regs)
        self.consts: dict[Any, int] = {}
        self.data = d
        d.arg_regs = [self.operand(a) for a in jc.arg_regs]
        # word offset of every instruction (targets are instruction indexes)
        pcs: list[int] = []
        n = 0
        for insn in jc.code:
            pcs.append(n)
            n += 4 + len(insn.args) + len(insn.dsts) + 4
        pcs.append(n)
        code: list[int] = []
        for insn in jc.code:
            code.append(self.opcode[insn.opname])
            code.append(len(insn.args))
            code.extend([self.operand(a) for a in insn.args])
            code.append(self.operand(insn.result) if insn.result is not None else -1)
            code.append(len(insn.dsts))
            code.extend([self.operand(a) for a in insn.dsts])
            code.append(self.descr(insn.descr) if insn.descr is not None else -1)
            code.append(pcs[insn.target] if insn.target >= 0 else -1)
            code.append(pcs[insn.catch] if insn.catch >= 0 else -1)
            code.append(self.extra(insn))
        d.code = code
        return d

    def operand(self, a: Operand) -> int:
        if a.is_reg():
            return (a.index << 3) | (a.kind << 1)
        key = (a.kind, id(a.value) if a.kind == REF else a.value)
        k = self.consts.get(key)
        if k is None:
            d = self.data
            if a.kind == INT:
                k = len(d.consts_i)
                d.consts_i.append(int(a.value))
            elif a.kind == FLOAT:
                k = len(d.consts_f)
                d.consts_f.append(float(a.value))
            else:
                k = len(d.consts_r)
                d.consts_r.append(self.ref_const(a))
            self.consts[key] = k
        return (k << 3) | (a.kind << 1) | 1

    def ref_const(self, a: Operand) -> Any:
        value = a.value
        if value is None:
            return None
        s = a.annotation
        if not isinstance(s, (M.SomeStr, M.SomeInstance, M.SomeDict, M.SomeList, M.SomeTuple,
                              M.SomeBytes)):
            if isinstance(value, str):
                s = M.SomeStr()
            elif type(value) in self.ann.classdefs:
                s = M.SomeInstance(self.ann.classdefs[type(value)])
            else:
                raise ValueError('jitcode constant %r: no annotation' % (value,))
        self.ref_types[id(value)] = s
        return value

    # ------------------------------------------------------------ tables

    def descr(self, d: Any) -> int:
        k = self.descr_index.get(id(d))
        if k is not None:
            return k
        if isinstance(d, FieldDescr):
            # the owner's size descr (+1; 0: none): the translated tracer
            # rebuilds SizeDescr.fields from it, which the optimizer's
            # virtuals need (rpy/jit/metainterp/tracer.py)
            owner = self.descr(d.parent) + 1 if d.parent is not None else 0
            rec = [DK_FIELD, d.offset, d.fieldsize, d.kind, int(d.is_immutable), owner]
        elif isinstance(d, SizeDescr):
            # tid_max: the subclasses' type ids end there (their fields
            # include the owner's)
            cd = self.ann.classdefs.get(getattr(d, 'cls', None))
            tid_max = getattr(cd, 'tid_max', 0) if cd is not None else d.vtable
            rec = [DK_SIZE, d.size, d.vtable, tid_max, 0, 0]
        elif isinstance(d, ArrayDescr):
            rec = [DK_ARRAY, d.itemsize, d.basesize, d.itemkind, d.tid, int(d.is_immutable)]
        elif isinstance(d, CallDescr):
            kinds = 0
            for i, kind in enumerate(d.arg_kinds):
                kinds += (kind + 1) * 4 ** i
            ei = d.effectinfo
            rec = [DK_CALL, getattr(d, 'func_index', -1), d.result_kind, ei.extraeffect, kinds,
                   int(ei.can_collect)]
        else:
            raise ValueError('descr %r in a jitcode' % (d,))
        k = len(self.table.descrs) // len(rec)
        self.table.descrs.extend(rec)
        self.descr_index[id(d)] = k
        self.descr_objects.append(d)
        return k

    def extra(self, insn: Insn) -> int:
        name = insn.opname
        x = insn.extra
        if name == 'inline_call':
            return self.jc_index[id(x)]
        if name == 'method_call':
            k = self.name_index.get(x)
            if k is None:
                k = len(self.table.names)
                self.table.names.append(x)
                self.name_index[x] = k
            return k
        if name in ('exc_match', 'exc_isinstance'):
            return self.class_range((x,))
        if name == 'class_test' and insn.classes:
            return self.class_range(insn.classes)
        if name == 'class_test':
            self.unencoded += 1     # a class attribute: a value per class, later
        return -1

    def class_range(self, classes: tuple) -> int:
        """One (tid_min, tid_max) pair per class, in `class_ranges`; the
        index of the first pair, the number of pairs before it (-1 if a
        class is not in the translated program)."""
        k = self.class_index.get(classes)
        if k is not None:
            return k
        pairs: list[int] = []
        for cls in classes:
            cd = self.ann.classdefs.get(cls)
            if cd is None:
                self.unencoded += 1
                return -1
            pairs.extend([cd.tid, cd.tid_max])
        # [count, min0, max0, min1, max1, ...]
        k = len(self.table.class_ranges)
        self.table.class_ranges.append(len(classes))
        self.table.class_ranges.extend(pairs)
        self.class_index[classes] = k
        return k


    def method_classes(self, name: str) -> list[Any]:
        return method_classes(self.cw, name)


def method_classes(cw: Any, name: str) -> list[Any]:
    """(class, classdef) of every class of the program having method name."""
    result = []
    for cls, cd in list(cw.ann.classdefs.items()):
        if not cd.is_builtin_exc and cd.lookup(name) is not None:
            result.append((cls, cd))
    return result


def complete_methods(cw: Any) -> None:
    """Make the jitcodes of every implementation method_call may dispatch
    to (the untranslated metainterp makes them when first met; encoded
    jitcodes must all exist first)."""
    done: set[str] = set()
    while True:
        names = set()
        for jc in list(cw.jitcodes.values()):
            for insn in jc.code:
                if insn.opname == 'method_call' and insn.extra not in done:
                    names.add(insn.extra)
        if not names:
            return
        for name in sorted(names):
            for cls, cd in method_classes(cw, name):
                cw.method_impl(cls, name)
            done.add(name)


def encode_codewriter(cw: Any, table: JitCodeTable) -> Encoder:
    e = Encoder(cw, table)
    e.encode()
    return e
