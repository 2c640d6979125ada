"""A translated program reading its own jitcodes back (--opt=jit): the
pyjitpl phase encodes the jitcodes of the driver 'tbl' into TABLE
(rpy/jit/metainterp/jitcodedata.py), emitted as prebuilt data.  The
program decodes every instruction, checks the operands against the
register counts and constant tables, the descrs (type ids, function
addresses in rpy_jit_functions[]), reads its REF constants through
rgcref (a str's length, an instance's field), and prints a digest the
test compares with the one the phase printed.  Untranslated, or without
--opt=jit, the table is not bound and the program says so.  Then the
blackhole interpreter (rpy/jit/metainterp/blackhole.py with the
translated cpu: rgcref, call stubs) runs the portal on the encoded
jitcodes: the same results as the interpreter, and the same exception."""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.jit import JitDriver
from rpy.rlib.rgcref import (GCRef, cast_gcref_to_instance, cast_instance_to_gcref, gcref_typeid,
                             read_int_at)
from rpy.jit.backend.x86.callstub import CallStubs
from rpy.jit.backend.x86.codebuf import ExecutableMemory, gc_backend_config
from rpy.jit.metainterp.blackhole import BlackholeInterp
from rpy.jit.metainterp.bhcpu_translated import TranslatedCpu
from rpy.jit.metainterp.jitcodedata import (
    JitCodeTable, DESCR_WORDS, DK_ARRAY, DK_CALL, DK_FIELD, DK_SIZE, checksum, insn_length,
    operand_index, operand_is_const, operand_kind)


class Box:
    _immutable_fields_ = ['value']
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


class Code:
    _immutable_fields_ = ['ops[*]']
    ops: list[int]

    def __init__(self, ops: list[int]) -> None:
        self.ops = ops


class Out:
    items: list[Box]

    def __init__(self) -> None:
        self.items = []


SEVEN = Box(7)
driver = JitDriver(greens=['pc', 'code'], reds=['acc', 'out'], name='tbl')
TABLE = JitCodeTable('tbl')


def interp(code: Code, out: Out) -> int:
    pc = 0
    acc = 0
    while pc < len(code.ops):
        driver.jit_merge_point(pc=pc, code=code, acc=acc, out=out)
        op = code.ops[pc]
        if op == 0:
            acc += 1
        elif op == 1:
            out.items.append(Box(acc))
        elif op == 2:
            acc += SEVEN.value + len(out.items)
        elif op == 3:
            if acc > 100:
                raise ValueError('acc %d too big' % acc)
        pc += 1
    return acc


def check_table() -> int:
    """Decode everything; the number of problems found."""
    bad = 0
    ndescrs = len(TABLE.descrs) // DESCR_WORDS
    nregs = 0
    strs = 0
    boxes = 0
    for jc in TABLE.jitcodes:
        pc = 0
        ninsns = 0
        while pc < len(jc.code):
            opcode = jc.code[pc]
            if opcode < 0 or opcode >= len(TABLE.opnames):
                bad += 1
                break
            n = insn_length(jc.code, pc)
            nargs = jc.code[pc + 1]
            words = [jc.code[pc + 2 + k] for k in range(nargs)]
            res = jc.code[pc + 2 + nargs]
            if res != -1:
                words.append(res)
            ndsts = jc.code[pc + 3 + nargs]
            for k in range(ndsts):
                words.append(jc.code[pc + 4 + nargs + k])
            for w in words:
                kind = operand_kind(w)
                index = operand_index(w)
                if operand_is_const(w):
                    limit = len(jc.consts_i) if kind == 0 else len(jc.consts_r) if kind == 1 \
                        else len(jc.consts_f)
                else:
                    limit = jc.num_regs[kind]
                    nregs += 1
                if index >= limit or kind > 2:
                    bad += 1
            d = jc.code[pc + n - 4]
            if d >= ndescrs:
                bad += 1
            elif d >= 0:
                bad += check_descr(d)
            for t in (jc.code[pc + n - 3], jc.code[pc + n - 2]):
                if t >= len(jc.code) or t < -1:
                    bad += 1
            name = TABLE.opnames[opcode]
            extra = jc.code[pc + n - 1]
            if name == 'inline_call' and not (0 <= extra < len(TABLE.jitcodes)):
                bad += 1
            if name == 'method_call' and not (0 <= extra < len(TABLE.names)):
                bad += 1
            pc += n
            ninsns += 1
        if pc != len(jc.code):
            bad += 1
        for r in jc.consts_r:
            if r is None:
                continue
            tid = gcref_typeid(r)
            if tid == 1:          # RPY_TID_STR: nchars at offset 24
                if read_int_at(r, 24) >= 0:
                    strs += 1
            else:
                b = cast_gcref_to_instance(Box, r)
                if b.value == 7:
                    boxes += 1
    print('jitcodes %d opcodes %d descrs %d registers read %d' % (
        len(TABLE.jitcodes), len(TABLE.opnames), ndescrs, nregs))
    print('ref constants: %d strs, %d boxes' % (strs, boxes))
    print('portal %s' % TABLE.jitcodes[TABLE.portal].name)
    return bad


def check_descr(d: int) -> int:
    base = d * DESCR_WORDS
    dk = TABLE.descrs[base]
    a = TABLE.descrs[base + 1]
    b = TABLE.descrs[base + 2]
    c = TABLE.descrs[base + 3]
    if dk == DK_FIELD:
        return 0 if a >= 8 and b == 8 and 0 <= c <= 2 else 1
    if dk == DK_SIZE:
        return 0 if a >= 8 and b >= 16 else 1
    if dk == DK_ARRAY:
        return 0 if a == 8 and b == 16 and TABLE.descrs[base + 4] in (3, 4) else 1
    if dk == DK_CALL:
        if a < 0:
            return 0 if c >= 0 else 1     # a method_call's descr: no single function
        return 0 if rjitmem.function_address(a) != 0 else 1
    return 1


PROGRAMS = [[0, 2, 1, 0, 3, 2, 1], [2, 2, 1, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 0]]


def run_interp(ops: list[int]) -> None:
    out = Out()
    try:
        print('interp %d %d' % (interp(Code(ops), out), len(out.items)))
    except ValueError as e:
        print('error %s' % str(e))


def run_blackhole(ops: list[int], stubs: CallStubs) -> None:
    """The portal's jitcode run by the blackhole interpreter."""
    out = Out()
    bh = BlackholeInterp(TABLE, TranslatedCpu(TABLE, stubs))
    kind = bh.run_portal([], [cast_instance_to_gcref(Code(ops)), cast_instance_to_gcref(out)], [])
    if kind == -2:
        e = cast_gcref_to_instance(ValueError, bh.exc)
        print('error %s' % str(e))
    else:
        print('interp %d %d' % (bh.result_i, len(out.items)))
    print('blackhole steps %d' % bh.steps)


def entry_point(argv: list[str]) -> int:
    for ops in PROGRAMS:
        run_interp(ops)
    if not TABLE.bound:
        print('table not bound: translate with --opt=jit')
        return 0
    bad = check_table()
    print('problems %d' % bad)
    print('checksum %d' % checksum(TABLE))
    stubs = CallStubs(ExecutableMemory(), gc_backend_config())
    for ops in PROGRAMS:
        run_blackhole(ops, stubs)
    stubs.free()
    return 0
