"""Binding the JIT's descriptors to the C layout of the translated program.

The C backend lays out an instance of an RPy class as a struct (rpy/c/
database.py, `class_struct`): the header `rpy_hdr` (uint32 type id, uint32
GC flags: 8 bytes), then the base class's struct embedded first, then the
class's own fields in the order of `ClassDef.fields`, each one C word
(Signed, Unsigned, double or a pointer: 8 bytes, so there is no padding).
`layout_of(db, cd)` recomputes that in Python; `bind(...)` writes the real
values into
  - the codewriter's JitFieldDescr (offset, fieldsize, kind) and
    JitSizeDescr (size = sizeof the struct, vtable = the type id: what
    guard_class compares and what new_with_vtable stores in the header),
  - the program's rpy.rlib.rgcref FieldLayout / SizeLayout declarations,
and returns C `_Static_assert`s over `offsetof`/`sizeof`, appended to the
generated constants.c: if the Python rule and gcc ever disagree the build
fails, instead of the JIT reading the wrong word.
"""
from __future__ import annotations

from typing import Any

from rpy.annotate.classdef import ClassDef
from rpy.errors import RPyError
from rpy.jit.metainterp.resoperation import INT, REF, FLOAT
from rpy.rlib import rgcref, rjitmem

HEADER_SIZE = 8      # struct rpy_hdr { uint32_t tid; uint32_t gcflags; }
WORD = 8
ONE_WORD_CTYPES = ('Signed', 'Unsigned', 'double', 'void *')


class FieldPlace:
    """One field of one class in C: where, how big, what kind."""

    def __init__(self, owner: ClassDef, name: str, offset: int, kind: int, is_gc: bool,
                 struct: str, cname: str) -> None:
        self.owner = owner            # the class that declares the field
        self.name = name
        self.offset = offset
        self.size = WORD
        self.kind = kind
        self.is_gc = is_gc
        self.struct = struct          # C struct of the owner
        self.cname = cname            # C member name


class ClassLayout:
    def __init__(self, cd: ClassDef, tid: int, size: int, struct: str,
                 fields: dict[str, FieldPlace]) -> None:
        self.cd = cd
        self.tid = tid
        self.size = size
        self.struct = struct
        self.fields = fields


def layout_of(db: Any, cd: ClassDef, cache: dict[ClassDef, ClassLayout]) -> ClassLayout:
    found = cache.get(cd)
    if found is not None:
        return found
    fields: dict[str, FieldPlace] = {}
    offset = HEADER_SIZE
    if cd.base is not None:
        base = layout_of(db, cd.base, cache)
        fields.update(base.fields)
        offset = base.size
    struct = db.class_struct(cd)
    for name, t in cd.fields.items():
        if cd.field_owner[name] is not cd:
            continue
        r = db.ts.repr_of(t)
        ctype = r.ctype
        if not (ctype in ONE_WORD_CTYPES or ctype.endswith('*') or r.word == 'p'):
            raise RPyError("the JIT cannot lay out field '%s' of class '%s' (C type %s)"
                           % (name, cd.name, ctype), getattr(cd, 'filename', None) or '?',
                           getattr(cd, 'lineno', 0))
        # pointers that are not GC pointers (a field only ever None, a
        # function pointer) are REF for the codewriter too, but is_gc False
        kind = FLOAT if r.word == 'f' else REF if r.word == 'p' else INT
        fields[name] = FieldPlace(cd, name, offset, kind, r.is_gc, struct, db.field_cname(name))
        offset += WORD
    lay = ClassLayout(cd, cd.tid, offset, struct, fields)
    cache[cd] = lay
    return lay


def rlib_kind(kind: int) -> int:
    return {INT: rgcref.KIND_INT, REF: rgcref.KIND_REF, FLOAT: rgcref.KIND_FLOAT}[kind]


