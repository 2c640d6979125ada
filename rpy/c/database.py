"""The C database: every type, constant and helper the generated program needs.

It assigns type ids (classes in preorder, so that isinstance is a range
check), lays out structs for classes, tuples and iterators, turns load-time
constants into static C objects (prebuilt, never freed, and roots of the
GC), and emits the small generated helpers (dict kinds, comparison
functions, vtables, the exception constructor used by the runtime).
"""
from __future__ import annotations

import re
import struct
from typing import Any

from rpy.annotate.classdef import BUILTIN_EXCEPTIONS, ClassDef
from rpy.annotate.model import (SomeBool, SomeBytes, SomeConst, SomeDict, SomeFloat, SomeFuncPtr,
                                SomeImpossible, SomeInstance, SomeInt, SomeIter, SomeIterable,
                                SomeList, SomeNone, SomeStr, SomeTuple, SomeType, SomeUInt,
                                SomeGCRef)
from rpy.c.ctypes_ import TypeSystem
from rpy.rlib.rarithmetic import r_uint

RUNTIME_EXC_KINDS = [IndexError, KeyError, ZeroDivisionError, ValueError, OverflowError,
                     MemoryError, AssertionError, NotImplementedError, RecursionError, OSError,
                     TypeError, UnicodeDecodeError, StopIteration]

PREBUILT_FLAGS = 'RPY_GCFLAG_PREBUILT | RPY_GCFLAG_OLD | RPY_GCFLAG_TRACK_YOUNG'


def c_ident(name: str) -> str:
    return re.sub(r'[^A-Za-z0-9_]', '_', name)


def c_string_literal(data: bytes) -> str:
    out = ['"']
    for b in data:
        c = chr(b)
        if c == '"' or c == '\\':
            out.append('\\' + c)
        elif 32 <= b < 127 and c != '?':
            out.append(c)
        else:
            out.append('\\%03o' % b)
    out.append('"')
    return ''.join(out)


def c_float(x: float) -> str:
    if x != x:
        return '(0.0/0.0)'
    if x == float('inf'):
        return '(1.0/0.0)'
    if x == float('-inf'):
        return '(-1.0/0.0)'
    r = repr(x) if ('.' in repr(x) or 'e' in repr(x)) else repr(x) + '.0'
    return r if r[0] != '-' else '(%s)' % r


