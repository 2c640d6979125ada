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
is ignored; it also gets 'c_call' before a call of a built-in function made
by a CALL instruction (a builtin_function_or_method, or a method
descriptor called with a self, reported bound to it: CPython's C_TRACE in
trace_call_function and do_call_core), then 'c_return' or 'c_exception'
(when the call raised), with the built-in as argument (profiled_call).

A profile function is a Python callable or a NativeProfiler: an RPy object
(_lsprof.Profiler, ouro/modules/_lsprof) that gets the events as method
calls, without a frame object or event strings -- CPython's C-level
profile function (c_profilefunc with its c_profileobj).  Either sits in
ExecutionContext.w_profilefunc (what sys.getprofile returns); set_profile
changes it and keeps PROFILING.threads, the number of threads with a
profile function, which the eval loop's call paths test before a built-in
call (one load of a prebuilt object's field), so that the c_call events
cost nothing measurable while no profile function is set.

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
from ouro.objspace.descriptors import W_Method
from ouro.objspace.exceptions import OperationError
from ouro.objspace.gateway import (W_BuiltinFunction, w_builtin_function_type,
                                   w_method_descriptor_type)
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.model import Arguments, W_Root, w_None
from ouro.objspace.strobject import W_StrObject
from ouro.objspace.tupleobject import W_TupleObject

W_CALL = W_StrObject("call")
W_LINE = W_StrObject("line")
W_RETURN = W_StrObject("return")
W_EXCEPTION = W_StrObject("exception")
W_OPCODE = W_StrObject("opcode")
W_C_CALL = W_StrObject("c_call")
W_C_RETURN = W_StrObject("c_return")
W_C_EXCEPTION = W_StrObject("c_exception")

# the kinds of NativeProfiler.profile_event
EV_CALL = 0
EV_RETURN = 1
EV_C_CALL = 2
EV_C_RETURN = 3         # c_return and c_exception


class NativeProfiler(W_ObjectWithMap):
    """A profile function written in RPy (_lsprof.Profiler): set as a
    thread's profile function, it gets the events as calls of
    profile_event, with events off (ec.tracing) as for a Python profile
    function, and cannot fail.  A W_ObjectWithMap: _lsprof.Profiler is
    subclassable (cProfile.Profile)."""

    def profile_event(self, kind: int, f: framemod.Frame,
                      w_func: W_BuiltinFunction | None) -> None:
        """EV_CALL/EV_RETURN: frame f starts (resumes) or returns
        (yields); EV_C_CALL/EV_C_RETURN: f calls the built-in w_func, or
        that call ended."""
        raise NotImplementedError("profile_event")


class Profiling:
    """How many threads have a profile function (a prebuilt object: the
    eval loop's call paths read its field before calling a built-in).  A
    thread that ends with one keeps counting: built-in calls then only
    take the slower path that finds no profile function."""
    threads: int

    def __init__(self) -> None:
        self.threads = 0


PROFILING = Profiling()


def set_profile(ec: framemod.ExecutionContext, w_func: W_Root | None) -> None:
    """The thread's profile function (None: none): sys.setprofile,
    _lsprof's enable and disable."""
    if ec.w_profilefunc is not None:
        PROFILING.threads -= 1
    if w_func is not None:
        PROFILING.threads += 1
    ec.w_profilefunc = w_func


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
    """A 'call' or 'return' event for the profile function."""
    if isinstance(w_prof, NativeProfiler):
        _native(ec, w_prof, EV_CALL if w_event is W_CALL else EV_RETURN, f, None)
        return
    _profile_python(ec, w_prof, f, w_event, w_arg)


def _profile_python(ec: framemod.ExecutionContext, w_prof: W_Root, f: framemod.Frame,
                    w_event: W_Root, w_arg: W_Root) -> None:
    """Calls a Python profile function, which is removed if it raises
    (CPython's profile_trampoline)."""
    try:
        _call(ec, w_prof, f, w_event, w_arg)
    except OperationError:
        set_profile(ec, None)
        raise


def _native(ec: framemod.ExecutionContext, prof: NativeProfiler, kind: int, f: framemod.Frame,
            w_func: W_BuiltinFunction | None) -> None:
    ec.tracing += 1
    try:
        prof.profile_event(kind, f, w_func)
    finally:
        ec.tracing -= 1


def c_call_target(w_func: W_Root, args: Arguments) -> W_BuiltinFunction | None:
    """The built-in a call reports ('c_call'...), or None: CPython 3.11
    reports a builtin_function_or_method, and a method descriptor called
    with a first argument it applies to, bound to it (trace_call_function;
    a type, a slot wrapper, a Python function are not reported).  A
    class method of a built-in type made of a module-level built-in (a
    method object here: dict.fromkeys, int.from_bytes) is CPython's
    built-in bound to the class."""
    if isinstance(w_func, W_Method):
        w_f = w_func.w_function
        if isinstance(w_f, W_BuiltinFunction) and w_f.w_self is None \
                and w_f.w_objclass is None:
            return w_f.bind_to(w_func.w_self)
        return None
    if not isinstance(w_func, W_BuiltinFunction):
        return None
    w_kind = w_func.getclass()
    if w_kind is w_builtin_function_type:
        return w_func
    if w_kind is w_method_descriptor_type and len(args.args_w) > 0 \
            and not w_func.is_classmethod():
        w_cls = w_func.w_objclass
        w_self = args.args_w[0]
        if w_cls is not None and space.isinstance_w(w_self, w_cls):
            return w_func.bind_to(w_self)
    return None


def profiled_call(w_func: W_Root, args: Arguments) -> W_Root:
    """A call made by a CALL instruction while some thread has a profile
    function (PROFILING.threads): with this thread's, a built-in's call
    is reported as CPython's C_TRACE does -- 'c_call' (an exception of
    the profile function means no call), then 'c_exception' if the call
    raised (an exception of the profile function replaces the call's) or
    'c_return', each only while a profile function is set."""
    ec = framemod.get_ec()
    f = ec.topframe
    if ec.w_profilefunc is None or ec.tracing != 0 or f is None:
        return w_func.call_args(args)
    w_c = c_call_target(w_func, args)
    if w_c is None:
        return w_func.call_args(args)
    _c_event(ec, f, EV_C_CALL, W_C_CALL, w_c)
    try:
        w_res = w_func.call_args(args)
    except OperationError:
        _c_event(ec, f, EV_C_RETURN, W_C_EXCEPTION, w_c)
        raise
    _c_event(ec, f, EV_C_RETURN, W_C_RETURN, w_c)
    return w_res


def _c_event(ec: framemod.ExecutionContext, f: framemod.Frame, kind: int, w_event: W_Root,
             w_c: W_BuiltinFunction) -> None:
    w_prof = ec.w_profilefunc
    if w_prof is None or ec.tracing != 0:
        return
    if isinstance(w_prof, NativeProfiler):
        _native(ec, w_prof, kind, f, w_c)
    else:
        _profile_python(ec, w_prof, f, w_event, w_c)


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