class Binder:
    """Binds descriptors of one translation; collects the C checks."""

    def __init__(self, db: Any, ann: Any) -> None:
        self.db = db
        self.ann = ann
        self.cache: dict[ClassDef, ClassLayout] = {}
        self.checks: dict[str, str] = {}      # C assertion -> itself (ordered, unique)
        self.bound_fields = 0
        self.bound_sizes = 0
        self.functions: list[str] = []        # C names, by index in rpy_jit_functions[]
        self.func_index: dict[Any, int] = {}  # FuncDesc -> index (-1: no C signature)
        self.runtime_index: dict[str, int] = {}   # runtime wrapper name -> index
        self.unbound_calls = 0

    def classdef(self, cls: type) -> ClassDef | None:
        return self.ann.classdefs.get(cls)

    def field(self, cd: ClassDef, name: str) -> FieldPlace:
        lay = layout_of(self.db, cd, self.cache)
        place = lay.fields.get(name)
        if place is None:
            raise RPyError("class '%s' has no field '%s' in the translated program (a field "
                           "never assigned is not translated)" % (cd.name, name))
        self.check('offsetof(struct %s, %s) == %d' % (place.struct, place.cname, place.offset),
                   '%s.%s' % (cd.name, name))
        return place

    def size(self, cd: ClassDef) -> ClassLayout:
        lay = layout_of(self.db, cd, self.cache)
        self.check('sizeof(struct %s) == %d' % (lay.struct, lay.size), cd.name)
        return lay

    def check(self, cond: str, what: str) -> None:
        self.checks[cond] = '_Static_assert(%s, "JIT layout of %s");' % (cond, what)

    def bind_codewriter(self, cw: Any) -> None:
        """The JitSizeDescr/JitFieldDescr of one CodeWriter (keyed by ClassDef)."""
        for cd, sd in cw.size_descrs.items():
            lay = self.size(cd)
            sd.size = lay.size
            sd.vtable = lay.tid
            self.bound_sizes += 1
        for (cd, name), fd in cw.field_descrs.items():
            place = self.field(cd, name)
            fd.offset = place.offset
            fd.fieldsize = place.size
            if fd.kind != place.kind:
                raise RPyError("internal: the codewriter's kind of %s.%s differs from C's"
                               % (cd.name, name))
            self.bound_fields += 1

    def bind_rlib(self) -> None:
        """The program's FieldLayout/SizeLayout declarations (rgcref) whose
        class is part of the translated program."""
        for fl in rgcref.ALL_FIELDS:
            cd = self.classdef(fl.cls)
            if cd is None:
                continue
            owner = cd.field_owner.get(fl.attr)
            if owner is None:
                raise RPyError("FieldLayout(%s, '%s'): no such field in the translated program"
                               % (fl.cls.__name__, fl.attr))
            place = self.field(owner, fl.attr)
            fl.offset = place.offset
            fl.size = place.size
            fl.kind = rlib_kind(place.kind)
            fl.is_gc = place.is_gc
            fl.bound = True
            self.bound_fields += 1
        for sl in rgcref.ALL_SIZES:
            cd = self.classdef(sl.cls)
            if cd is None:
                continue
            lay = self.size(cd)
            sl.tid = lay.tid
            sl.size = lay.size
            sl.bound = True
            self.bound_sizes += 1

    def function_index(self, desc: Any) -> int:
        """The index of desc's C function in rpy_jit_functions[] (added on
        first use), or -1 if its C signature is not one machine code can
        call (System V: every argument and the result one word or void)."""
        found = self.func_index.get(desc)
        if found is not None:
            return found
        ok = True
        for t in desc.argtypes:
            if not self.word_sized(t, False):
                ok = False
        if not self.word_sized(desc.result, True):
            ok = False
        index = -1
        if ok:
            index = len(self.functions)
            self.functions.append(self.db.func_names[desc])
        self.func_index[desc] = index
        return index

    def word_sized(self, t: Any, void_ok: bool) -> bool:
        r = self.db.ts.repr_of(t)
        if r.ctype == 'void':
            return void_ok
        return r.ctype in ONE_WORD_CTYPES or r.ctype.endswith('*')

    def bind_calls(self, cw: Any) -> None:
        """The codewriter's JitCallDescrs of translated functions get their
        index in the table (Python helpers of the untranslated codewriter
        have no C function: they stay -1 and are counted)."""
        for desc, cd in cw.call_descrs.items():
            cd.func_index = self.function_index(desc)
            if cd.func_index < 0:
                self.unbound_calls += 1
        for name, cd in cw.runtime_descrs.items():
            index = self.runtime_index.get(name)
            if index is None:
                index = len(self.functions)
                self.functions.append(cd.c_name)
                self.runtime_index[name] = index
            cd.func_index = index

    def bind_func_addresses(self) -> None:
        """The program's rjitmem.FuncAddress declarations."""
        for fa in rjitmem.ALL_FUNCS:
            desc = None
            for d in self.ann.all_descs():
                if d.func is fa.func and d.owner is None:
                    desc = d
            if desc is None:
                # not reached by the program: not translated, no address
                continue
            index = self.function_index(desc)
            if index < 0:
                raise RPyError("FuncAddress(%s): its arguments and result must each be one "
                               "machine word (int, float, bool, a GC reference) or None"
                               % fa.name)
            fa.index = index
            fa.bound = True

    def function_table(self) -> list[str]:
        """`rpy_jit_functions[]` (jitmem.h): what machine code calls; first
        the C runtime wrappers it names (rpy/jit/codewriter/runtimecalls.py)."""
        from rpy.jit.codewriter.runtimecalls import c_definitions
        items = ['(void *)%s' % name for name in self.functions] + ['NULL']
        names = sorted(self.runtime_index.keys())
        return (['/* C runtime wrappers called by jitcodes (rpy/jit/codewriter/runtimecalls.py) */']
                + c_definitions(names) +
                ['/* the functions machine code calls (rpy/jit/translator/layout.py) */',
                 'void *const rpy_jit_functions[] = { %s };' % ', '.join(items)])

    def c_checks(self) -> list[str]:
        from rpy.jit.metainterp.gcdescrs import C_CHECKS
        for cond in C_CHECKS:
            self.check(cond, 'rpy_array')
        return ['/* the JIT\'s descriptors agree with the C layout (rpy/jit/translator/layout.py) */']\
            + list(self.checks.values())
