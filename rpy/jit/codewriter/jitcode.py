"""Jitcodes: the codewriter's output, one per flow graph.

A jitcode is a list of instructions over typed registers (three files:
int, ref, float).  Each instruction is an `Insn`: an operation name, operand
list (registers or constants), an optional result register, and
per-operation data (descr, branch target, exception handler pc, callee
jitcode, Python function for residual calls).  `live[pc]` (computed by the
codewriter) is the set of registers live before instruction pc: what a
guard's resume data must keep.  Untranslated only for now; translated it
would be encoded as bytes like PyPy's, with the same instruction set.
"""
from __future__ import annotations

from typing import Any

from rpy.jit.metainterp.resoperation import INT, REF, FLOAT, KIND_CHARS, AbstractDescr
from rpy.jit.metainterp.history import AbstractValue


class Operand:
    """A register (kind, index) or a constant (kind, value)."""
    kind: int
    index: int           # -1 for a constant
    value: Any
    box: AbstractValue | None    # the trace constant, made once
    annotation: Any      # of a constant: its annotation (the C constant of a REF)

    def __init__(self, kind: int, index: int, value: Any) -> None:
        self.kind = kind
        self.index = index
        self.value = value
        self.box = None
        self.annotation = None

    def is_reg(self) -> bool:
        return self.index >= 0

    def key(self) -> int:
        """A unique int per register, for liveness sets."""
        return self.index * 3 + self.kind

    def __repr__(self) -> str:
        if self.index >= 0:
            return '%%%s%d' % (KIND_CHARS[self.kind], self.index)
        return '$%r' % (self.value,)


class Insn:
    opname: str
    args: list[Operand]
    result: Operand | None
    descr: AbstractDescr | None
    target: int           # branch target pc (goto, goto_if_not, exception tests)
    catch: int            # pc of the exception handler of this instruction, or -1
    extra: Any            # callee jitcode, Python function, class test, driver...
    dsts: list[Operand]   # 'moves': the destination registers
    classes: tuple        # class_test of an isinstance: the classes tested

    def __init__(self, opname: str, args: list[Operand], result: Operand | None) -> None:
        self.opname = opname
        self.args = args
        self.result = result
        self.descr = None
        self.target = -1
        self.catch = -1
        self.extra = None
        self.dsts = []
        self.classes = ()

    def __repr__(self) -> str:
        s = ''
        if self.result is not None:
            s = '%r = ' % (self.result,)
        s += self.opname + '(' + ', '.join([repr(a) for a in self.args]) + ')'
        if self.dsts:
            s += ' -> ' + ', '.join([repr(a) for a in self.dsts])
        if self.descr is not None:
            s += ' descr=' + self.descr.repr_of_descr()
        if self.target >= 0:
            s += ' goto %d' % self.target
        if self.catch >= 0:
            s += ' catch %d' % self.catch
        return s


class JitCode:
    name: str
    code: list[Insn]
    num_regs: list[int]         # per kind
    arg_regs: list[Operand]     # the graph's input arguments
    live: list[set[int]]        # per pc: Operand.key() of the registers live before it
    regs_by_key: dict[int, Operand]
    func: Any                   # the Python function

    def __init__(self, name: str, func: Any) -> None:
        self.name = name
        self.func = func
        self.code = []
        self.num_regs = [0, 0, 0]
        self.arg_regs = []
        self.live = []
        self.regs_by_key = {}

    def dump(self) -> str:
        lines = ['jitcode %s(%s)' % (self.name, ', '.join([repr(a) for a in self.arg_regs]))]
        for pc, insn in enumerate(self.code):
            lines.append('%4d  %r' % (pc, insn))
        return '\n'.join(lines)

    def __repr__(self) -> str:
        return '<JitCode %s>' % self.name
