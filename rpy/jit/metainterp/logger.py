"""The trace printer: a Trace as text, in the format that
rpy/jit/tool/oparser.py reads back and that jit-log-opt writes:

    [i0, p1]
    debug_merge_point(0, 0, 'loop #3 LOAD_FAST')
    i2 = int_add(i0, 1)
    guard_true(i3) [i0, p1]
    p4 = getfield_gc_r(p1, descr=nextdescr)
    jump(i2, p4, descr=loop)

Values are named by kind (i: int, p: ref, f: float) and by order of
definition.  RPy code.
"""
from __future__ import annotations

from rpy.jit.metainterp.resoperation import (
    AbstractValue, ResOperation, KIND_CHARS, OPGUARD, DebugLocation, FailDescr, rop)
from rpy.jit.metainterp.history import Trace


class TracePrinter:
    names: dict[AbstractValue, str]
    counter: int
    show_guard_descrs: bool

    def __init__(self, show_guard_descrs: bool) -> None:
        self.names = {}
        self.counter = 0
        self.show_guard_descrs = show_guard_descrs

    def name_of(self, v: AbstractValue) -> str:
        if v.is_constant():
            return v.repr_constant()
        if v in self.names:
            return self.names[v]
        name = KIND_CHARS[v.type] + str(self.counter)
        self.counter += 1
        self.names[v] = name
        return name

    def repr_op(self, op: ResOperation) -> str:
        args: list[str] = []
        descr = op.descr
        if op.opnum == rop.DEBUG_MERGE_POINT:
            for a in op.args:
                args.append(self.name_of(a))
            if isinstance(descr, DebugLocation):
                args.append(quote(descr.name))
        else:
            for a in op.args:
                args.append(self.name_of(a))
            if descr is not None and (self.show_guard_descrs or not isinstance(descr, FailDescr)):
                args.append('descr=' + descr.repr_of_descr())
        text = op.getopname() + '(' + ', '.join(args) + ')'
        fail_args = op.fail_args
        if OPGUARD[op.opnum] and fail_args is not None:
            fa: list[str] = []
            for a in fail_args:
                fa.append(self.name_of(a))
            text += ' [' + ', '.join(fa) + ']'
        if op.has_result():
            text = self.name_of(op) + ' = ' + text
        return text

    def repr_trace(self, trace: Trace) -> str:
        lines: list[str] = []
        names: list[str] = []
        for a in trace.inputargs:
            names.append(self.name_of(a))
        lines.append('[' + ', '.join(names) + ']')
        for op in trace.operations:
            lines.append(self.repr_op(op))
        return '\n'.join(lines) + '\n'


def quote(s: str) -> str:
    out = "'"
    for c in s:
        if c == "'" or c == '\\':
            out += '\\' + c
        elif c == '\n':
            out += '\\n'
        else:
            out += c
    return out + "'"


def trace_to_text(trace: Trace) -> str:
    """The trace in the test/log format (guard descrs not shown)."""
    return TracePrinter(False).repr_trace(trace)


def trace_to_text_with_descrs(trace: Trace) -> str:
    return TracePrinter(True).repr_trace(trace)
