"""sys.settrace and sys.setprofile: the events of CPython 3.11's tracing.

A thread's trace and profile functions live in its ExecutionContext
(w_tracefunc, w_profilefunc).  The events, with CPython's rules:
- 'call' when a frame starts or a generator resumes (by send, next or
  throw): the thread's trace function is called, and what it returns
  becomes the frame's local trace function (f_trace);
- 'line' before an instruction whose line differs from the previous
  instruction's, or that a backward jump reaches (a loop's next turn),
  when the frame has an f_trace and f_trace_lines is true; 'opcode' before
  every instruction when f_trace_opcodes is true;
- 'exception' when an exception is raised in or propagates into a frame
  with an f_trace (not when it is re-raised by the frame's own cleanup);
- 'return' when the frame returns or yields (the value), or when an
  exception leaves it (None).
The events other than 'call' go to the frame's f_trace; whatever non-None
value it returns replaces it.  A trace function that raises is removed
(sys.settrace(None)) and its exception propagates in the traced frame.
While a trace or profile function runs, no event is reported.  The
profile function gets 'call' and 'return' for every frame, and its result
is ignored (c_call events of built-in functions are not reported).

The eval loop pays one field test per instruction (Frame.w_f_trace):
everything else happens here, off the fast path.  A traced frame runs its
instructions one by one, without superinstructions, so that each keeps
its line event.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.interpreter import frame as framemod
from ouro.interpreter.pycode import TRACE_STEP
from ouro.objspace import space
from ouro.objspace.exceptions import OperationError
from ouro.objspace.model import W_Root, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

W_CALL = W_StrObject("call")
W_LINE = W_StrObject("line")
W_RETURN = W_StrObject("return")
W_EXCEPTION = W_StrObject("exception")
W_OPCODE = W_StrObject("opcode")


def _call(ec: framemod.ExecutionContext, w_func: W_Root, f: framemod.Frame,
          w_event: W_Root, w_arg: W_Root) -> W_Root:
    """Calls a trace or profile function with events off, then copies
    back what it changed in f_locals (CPython's PyFrame_LocalsToFast)."""
    w_d = f.w_locals_dict
    if w_d is not None:
        framemod.frame_locals(f)     # fresh for the function, as CPython's
    ec.tracing += 1
    try:
        w_res = space.call_function(w_func, [f, w_event, w_arg])
    finally:
        ec.tracing -= 1
    if f.w_locals_dict is not None and f.w_locals is None:
        locals_to_fast(f)
    return w_res


def locals_to_fast(f: framemod.Frame) -> None:
    """The f_locals dict of a function's frame, written back into its
    variables (a name missing from the dict is unbound)."""
    w_d = f.w_locals_dict
    assert w_d is not None
    co = f.pycode.co
    i = 0
    while i < len(co.co_varnames):
        f.fast[i] = w_d.getitem_str(co.co_varnames[i])
        i += 1
    i = 0
    while i < len(f.cells):
        f.cells[i].w_value = w_d.getitem_str(f.cell_name(i))
        i += 1


def _local_event(ec: framemod.ExecutionContext, f: framemod.Frame, w_event: W_Root,
                 w_arg: W_Root) -> None:
    """An event for the frame's own trace function (f_trace)."""
    w_trace = f.w_f_trace
    if w_trace is None or ec.w_tracefunc is None or ec.tracing != 0:
        return
    _trace(ec, w_trace, f, w_event, w_arg)


def _trace(ec: framemod.ExecutionContext, w_func: W_Root, f: framemod.Frame, w_event: W_Root,
           w_arg: W_Root) -> None:
    """Calls a trace function: a result other than None becomes the
    frame's f_trace; an exception removes the thread's trace function and
    the frame's (CPython's trace_trampoline)."""
    try:
        w_res = _call(ec, w_func, f, w_event, w_arg)
    except OperationError:
        ec.w_tracefunc = None
        _set_f_trace(f, None)
        raise
    if w_res is not w_None:
        _set_f_trace(f, w_res)


def _set_f_trace(f: framemod.Frame, w_func: W_Root | None) -> None:
    """f_trace, and the table of instructions the frame runs: a frame with
    an f_trace runs from its own table of TRACE_STEPs (the eval loop's
    instruction_event), one without from its code's instructions."""
    f.w_f_trace = w_func
    if w_func is None:
        f.cur_insns = f.pycode.insns
        st = f.tracestate
        if st is not None:
            st.table = None
        return
    st = f.trace_state()
    if st.table is None:
        table = [TRACE_STEP] * len(f.pycode.insns)
        st.table = table
        st.patched = -1
        f.cur_insns = table


def call_event(ec: framemod.ExecutionContext, f: framemod.Frame) -> None:
    """The frame starts or resumes (it is ec's top frame already)."""
    if ec.tracing != 0:
        return
    w_prof = ec.w_profilefunc
    if w_prof is not None:
        _profile(ec, w_prof, f, W_CALL, w_None)
    w_func = ec.w_tracefunc
    if w_func is not None:
        st = f.trace_state()
        st.lastline = line_at(f, f.last_instr)
        st.prev_instr = f.last_instr
        _trace(ec, w_func, f, W_CALL, w_None)


def return_event(ec: framemod.ExecutionContext, f: framemod.Frame, w_value: W_Root) -> None:
    """The frame returns or yields w_value (w_None when an exception
    leaves it)."""
    if ec.tracing != 0:
        return
    _local_event(ec, f, W_RETURN, w_value)
    w_prof = ec.w_profilefunc
    if w_prof is not None:
        _profile(ec, w_prof, f, W_RETURN, w_value)


def exception_event(ec: framemod.ExecutionContext, f: framemod.Frame,
                    e: OperationError) -> None:
    w_exc = e.w_value
    w_tb = framemod.traceback_object(w_exc)
    w_arg = W_TupleObject([w_exc.getclass(), w_exc, w_tb])
    _local_event(ec, f, W_EXCEPTION, w_arg)


def _profile(ec: framemod.ExecutionContext, w_prof: W_Root, f: framemod.Frame,
             w_event: W_Root, w_arg: W_Root) -> None:
    try:
        _call(ec, w_prof, f, w_event, w_arg)
    except OperationError:
        ec.w_profilefunc = None
        raise


def line_at(f: framemod.Frame, i: int) -> int:
    """The line of instruction i of the frame's code (-1: none, or i < 0)."""
    positions = f.pycode.co.positions()
    if 0 <= i and 4 * i < len(positions):
        return positions[4 * i]
    return -1


def set_frame_trace(f: framemod.Frame, w_value: W_Root) -> None:
    """frame.f_trace = w_value: the line of the instruction running now
    counts as the last line reported (CPython compares with the line of
    the previous instruction)."""
    if w_value is w_None:
        _set_f_trace(f, None)
        return
    if f.w_f_trace is None:
        st = f.trace_state()
        st.lastline = line_at(f, f.last_instr)
        st.prev_instr = f.last_instr
    _set_f_trace(f, w_value)


def instruction_event(f: framemod.Frame, i: int) -> None:
    """Before instruction i of a frame with an f_trace (its TRACE_STEP):
    its 'line' event (and 'opcode' event), with CPython 3.11's rule
    (maybe_call_line_trace); then slot i of the frame's table holds the
    real instruction, unfused (opcode | argument << 8), for the eval loop
    to run, and the slot that held it before a TRACE_STEP again.
    Instructions without a line take the line of the one before them."""
    ec = framemod.get_ec()
    st = f.trace_state()
    table = st.table
    if table is not None:
        if st.patched >= 0:
            table[st.patched] = TRACE_STEP
        code = f.pycode
        table[i] = code.ops[i] | (code.args[i] << 8)
        st.patched = i
    prev = st.prev_instr
    st.prev_instr = i
    if ec.w_tracefunc is None or ec.tracing != 0:
        return
    line = line_at(f, i)
    lastline = st.lastline
    if line < 0:
        line = lastline
    elif st.lines:
        jumped_back = i < prev and f.pycode.ops[prev] != op.SEND
        if line != lastline or jumped_back:
            st.lastline = line
            _local_event(ec, f, W_LINE, w_None)
    st.lastline = line
    if st.opcodes:
        _local_event(ec, f, W_OPCODE, w_None)
