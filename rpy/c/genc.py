"""Writing the C sources of a translated program.

Phases database_c (generate every function body, which fills the database
with the types and constants they use) and source_c (write common.h,
constants.c and the function files, split so that `make -jN` compiles them in
parallel).
"""
from __future__ import annotations

import os
from typing import Any

from rpy.annotate.model import SomeInstance, SomeNone
from rpy.c.database import PREBUILT_FLAGS, RUNTIME_EXC_KINDS, Database, c_ident, c_string_literal
from rpy.c.funcgen import FunctionCodeGen
from rpy.errors import RPyError

RUNTIME_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'runtime')
RUNTIME_SOURCES = ['gc.c', 'strings.c', 'format.c', 'lists.c', 'dicts.c', 'os.c', 'arith.c', 'main.c',
                   'jitmem.c', 'sockets.c', 'procs.c', 'zlibs.c', 'expats.c', 'sqlites.c', 'unix.c', 'terms.c', 'mmaps.c', 'posixs.c',
                   'bz2s.c', 'lzmas.c', 'locales.c', 'bytebufs.c',
                   'threads.c']

PREAMBLE = r'''
/* small helpers used by generated code */
#include <stdio.h>
#include <stdlib.h>
#define RPY_INTMASK(x) ((Signed)(x))
static inline Signed rpy_range_len(Signed start, Signed stop, Signed step) {
    if (step > 0) return start < stop ? (Signed)(((Unsigned)stop - (Unsigned)start - 1) / (Unsigned)step + 1) : 0;
    return start > stop ? (Signed)(((Unsigned)start - (Unsigned)stop - 1) / (Unsigned)(-step) + 1) : 0;
}
static inline int rpy_lt_uint(rpy_word a, rpy_word b) { return (Unsigned)a.i < (Unsigned)b.i; }
static inline int rpy_lshift_ovf(Signed a, Signed b, Signed *r) {
    if (b < 0 || b >= 64) { *r = 0; return a != 0 || b < 0; }
    Signed x = (Signed)((Unsigned)a << b);
    *r = x;
    return (x >> b) != a;
}
__attribute__((noreturn)) void rpy_fatal_none(const char *where);
double rpy_int_truediv_big(Signed a, Signed b);
/* int / int: correctly rounded like Python (exact operands up to 2**53) */
static inline double rpy_int_truediv(Signed a, Signed b) {
    const Signed lim = (Signed)1 << 53;
    if (a >= -lim && a <= lim && b >= -lim && b <= lim) return (double)a / (double)b;
    return rpy_int_truediv_big(a, b);
}
Signed rpy_round_to_int(double x);
__attribute__((noreturn)) void rpy_exit(Signed status);
double rpy_round_float(double x, Signed ndigits);
Signed rpy_round_int_digits(Signed x, Signed ndigits);
'''