class Database:
    def __init__(self, annotator: Any) -> None:
        self.ann = annotator
        self.ts = TypeSystem(self)
        self.struct_decls: list[str] = []        # in dependency order
        self.typeinfos: list[tuple[int, str]] = []   # (tid, C name of rpy_typeinfo)
        self.defs: list[str] = []                # definitions for constants.c
        self.externs: list[str] = []             # declarations for the header
        self.helpers: list[str] = []             # generated helper functions (constants.c)
        self.init_code: list[tuple[str, str]] = []  # (object to barrier, store) run at startup
        self.prebuilt_roots: list[str] = []
        self.const_names: dict[Any, str] = {}
        self.const_keepalive: list[Any] = []
        # id(value) -> the annotation a GCRef constant is emitted with (the
        # JIT's constant tables, rpy/jit/codewriter/encode.py; --opt=jit only)
        self.gcref_const_types: dict[int, SomeType] = {}
        self.counter = 0
        self.tuple_structs: dict[tuple, str] = {}
        self.iter_structs: dict[tuple, tuple[str, list[str]]] = {}
        self.funcptr_types: dict[tuple, str] = {}
        self.str_structs: set[int] = set()
        self.array_structs: set[int] = set()
        self.dictkinds: dict[tuple, str] = {}
        self.eq_funcs: dict[Any, str] = {}
        self.lt_funcs: dict[Any, str] = {}
        self.hash_funcs: dict[Any, str] = {}
        self.vtables: dict[tuple, str] = {}
        self.func_names: dict[Any, str] = {}     # FuncDesc -> C name
        self.used_names: set[str] = set()
        self.next_tid = 16
        self.class_structs_done: set[ClassDef] = set()
        self.exc_classdefs: dict[type, ClassDef] = {}

    def newname(self, base: str) -> str:
        base = c_ident(base)
        name = base
        i = 1
        while name in self.used_names:
            i += 1
            name = '%s_%d' % (base, i)
        self.used_names.add(name)
        return name

    # ------------------------------------------------------------ classes

    def assign_class_tids(self) -> None:
        for cls in RUNTIME_EXC_KINDS:
            self.exc_classdefs[cls] = self.ann.getclassdef(cls)
        roots = [cd for cd in self.ann.classdefs.values() if cd.base is None]
        roots.sort(key=lambda cd: cd.name)

        def visit(cd: ClassDef) -> None:
            cd.tid = self.next_tid
            self.next_tid += 1
            for sub in sorted(cd.subdefs, key=lambda c: c.name):
                visit(sub)
            cd.tid_max = self.next_tid - 1
        for r in roots:
            visit(r)
        for cd in sorted(self.ann.classdefs.values(), key=lambda c: c.tid):
            self.class_struct(cd)

    def class_struct(self, cd: ClassDef) -> str:
        name = 'C_' + c_ident(cd.name) + ('' if not cd.is_builtin_exc else '_exc')
        if cd in self.class_structs_done:
            return cd.struct_name  # type: ignore[attr-defined]
        self.class_structs_done.add(cd)
        cd.struct_name = self.newname(name)  # type: ignore[attr-defined]
        if cd.base is not None:
            self.class_struct(cd.base)
        lines = ['struct %s {' % cd.struct_name]  # type: ignore[attr-defined]
        if cd.base is None:
            lines.append('    rpy_hdr hdr;')
        else:
            lines.append('    struct %s super;' % cd.base.struct_name)  # type: ignore[attr-defined]
        own = [(n, t) for n, t in cd.fields.items() if cd.field_owner[n] is cd]
        for n, t in own:
            lines.append('    %s %s;' % (self.ts.ctype(t), self.field_cname(n)))
        lines.append('};')
        # the struct body is emitted later (field types may refer to other structs)
        self.struct_decls.append('\n'.join(lines))
        self.emit_typeinfo_for_class(cd, own)
        return cd.struct_name  # type: ignore[attr-defined]

    def field_cname(self, name: str) -> str:
        return 'f_' + c_ident(name)

    def emit_typeinfo_for_class(self, cd: ClassDef, own: list) -> None:
        ptrs = []
        for c in cd.mro():
            for n, t in c.fields.items():
                if c.field_owner[n] is c and self.ts.repr_of(t).is_gc:
                    ptrs.append('offsetof(struct %s, %s)' % (c.struct_name, self.field_cname(n)))  # type: ignore[attr-defined]
        tiname = 'ti_' + cd.struct_name  # type: ignore[attr-defined]
        self.defs.append('static const Signed %s_ptrs[] = { %s };' % (tiname, ', '.join(ptrs + ['-1'])))
        self.defs.append('static const rpy_typeinfo %s = { %s, sizeof(struct %s), 0, 0, 0, %s_ptrs, 0, NULL };'
                         % (tiname, c_string_literal(cd.name.encode()), cd.struct_name, tiname))  # type: ignore[attr-defined]
        self.typeinfos.append((cd.tid, tiname))

    def field_access(self, obj: str, cd: ClassDef, name: str) -> str:
        owner = cd.field_owner[name]
        return '((struct %s *)(%s))->%s' % (self.class_struct(owner), obj, self.field_cname(name))

    # ------------------------------------------------------------ tuples, iterators, funcptrs

    def tuple_struct(self, t: SomeTuple) -> str:
        key = tuple(self.ts.ctype(x) for x in t.items)
        name = self.tuple_structs.get(key)
        if name is not None:
            return name
        name = self.newname('T%d_%s' % (len(t.items), '_'.join(c_ident(x.name())[:12] for x in t.items)))
        self.tuple_structs[key] = name
        lines = ['struct %s {' % name, '    rpy_hdr hdr;']
        ptrs = []
        for i, x in enumerate(t.items):
            lines.append('    %s i%d;' % (self.ts.ctype(x), i))
            if self.ts.repr_of(x).is_gc:
                ptrs.append('offsetof(struct %s, i%d)' % (name, i))
        lines.append('};')
        self.struct_decls.append('\n'.join(lines))
        tid = self.next_tid
        self.next_tid += 1
        self.tuple_tids = getattr(self, 'tuple_tids', {})
        self.tuple_tids[name] = tid
        self.defs.append('static const Signed ti_%s_ptrs[] = { %s };' % (name, ', '.join(ptrs + ['-1'])))
        self.defs.append('static const rpy_typeinfo ti_%s = { "tuple", sizeof(struct %s), 0, 0, 0, ti_%s_ptrs, 0, NULL };'
                         % (name, name, name))
        self.typeinfos.append((tid, 'ti_' + name))
        return name

    def tuple_tid(self, t: SomeTuple) -> int:
        return self.tuple_tids[self.tuple_struct(t)]

    def iter_struct(self, t: SomeIter) -> tuple[str, list[str]]:
        key = ('iter', t.kind, t.source, t.item, t.parts)
        found = self.iter_structs.get(key)
        if found is not None:
            return found
        fields: list[tuple[str, str]] = []   # (ctype, name)
        gcpaths: list[str] = []
        kind = t.kind
        if kind == 'range' or kind == 'reversedrange':
            fields = [('Signed', 'cur'), ('Signed', 'stop'), ('Signed', 'step')]
        elif kind == 'tuple':
            fields = [('rpy_list *', 'seq'), ('Signed', 'index')]
            gcpaths = ['.seq']
        elif kind in ('list', 'str', 'bytes', 'reversed', 'reversedstr'):
            fields = [(self.ts.ctype(t.source), 'seq'), ('Signed', 'index')]
            gcpaths = ['.seq']
        elif kind in ('dictkeys', 'dictvalues', 'dictitems'):
            fields = [('rpy_dict *', 'seq'), ('Signed', 'index'), ('Signed', 'next')]
            gcpaths = ['.seq']
        elif kind == 'enumerate':
            inner = t.parts[0]
            r = self.ts.repr_of(inner)
            fields = [(r.ctype, 'inner'), ('Signed', 'count')]
            gcpaths = ['.inner' + p for p in r.gcpaths]
        elif kind == 'zip':
            for i, inner in enumerate(t.parts):
                r = self.ts.repr_of(inner)
                fields.append((r.ctype, 'p%d' % i))
                gcpaths += ['.p%d%s' % (i, p) for p in r.gcpaths]
        else:
            raise AssertionError(kind)
        name = self.newname('I_%s_%d' % (kind, len(self.iter_structs)))
        lines = ['struct %s {' % name] + ['    %s %s;' % f for f in fields] + ['};']
        self.struct_decls.append('\n'.join(lines))
        self.iter_structs[key] = (name, gcpaths)
        return name, gcpaths

    def iterable_struct(self, t: SomeIterable) -> tuple[str, list[str]]:
        key = ('iterable', t.kind, t.source, t.item, t.parts)
        found = self.iter_structs.get(key)
        if found is not None:
            return found
        fields: list[tuple[str, str]] = []
        gcpaths: list[str] = []
        if t.kind in ('range', 'reversedrange'):
            fields = [('Signed', 'start'), ('Signed', 'stop'), ('Signed', 'step')]
        elif t.kind == 'zip':
            for i, p in enumerate(t.parts):
                r = self.ts.repr_of(p)
                fields.append((r.ctype, 'p%d' % i))
                gcpaths += ['.p%d%s' % (i, x) for x in r.gcpaths]
        else:
            r = self.ts.repr_of(t.source)
            fields = [(r.ctype, 'seq')]
            gcpaths = ['.seq' + x for x in r.gcpaths]
            if t.kind == 'enumerate':
                fields.append(('Signed', 'start'))
        name = self.newname('IB_%s_%d' % (t.kind, len(self.iter_structs)))
        lines = ['struct %s {' % name] + ['    %s %s;' % f for f in fields] + ['};']
        self.struct_decls.append('\n'.join(lines))
        self.iter_structs[key] = (name, gcpaths)
        return name, gcpaths

    def funcptr_type(self, t: SomeFuncPtr) -> str:
        key = (tuple(self.ts.ctype(a) for a in t.args), self.ts.ctype(t.result))
        name = self.funcptr_types.get(key)
        if name is None:
            name = self.newname('fp_%d' % len(self.funcptr_types))
            self.funcptr_types[key] = name
            args = ', '.join(key[0]) or 'void'
            self.struct_decls.append('typedef %s (*%s)(%s);' % (key[1], name, args))
        return name

    # ------------------------------------------------------------ constants

    def const(self, value: Any, t: SomeType) -> str:
        """A C expression for a load-time constant of annotation t."""
        if value is None:
            return 'NULL'
        if isinstance(t, (SomeInt, SomeBool)):
            v = int(value)
            if v == -2**63:
                return '(-9223372036854775807L - 1)'
            return '%dL' % v if v >= 0 else '(%dL)' % v
        if isinstance(t, SomeUInt):
            return '%dUL' % (int(value) & (2**64 - 1))
        if isinstance(t, SomeFloat):
            return c_float(float(value))
        if isinstance(t, SomeFuncPtr):
            return self.funcptr_const(value, t)
        if isinstance(t, (SomeConst, SomeImpossible, SomeNone)):
            return 'NULL'
        if isinstance(t, SomeGCRef):
            real = self.gcref_const_types.get(id(value))
            if real is None:
                raise AssertionError('GCRef constant %r: no annotation registered' % (value,))
            return '((void *)%s)' % self.const(value, real)
        # one C object per Python object, whatever static type it is seen with
        # (a prebuilt instance referenced as `C` and as `Base | None`)
        if isinstance(t, SomeTuple):
            key = (id(value), 'tuple', self.ts.ctype(t))
        else:
            key = (id(value), type(value).__name__, type(t).__name__)
        name = self.const_names.get(key)
        if name is not None:
            return name if isinstance(t, SomeTuple) or not isinstance(t, SomeInstance) else \
                '((%s)%s)' % (self.ts.ctype(t), name)
        self.const_keepalive.append(value)
        if isinstance(t, (SomeStr, SomeBytes)):
            expr = self.const_string(value, isinstance(t, SomeStr))
        elif isinstance(t, SomeTuple):
            expr = self.const_tuple(value, t)
        elif isinstance(t, SomeList):
            expr = self.const_list(value, t)
        elif isinstance(t, SomeDict):
            expr = self.const_dict(value, t)
        elif isinstance(t, SomeInstance):
            expr = self.const_instance(value, t)
        else:
            raise AssertionError("constant %r of type %r" % (value, t))
        self.const_names[key] = expr
        if isinstance(t, SomeInstance):
            return '((%s)%s)' % (self.ts.ctype(t), expr)
        return expr

    def const_string(self, value: Any, is_text: bool) -> str:
        # lone surrogates are kept as 3-byte sequences, as the runtime does
        data = value.encode('utf-8', 'surrogatepass') if is_text else bytes(value)
        n = len(data)
        nchars = len(value)
        sname = 'rpy_str%d' % n
        if n not in self.str_structs:
            self.str_structs.add(n)
            self.struct_decls.append('struct %s { rpy_hdr h; Signed hash, length, nchars; char data[%d]; };'
                                     % (sname, n + 1))
        name = self.newname('s_%s' % (c_ident(value[:16]) if is_text else 'b'))
        self.externs.append('extern struct %s %s;' % (sname, name))
        self.defs.append('struct %s %s = { {%s, %s}, 0, %d, %d, %s };' % (
            sname, name, 'RPY_TID_STR' if is_text else 'RPY_TID_BYTES', PREBUILT_FLAGS,
            n, nchars, c_string_literal(data)))
        return '((rpy_string *)&%s)' % name

    def const_tuple(self, value: tuple, t: SomeTuple) -> str:
        sname = self.tuple_struct(t)
        items = [self.const(v, it) for v, it in zip(value, t.items)]
        name = self.newname('tup')
        self.externs.append('extern struct %s %s;' % (sname, name))
        self.defs.append('struct %s %s = { {%d, %s}, %s };' % (
            sname, name, self.tuple_tid(t), PREBUILT_FLAGS, ', '.join(items)))
        if any(self.ts.repr_of(it).is_gc for it in t.items):
            self.prebuilt_roots.append('&' + name)
        return '(&%s)' % name

    def const_list(self, value: list, t: SomeList) -> str:
        item = t.item
        n = len(value)
        aname = 'rpy_array%d' % n
        if n not in self.array_structs:
            self.array_structs.add(n)
            self.struct_decls.append('struct %s { rpy_hdr h; Signed length; rpy_word items[%d]; };'
                                     % (aname, max(n, 1)))
        gc = self.ts.repr_of(item).is_gc
        arr = self.newname('arr')
        lst = self.newname('lst')
        # items are filled in at startup when they are GC pointers (the constants
        # may be defined in any order); plain words are static
        words = []
        for v in value:
            if gc:
                words.append('{.p = 0}')
            else:
                words.append('{.%s = %s}' % (self.ts.repr_of(item).word, self.const(v, item)))  # type: ignore[arg-type]
        self.externs.append('extern struct %s %s;' % (aname, arr))
        self.externs.append('extern rpy_list %s;' % lst)
        self.defs.append('struct %s %s = { {%s, %s}, %d, { %s } };' % (
            aname, arr, 'RPY_TID_ARRAY_GC' if gc else 'RPY_TID_ARRAY_RAW', PREBUILT_FLAGS, n,
            ', '.join(words) or '{.i = 0}'))
        self.defs.append('rpy_list %s = { {RPY_TID_LIST, %s}, %d, (rpy_array *)&%s };' % (
            lst, PREBUILT_FLAGS, n, arr))
        self.prebuilt_roots.append('&' + lst)
        if gc:
            self.prebuilt_roots.append('&' + arr)
            for i, v in enumerate(value):
                self.init_code.append(('&' + arr, '%s.items[%d].p = (void *)%s;' % (arr, i, self.const(v, item))))  # type: ignore[arg-type]
        return '(&%s)' % lst

    def const_dict(self, value: dict, t: SomeDict) -> str:
        holder = self.newname('dict_holder')
        self.externs.append('extern struct rpy_holder %s;' % holder)
        self.defs.append('struct rpy_holder %s = { {%d, %s}, NULL };' % (holder, self.holder_tid(),
                                                                          PREBUILT_FLAGS))
        self.prebuilt_roots.append('&' + holder)
        kt, vt = t.keytype, t.valuetype
        lines = ['{ rpy_dict *d = rpy_dict_new(&%s);' % self.dictkind(t),
                 '  if (!d) return; RPY_WB(&%s); %s.p = d; }' % (holder, holder)]
        for k, v in value.items():
            lines.append('rpy_dict_setitem((rpy_dict *)%s.p, %s, %s);' % (
                holder, self.ts.to_word(kt, self.const(k, kt)), self.ts.to_word(vt, self.const(v, vt))))  # type: ignore[arg-type]
        self.dict_init_code = getattr(self, 'dict_init_code', [])
        self.dict_init_code.extend(lines)
        return '((rpy_dict *)%s.p)' % holder

    def holder_tid(self) -> int:
        if not hasattr(self, '_holder_tid'):
            self._holder_tid = self.next_tid
            self.next_tid += 1
            self.struct_decls.append('struct rpy_holder { rpy_hdr h; void *p; };')
            self.defs.append('static const Signed ti_holder_ptrs[] = { offsetof(struct rpy_holder, p), -1 };')
            self.defs.append('static const rpy_typeinfo ti_holder = { "holder", sizeof(struct rpy_holder), 0, 0, 0, ti_holder_ptrs, 0, NULL };')
            self.typeinfos.append((self._holder_tid, 'ti_holder'))
        return self._holder_tid

    def const_instance(self, value: Any, t: SomeInstance) -> str:
        cd = self.ann.getclassdef(type(value))
        sname = self.class_struct(cd)
        name = self.newname('inst_' + c_ident(cd.name))
        self.externs.append('extern struct %s %s;' % (sname, name))
        # register the name first: fields may refer back to this object
        self.const_names[(id(value), type(value).__name__, 'SomeInstance')] = '(&%s)' % name
        has_gc = False

        def init(c: ClassDef) -> str:
            nonlocal has_gc
            parts = ['{%d, %s}' % (cd.tid, PREBUILT_FLAGS)] if c.base is None else [init(c.base)]
            for n, ft in c.fields.items():
                if c.field_owner[n] is not c:
                    continue
                if n == '__msg':
                    fv = value.args[0] if getattr(value, 'args', None) else None
                else:
                    fv = getattr(value, n, None)
                r = self.ts.repr_of(ft)
                if r.is_gc:
                    has_gc = True
                    if fv is not None:
                        self.init_code.append(('&' + name, '%s = %s;' % (
                            self.field_access('&' + name, cd, n), self.const(fv, ft))))
                    parts.append('NULL')
                else:
                    parts.append(self.const(fv if fv is not None else 0, ft))
            return '{ %s }' % ', '.join(parts)
        self.defs.append('struct %s %s = %s;' % (sname, name, init(cd)))
        if has_gc:
            self.prebuilt_roots.append('&' + name)
        return '(&%s)' % name

    def funcptr_const(self, value: Any, t: SomeFuncPtr) -> str:
        desc = self.ann.funcptr_desc(value, t)
        return self.func_names[desc]

    # ------------------------------------------------------------ dicts and comparisons

    def dictkind(self, t: SomeDict) -> str:
        kt, vt = t.keytype, t.valuetype
        key = (kt, self.ts.repr_of(vt).is_gc)
        name = self.dictkinds.get(key)
        if name is None:
            name = self.newname('dictkind_%d' % len(self.dictkinds))
            self.dictkinds[key] = name
            self.externs.append('extern const rpy_dictkind %s;' % name)
            self.defs.append('const rpy_dictkind %s = { %s, %s, %d, %d };' % (
                name, self.hash_func(kt), self.eq_func(kt), int(self.ts.repr_of(kt).is_gc),  # type: ignore[arg-type]
                int(self.ts.repr_of(vt).is_gc)))
        return name

    def eq_func(self, t: SomeType) -> str:
        if isinstance(t, (SomeInt, SomeBool, SomeUInt)):
            return 'rpy_eq_int'
        if isinstance(t, SomeFloat):
            return 'rpy_eq_float'
        if isinstance(t, (SomeStr, SomeBytes)):
            return 'rpy_eq_str'
        if isinstance(t, SomeInstance) and self.ann.has_custom_hash(t.classdef):
            return self.method_wrapper(t, '__eq__', 'eq')
        if isinstance(t, SomeTuple):
            key = ('eq', t)
            name = self.eq_funcs.get(key)
            if name is None:
                name = self.newname('eq_tuple')
                self.eq_funcs[key] = name
                ct = self.ts.ctype(t)
                conds = []
                for i, x in enumerate(t.items):
                    conds.append('%s(%s, %s)' % (self.eq_func(x), self.ts.to_word(x, 'ta->i%d' % i),
                                                 self.ts.to_word(x, 'tb->i%d' % i)))
                self.externs.append('int %s(rpy_word a, rpy_word b);' % name)
                self.helpers.append('int %s(rpy_word a, rpy_word b) {\n    %s ta = (%s)a.p;\n    %s tb = (%s)b.p;\n'
                                    '    return %s;\n}' % (name, ct, ct, ct, ct, ' && '.join(conds) or '1'))
            return name
        return 'rpy_eq_ptr'

    def lt_func(self, kind: Any, t: SomeType) -> str:
        if kind == 'int' or kind == 'uint':
            return 'rpy_lt_int' if kind == 'int' else 'rpy_lt_uint'
        if kind == 'float':
            return 'rpy_lt_float'
        if kind == 'str':
            return 'rpy_lt_str'
        if isinstance(kind, tuple) and kind[0] == 'tuple':
            key = ('lt', t)
            name = self.lt_funcs.get(key)
            if name is None:
                assert isinstance(t, SomeTuple)
                name = self.newname('lt_tuple')
                self.lt_funcs[key] = name
                ct = self.ts.ctype(t)
                body = ['    %s ta = (%s)a.p;' % (ct, ct), '    %s tb = (%s)b.p;' % (ct, ct)]
                for i, x in enumerate(t.items):
                    k = self.ann.compare_kind(x, x, 'lt')
                    wa, wb = self.ts.to_word(x, 'ta->i%d' % i), self.ts.to_word(x, 'tb->i%d' % i)
                    body.append('    if (!%s(%s, %s)) return %s(%s, %s);' % (
                        self.eq_func(x), wa, wb, self.lt_func(k, x), wa, wb))
                body.append('    return 0;')
                self.externs.append('int %s(rpy_word a, rpy_word b);' % name)
                self.helpers.append('int %s(rpy_word a, rpy_word b) {\n%s\n}' % (name, '\n'.join(body)))
            return name
        raise AssertionError("no ordering for %r" % (kind,))

    def hash_func(self, t: SomeType) -> str:
        if isinstance(t, (SomeInt, SomeBool, SomeUInt)):
            return 'rpy_hash_int'
        if isinstance(t, SomeFloat):
            return 'rpy_hash_float'
        if isinstance(t, (SomeStr, SomeBytes)):
            return 'rpy_hash_str'
        if isinstance(t, SomeInstance) and self.ann.has_custom_hash(t.classdef):
            return self.method_wrapper(t, '__hash__', 'hash')
        if isinstance(t, SomeTuple):
            key = ('hash', t)
            name = self.hash_funcs.get(key)
            if name is None:
                name = self.newname('hash_tuple')
                self.hash_funcs[key] = name
                ct = self.ts.ctype(t)
                body = ['    %s ta = (%s)a.p;' % (ct, ct), '    Unsigned h = 0x345678UL;']
                for i, x in enumerate(t.items):
                    body.append('    h = (h ^ (Unsigned)%s(%s)) * 1000003UL;' % (
                        self.hash_func(x), self.ts.to_word(x, 'ta->i%d' % i)))
                body.append('    if ((Signed)h == -1) h = (Unsigned)-2;')
                body.append('    return (Signed)h;')
                self.externs.append('Signed %s(rpy_word a);' % name)
                self.helpers.append('Signed %s(rpy_word a) {\n%s\n}' % (name, '\n'.join(body)))
            return name
        return 'rpy_hash_ptr'

    def method_wrapper(self, t: SomeInstance, meth: str, kind: str) -> str:
        key = (kind, t.classdef)
        table = self.eq_funcs if kind == 'eq' else self.hash_funcs
        name = table.get(key)
        if name is None:
            desc = self.ann.get_method_desc(t.classdef, meth)
            fname = self.func_names[desc]
            name = self.newname('%s_%s' % (kind, c_ident(t.classdef.name)))
            table[key] = name
            ct = self.ts.ctype(desc.argtypes[0])
            if kind == 'eq':
                other = self.ts.ctype(desc.argtypes[1])
                self.externs.append('int %s(rpy_word a, rpy_word b);' % name)
                self.helpers.append('int %s(rpy_word a, rpy_word b) {\n    if (a.p == b.p) return 1;\n'
                                    '    if (!a.p || !b.p) return 0;\n'
                                    '    return %s((%s)a.p, (%s)b.p) != 0;\n}' % (name, fname, ct, other))
            else:
                self.externs.append('Signed %s(rpy_word a);' % name)
                self.helpers.append('Signed %s(rpy_word a) {\n    Signed h = %s((%s)a.p);\n'
                                    '    return h == -1 ? -2 : h;\n}' % (name, fname, ct))
        return name

    # ------------------------------------------------------------ virtual methods

    def vtable(self, cd: ClassDef, name: str, desc: Any) -> tuple[str, str] | None:
        """(table, function pointer type) if `name` is overridden below cd, else None."""
        impls = {}
        for sub in cd.all_subdefs():
            found = sub.lookup(name)
            assert found is not None
            impls[sub.tid] = found
        if len(set(id(f) for _, f in impls.values())) == 1:
            return None
        key = (cd, name)
        if key in self.vtables:
            return self.vtables[key]  # type: ignore[return-value]
        ret = self.ts.ctype(desc.result)
        params = ['void *'] + [self.ts.ctype(t) for t in desc.argtypes[1:]]
        fptype = self.newname('vt_%s_%s_t' % (c_ident(cd.name), c_ident(name)))
        self.struct_decls.append('typedef %s (*%s)(%s);' % (ret, fptype, ', '.join(params)))
        table = self.newname('vt_%s_%s' % (c_ident(cd.name), c_ident(name)))
        entries = []
        for tid in range(cd.tid, cd.tid_max + 1):
            owner, func = impls[tid]
            d = self.ann.get_method_desc(owner, name)
            if self.ts.ctype(d.result) != ret or [self.ts.ctype(t) for t in d.argtypes[1:]] != params[1:]:
                from rpy.errors import RPyError
                raise RPyError("method '%s' of class '%s' has a different signature than in '%s'"
                               % (name, owner.name, cd.name), owner.filename, owner.lineno)
            entries.append('(void *)%s' % self.func_names[d])
        self.externs.append('extern void *const %s[];' % table)
        self.late_defs = getattr(self, 'late_defs', [])
        self.late_defs.append('void *const %s[] = { %s };' % (table, ', '.join(entries)))
        self.vtables[key] = (table, fptype)  # type: ignore[assignment]
        return table, fptype

    def classconst_table(self, cd: ClassDef, name: str, overrides: list, t: SomeType) -> str:
        """A C array of the values of a class constant, indexed by type id - cd.tid."""
        key = ('classconst', cd, name)
        found = self.vtables.get(key)  # type: ignore[call-overload]
        if found is not None:
            return found  # type: ignore[return-value]
        values = {sub.tid: v for sub, v in overrides}
        ctype = self.ts.ctype(t)
        table = self.newname('cc_%s_%s' % (c_ident(cd.name), c_ident(name)))
        entries = [self.const(values[tid], t) for tid in range(cd.tid, cd.tid_max + 1)]
        self.externs.append('extern %s const %s[];' % (ctype, table))
        self.late_defs = getattr(self, 'late_defs', [])
        self.late_defs.append('%s const %s[] = { %s };' % (ctype, table, ', '.join(entries)))
        self.vtables[key] = table  # type: ignore[index]
        return table
