"""The `pyjitpl` phase of `python -m rpy.translate --opt=jit`.

Runs after backendopt/stackcheckinsertion and before database_c: for each
JitDriver of the program (the annotator's `jit_markers`), the codewriter
makes the jitcodes of its portal and of every graph it may trace into;
then the descriptors it made (and the rlib field/size layouts the program
declared, rpy/rlib/rgcref.py) are bound to the C layout of the database
(rpy/jit/translator/layout.py).

The jitcodes are encoded into the program's JitCodeTables of the driver's
name (rpy/jit/metainterp/jitcodedata.py) and emitted as prebuilt data.
What is NOT done yet (docs/status.md, issue 5): the metainterp is not part
of the C program; the translated executable runs its interpreter without
a JIT.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.codewriter.codewriter import CodeWriter, CannotLower
from rpy.jit.codewriter.encode import complete_methods


class DriverReport:
    """What the codewriter produced for one JitDriver."""

    def __init__(self, driver: Any, cw: CodeWriter | None, error: str) -> None:
        self.driver = driver
        self.codewriter = cw
        self.error = error            # the portal itself could not be lowered
        self.jitcodes = 0
        self.instructions = 0
        self.residual_calls = 0       # residual_call / method_call instructions
        self.residual_targets = 0     # distinct callees of those
        self.fallbacks: list[tuple[str, str]] = []   # (graph, why): CannotLower
        self.runtime_calls = 0        # of C runtime wrappers (runtimecalls.py)
        self.function_calls = 0       # of RPy functions
        self.method_calls = 0         # method_call (dispatch on the class)
        self.helper_calls: dict[str, int] = {}   # Python helpers: no C function
        if cw is not None:
            targets: set[int] = set()
            for jc in cw.jitcodes.values():
                self.jitcodes += 1
                self.instructions += len(jc.code)
                for insn in jc.code:
                    if insn.opname in ('residual_call', 'method_call'):
                        self.residual_calls += 1
                        targets.add(id(insn.descr))
                        self.classify(cw, insn)
            self.residual_targets = len(targets)
            self.fallbacks = sorted([(d.name, why) for d, why in cw.failed.items()])

    def classify(self, cw: CodeWriter, insn: Any) -> None:
        d = insn.descr
        if insn.opname == 'method_call':
            self.method_calls += 1
        elif getattr(d, 'c_name', ''):
            self.runtime_calls += 1
        elif any(cd is d for cd in cw.call_descrs.values()):
            self.function_calls += 1
        else:
            name = getattr(d, 'name', '?')
            self.helper_calls[name] = self.helper_calls.get(name, 0) + 1

    def lines(self) -> list[str]:
        name = getattr(self.driver, 'name', None) or repr(self.driver)
        if self.error:
            return ['[pyjitpl] driver %s: the portal cannot be lowered: %s' % (name, self.error)]
        out = ['[pyjitpl] driver %s: %d jitcodes, %d instructions, %d residual calls '
               '(%d distinct descrs), %d graphs left to residual calls (CannotLower)'
               % (name, self.jitcodes, self.instructions, self.residual_calls,
                  self.residual_targets, len(self.fallbacks))]
        nhelpers = sum(self.helper_calls.values())
        out.append('[pyjitpl]   residual calls: %d of C runtime functions, %d of RPy functions, '
                   '%d method calls, %d of Python helpers (no C function)'
                   % (self.runtime_calls, self.function_calls, self.method_calls, nhelpers))
        for name in sorted(self.helper_calls):
            out.append('[pyjitpl]   Python helper: %s (%d)' % (name, self.helper_calls[name]))
        for g, why in self.fallbacks:
            out.append('[pyjitpl]   not lowered: %s: %s' % (g, why))
        return out


def run_codewriter(ann: Any) -> list[DriverReport]:
    """The codewriter over each JitDriver's portal.  A portal that cannot be
    lowered is reported (and makes the translation fail in translate.py):
    a JIT that would silently not trace the interpreter is worse than an
    error."""
    reports = []
    drivers = list(ann.jit_markers.keys())
    drivers.sort(key=lambda d: getattr(d, 'name', '') or '')
    for driver in drivers:
        cw = CodeWriter(ann, driver)
        try:
            cw.make_jitcodes()
            # every method implementation method_call may reach gets its
            # jitcode now, before the descrs are bound (the encoding needs them)
            complete_methods(cw)
        except CannotLower as e:
            reports.append(DriverReport(driver, None, str(e)))
            continue
        except ValueError as e:         # a driver with can_enter_jit only
            reports.append(DriverReport(driver, None, str(e)))
            continue
        reports.append(DriverReport(driver, cw, ''))
    return reports


def encode_tables(reports: list[DriverReport], db: Any) -> list[str]:
    """The jitcodes of each driver encoded into the program's JitCodeTables
    of that driver's name (rpy/jit/metainterp/jitcodedata.py), emitted by
    database_c as prebuilt data; their REF constants' annotations go to
    the database."""
    from rpy.jit.codewriter.encode import encode_codewriter
    from rpy.jit.metainterp.jitcodedata import ALL_TABLES, checksum
    from rpy.jit.metainterp.liveness import precompute
    lines: list[str] = []
    for r in reports:
        name = getattr(r.driver, 'name', None) or ''
        for table in ALL_TABLES:
            if table.driver_name != name or r.codewriter is None:
                continue
            e = encode_codewriter(r.codewriter, table)
            for jc in table.jitcodes:
                precompute(jc, table.opnames)
            for k, s in e.ref_types.items():
                db.gcref_const_types[k] = s
            words = sum([len(jc.code) for jc in table.jitcodes])
            nconsts = [sum([len(jc.consts_i) for jc in table.jitcodes]),
                       sum([len(jc.consts_r) for jc in table.jitcodes]),
                       sum([len(jc.consts_f) for jc in table.jitcodes])]
            lines.append('[pyjitpl] jitcode table %s: %d jitcodes, %d words, %d opcodes, %d descrs, '
                         'constants %d int / %d ref / %d float, %d extras not encoded, '
                         'checksum %d' % (name, len(table.jitcodes), words, len(table.opnames),
                                          len(table.descrs) // 6, nconsts[0], nconsts[1],
                                          nconsts[2], table.unencoded, checksum(table)))
    return lines


def pyjitpl(ann: Any, db: Any) -> list[str]:
    """The whole phase: codewriter per driver, then descriptors bound to
    the database's layout (db: rpy.c.database.Database after rtype, whose
    class structs and type ids are fixed).  Appends the C layout checks to
    the database's definitions; returns the report lines.  Raises RPyError
    if a portal cannot be lowered."""
    from rpy.errors import RPyError
    from rpy.jit.translator.layout import Binder
    reports = run_codewriter(ann)
    lines: list[str] = []
    for r in reports:
        lines.extend(r.lines())
    for r in reports:
        if r.error:
            raise RPyError('--opt=jit: ' + '\n'.join(lines))
    if not reports:
        lines.append('[pyjitpl] the program has no JitDriver: nothing to do')
    binder = Binder(db, ann)
    for r in reports:
        assert r.codewriter is not None
        binder.bind_codewriter(r.codewriter)
        binder.bind_calls(r.codewriter)
    binder.bind_rlib()
    binder.bind_func_addresses()
    lines.extend(encode_tables(reports, db))
    db.defs.extend(binder.c_checks())
    db.defs.extend(binder.function_table())
    lines.append('[pyjitpl] descriptors bound to the C layout: %d fields, %d sizes '
                 '(%d offsetof/sizeof checks in constants.c)'
                 % (binder.bound_fields, binder.bound_sizes, len(binder.checks)))
    lines.append('[pyjitpl] rpy_jit_functions[]: %d C functions callable from machine code '
                 '(%d residual call descrs without one)'
                 % (len(binder.functions), binder.unbound_calls))
    lines.append('[pyjitpl] the portal enters the JIT through the warmspot glue; '
                 'not yet in the executable: the tracer (hot loops run in the blackhole)')
    return lines