SUPPORT = r'''
void rpy_fatal_none(const char *where) {
    rpy_flush_stdout();
    fprintf(stderr, "Fatal RPy error: AttributeError: %s\n", where);
    exit(1);
}
void rpy_exit(Signed status) {
    rpy_flush_stdout();
    exit((int)(status & 0xff));
}
double rpy_int_truediv_big(Signed a, Signed b) {
    /* quotient of the magnitudes with 55 or 56 significant bits, a sticky
       bit for a non-zero remainder, then one correct rounding to double */
    int neg = (a < 0) != (b < 0);
    unsigned __int128 ua = a < 0 ? (unsigned __int128)(-(__int128)a) : (unsigned __int128)a;
    unsigned __int128 ub = b < 0 ? (unsigned __int128)(-(__int128)b) : (unsigned __int128)b;
    if (ua == 0) return neg ? -0.0 : 0.0;
    int la = 64 - __builtin_clzll((unsigned long long)ua);
    int lb = 64 - __builtin_clzll((unsigned long long)ub);
    int s = 55 - (la - lb);
    if (s > 0) ua <<= s; else ub <<= -s;
    unsigned __int128 q = ua / ub, r = ua % ub;
    unsigned long long qq = (unsigned long long)q | (r != 0);
    double d = ldexp((double)qq, -s);
    return neg ? -d : d;
}
static Signed float_to_int(double x) {
    if (isnan(x)) { rpy_raise(RPY_EXC_ValueError, "cannot convert float NaN to integer"); return 0; }
    if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) {
        rpy_raise(RPY_EXC_OverflowError, "cannot convert float infinity to integer"); return 0; }
    return (Signed)x;
}
/* round(x): to nearest, ties to even (the default rounding mode) */
Signed rpy_round_to_int(double x) { return float_to_int(nearbyint(x)); }
/* round(x, n): the correctly rounded decimal, as CPython (via the same
   conversion that '%.*f' uses) */
double rpy_round_float(double x, Signed ndigits) {
    if (!isfinite(x) || ndigits > 308) return x;
    if (ndigits < -308) return 0.0 * x;
    char buf[400];
    if (ndigits >= 0) {
        snprintf(buf, sizeof buf, "%.*f", (int)ndigits, x);
        return strtod(buf, NULL);
    }
    double p = pow(10.0, (double)-ndigits);
    double y = nearbyint(x / p) * p;
    return y;
}
Signed rpy_round_int_digits(Signed x, Signed ndigits) {
    if (ndigits >= 0) return x;
    if (ndigits < -18) return 0;
    Signed p = 1;
    for (Signed i = 0; i < -ndigits; i++) p *= 10;
    Signed q = x / p, r = x % p;
    if (r < 0) { r += p; q -= 1; }
    /* ties to even */
    if (2 * r > p || (2 * r == p && (q & 1))) q += 1;
    return q * p;
}
'''


class CGenerator:
    def __init__(self, annotator: Any, entry_desc: Any, recursive: set) -> None:
        self.ann = annotator
        self.db = Database(annotator)
        self.entry = entry_desc
        self.recursive = recursive
        self.functions: list[tuple[str, str]] = []   # (prototype, body)
        self.main_stack_mb = 0       # the target's MAIN_STACK_MB (main.c)

    # phase rtype: layouts and names
    def rtype(self) -> None:
        self.db.assign_class_tids()
        for desc in self.ann.all_descs():
            self.db.func_names[desc] = self.db.newname('f_' + c_ident(desc.name))

    # phase database_c
    def generate_functions(self) -> None:
        """Generate every function twice: the first pass finds what each function
        can do (collect, raise), the second uses it at the call sites."""
        descs = self.ann.all_descs()
        first = {d: self.generate_one(d, {}) for d in descs}
        effects = {d: (fg.local_collects or fg.local_collects_normal, fg.local_collects_normal,
                       fg.local_raises) for d, fg in first.items()}
        changed = True
        while changed:
            changed = False
            for d, fg in first.items():
                c, cn, r = effects[d]
                for callee in fg.callees:
                    ce = effects.get(callee, (True, True, True))
                    c, cn, r = c or ce[0], cn or ce[1], r or ce[2]
                for callee in fg.callees_raising:
                    # called on the way to raising: collects, never before a normal return
                    ce = effects.get(callee, (True, True, True))
                    c, r = c or ce[0] or ce[1], r or ce[2]
                if (c, cn, r) != effects[d]:
                    effects[d] = (c, cn, r)
                    changed = True
        self.effects = effects
        self.functions = []
        self.inline_functions = []
        for d in self.call_graph_order(descs, first):
            fg = self.generate_one(d, effects)
            if self.is_small(d) and d is not self.entry:
                # defined in the header, so that every file can inline it
                self.inline_functions.append(('static inline ' + fg.signature(),
                                              'static inline ' + fg.text))
            else:
                self.functions.append((fg.signature(), fg.text))

    def is_small(self, desc: Any) -> bool:
        """A few operations and no loop: worth inlining everywhere."""
        if desc in self.recursive:
            return False
        nops = 0
        blocks = list(desc.graph.iterblocks())
        index = {id(b): i for i, b in enumerate(blocks)}
        for b in blocks:
            nops += len(b.operations)
            for link in b.exits:
                # iterblocks is a depth-first preorder: a link backwards may be a loop
                if not link.target.kind and index[id(link.target)] <= index[id(b)]:
                    return False
        return nops <= 12

    def generate_one(self, desc: Any, effects: dict) -> FunctionCodeGen:
        fg = FunctionCodeGen(self.db, desc, self.db.func_names[desc], desc in self.recursive)
        fg.effects = effects
        try:
            fg.text = fg.generate()
        except RPyError:
            raise
        except KeyError as e:
            raise RPyError("internal: %s uses a function that was not annotated: %s"
                           % (desc.name, e), desc.graph.filename, desc.graph.firstlineno)
        return fg

    def call_graph_order(self, descs: list, gens: dict) -> list:
        """Callees next to their callers, so that files split in order keep them together
        (the C compiler inlines only within a file)."""
        order: list = []
        seen: set = set()
        for root in [self.entry] + descs:
            stack = [root]
            while stack:
                d = stack.pop()
                if d in seen or d not in gens:
                    continue
                seen.add(d)
                order.append(d)
                stack.extend(sorted(gens[d].callees | gens[d].callees_raising, key=lambda c: c.name, reverse=True))
        return order

    # phase source_c
    def write_sources(self, builddir: str, nfiles: int) -> list[str]:
        db = self.db
        os.makedirs(builddir, exist_ok=True)
        header = ['/* common.h: generated by rpy.translate from %s; do not edit. */' % (
            self.entry.graph.filename), '#ifndef RPY_COMMON_H', '#define RPY_COMMON_H',
            '#include "rpy.h"', PREAMBLE]
        header += db.struct_decls
        header += db.externs
        header += [proto for proto, _ in self.functions]
        header += [proto for proto, _ in self.inline_functions]
        header += [body for _, body in self.inline_functions]
        header.append('#endif')
        self.write(builddir, 'common.h', '\n'.join(header) + '\n')
        consts = ['/* constants.c: generated by rpy.translate; prebuilt objects, type table. */',
                  '#include "common.h"', SUPPORT]
        consts += db.defs
        consts += getattr(db, 'late_defs', [])
        consts += db.helpers
        consts += self.typetable()
        consts += self.exception_support()
        consts += self.entry_support()
        self.write(builddir, 'constants.c', '\n'.join(consts) + '\n')
        files = ['constants.c']
        # consecutive runs of functions (in call-graph order) of similar total size
        total = sum(len(body) for _, body in self.functions)
        per_file = max(1, total // max(1, nfiles) + 1)
        chunks: list[list[str]] = [[]]
        size = 0
        for _, body in self.functions:
            if size >= per_file:
                chunks.append([])
                size = 0
            chunks[-1].append(body)
            size += len(body)
        for i, chunk in enumerate(chunks):
            if not chunk:
                continue
            name = 'funcs_%d.c' % i
            self.write(builddir, name, '/* %s: generated by rpy.translate. */\n#include "common.h"\n\n%s'
                       % (name, '\n'.join(chunk)))
            files.append(name)
        return files

    def write(self, d: str, name: str, text: str) -> None:
        with open(os.path.join(d, name), 'w') as f:
            f.write(text)

    def typetable(self) -> list[str]:
        db = self.db
        n = db.next_tid
        entries = ['NULL'] * n
        runtime = ['NULL', '&rpy_ti_str', '&rpy_ti_bytes', '&rpy_ti_array_gc', '&rpy_ti_array_raw',
                   '&rpy_ti_list', '&rpy_ti_dict', '&rpy_ti_dict_entries', '&rpy_ti_dict_index',
                   '&rpy_ti_jitframe',      # RPY_TID_JITFRAME (jitmem.h): the JIT's frames
                   '&rpy_ti_weakref']       # RPY_TID_WEAKREF (rpy.h)
        entries[:len(runtime)] = runtime
        for tid, name in db.typeinfos:
            entries[tid] = '&' + name
        out = ['const rpy_typeinfo *const rpy_typetable[] = {']
        out += ['    %s,' % e for e in entries]
        out.append('};')
        out.append('const Signed rpy_typetable_length = %d;' % n)
        out.append('const Signed rpy_main_stack_size = %d;' % (self.main_stack_mb << 20))
        out.append('void *const rpy_prebuilt_roots[] = { %s };' % ', '.join(
            ['(void *)' + r for r in db.prebuilt_roots] + ['NULL']))
        return out

    def exception_support(self) -> list[str]:
        db = self.db
        exc_cd = self.ann.getclassdef(Exception)
        mem_cd = db.exc_classdefs[MemoryError]
        out = ['static struct %s rpy_prebuilt_memoryerror = { %s };' % (
            mem_cd.struct_name, self.nested_header(mem_cd))]
        out.append('void rpy_raise_str(int kind, void *msg) {')
        out.append('    uint32_t tid; Signed size;')
        out.append('    switch (kind) {')
        for i, cls in enumerate(RUNTIME_EXC_KINDS):
            cd = db.exc_classdefs[cls]
            out.append('    case RPY_EXC_%s: tid = %d; size = sizeof(struct %s); break;' % (
                cls.__name__, cd.tid, cd.struct_name))
        out.append('    default: tid = %d; size = sizeof(struct %s);' % (exc_cd.tid, exc_cd.struct_name))
        out.append('    }')
        out.append('    if (kind == RPY_EXC_MemoryError) { rpy_exc_value = &rpy_prebuilt_memoryerror; return; }')
        out.append('    RPY_PUSH(msg);')
        out.append('    void *e = rpy_malloc_fixed(tid, size);')
        out.append('    RPY_POP(void *, msg);')
        out.append('    if (e == NULL) return;')
        out.append('    %s = msg;' % db.field_access('e', exc_cd, '__msg'))
        out.append('    rpy_exc_value = e;')
        out.append('}')
        out.append('void rpy_raise(int kind, const char *msg) {')
        out.append('    if (kind == RPY_EXC_MemoryError) { rpy_exc_value = &rpy_prebuilt_memoryerror; return; }')
        out.append('    rpy_string *m = rpy_str_from_cstr(msg ? msg : "");')
        out.append('    if (m == NULL) return;')
        out.append('    rpy_raise_str(kind, m);')
        out.append('}')
        out.append('rpy_string *rpy_exc_describe(void *exc) {')
        out.append('    rpy_string *m = %s;' % db.field_access('exc', exc_cd, '__msg'))
        out.append('    return m ? m : rpy_str_from_cstr("");')
        out.append('}')
        return out

    def nested_header(self, cd: Any) -> str:
        depth = len(cd.mro()) - 1
        return '{' * depth + '{%d, %s}' % (cd.tid, PREBUILT_FLAGS) + '}' * depth

    def entry_support(self) -> list[str]:
        db = self.db
        out = ['static void rpy_init_prebuilt(void) {']
        out += ['    ' + l for l in getattr(db, 'dict_init_code', [])]
        for obj, line in db.init_code:
            # stores into prebuilt objects go through the write barrier
            out.append('    RPY_WB(%s); %s' % (obj, line))
        out.append('}')
        out.append('Signed rpy_entry_point(rpy_list *argv) {')
        out.append('    RPY_PUSH(argv);')
        out.append('    rpy_init_prebuilt();')
        out.append('    RPY_POP(rpy_list *, argv);')
        out.append('    if (RPY_EXC()) return 1;')
        out.append('    return %s(argv);' % db.func_names[self.entry])
        out.append('}')
        return out
