"""Frames and the eval loop: the interpreter's heart, and the JIT's portal.

A Frame runs one PyCode: fast locals, cells, a value stack of fixed size
(co_stacksize), the globals and builtins dicts, and for module and class
bodies a locals mapping.  `execute()` interprets instructions until the
code returns or yields; a Python exception (OperationError) raised by an
instruction is recorded in the exception's traceback and handed to the
code's exception table (ouro/compiler/code.py): the stack is cut to the
handler's depth, the exception pushed, and execution goes on at the
handler; with no handler it leaves the frame.

The opcodes are those of ouro/compiler/opcodes.py; each is a branch of
`dispatch`.  The JIT hints (jit_merge_point per instruction, can_enter_jit
on JUMP_BACKWARD) join when rpy.jit exists (issue 5): the loop is written
for them already -- the instruction index and the code are the green
variables, everything else lives in the frame.
"""
from __future__ import annotations

from rpy.rlib import rgc, rsignal, rthread
from rpy.rlib.rarithmetic import MAXINT

from ouro.compiler import opcodes as op
from ouro.interpreter import attrcache, tracing
from ouro.interpreter.function import W_Function
from ouro.objspace.descriptors import W_Cell, W_Method, getset
from ouro.objspace.gateway import W_BuiltinSlots, fits_positional, register
from ouro.interpreter.pycode import (PyCode, W_CodeConst, code_w, TRACE_STEP, SUPER_LOAD_CONST_LOAD_FAST,
                                     SUPER_LOAD_FAST_LOAD_CONST, SUPER_LOAD_FAST_LOAD_FAST,
                                     SUPER_STORE_FAST_LOAD_FAST, SUPER_STORE_FAST_STORE_FAST,
                                     SUPER_UNPACK_STORE)
from ouro.objspace import finalizerqueue, memoryobject, space, strobject, weakrefs
from ouro.objspace.boolobject import W_BoolObject, w_False, w_True
from ouro.objspace.dictobject import (W_DictObject, W_DictObjectUser, key_error, uses_dict_iter,
                                      w_dict_type)
from ouro.objspace.exceptions import (EXCEPTION_TYPES, OperationError, TracebackEntry,
                                      W_BaseException, operr, operr_noarg, w_AssertionError,
                                      w_BaseException, w_NameError, w_RecursionError,
                                      w_RuntimeError, w_StopIteration, w_SystemError,
                                      w_TypeError, w_UnboundLocalError, w_ValueError)
from ouro.objspace.exceptions_descr import exc_get_traceback
from ouro.objspace.floatobject import W_FloatObject, W_FloatObjectUser, float_pow, w_float_type
from ouro.objspace.intobject import (W_IntObject, W_IntObjectUser, int_add, int_floordiv, int_mod,
                                     int_mul, int_sub,
                                     w_int_type, wrap_int)
from ouro.objspace.listobject import (W_ListObject, W_ListObjectUser, exact_list, exact_tuple,
                                      list_find, w_list_type,
                                      getslice as list_getslice, setslice as list_setslice)
from ouro.objspace.model import (LAYOUT_OTHER, Arguments, W_Root, W_TypeObject,
                                 make_builtin_type, type_name, w_None, w_object_type)
from ouro.objspace.sliceobject import W_SliceObject, newslice
from ouro.objspace.strobject import W_StrObject, W_StrObjectUser
from ouro.objspace.tupleobject import W_TupleObject, w_tuple_type
from ouro.parser.errors import SourceError

MAX_RECURSION = 1000

w_frame_type = make_builtin_type("frame", [w_object_type], LAYOUT_OTHER)


# exactness without a virtual getclass() call: every RPy subclass of
# W_IntObject is bool or a Python subclass of int (the same holds for
# W_FloatObjectUser and W_ListObjectUser below)
INT_SUBCLASSES = (W_IntObjectUser, W_BoolObject)


class ExecutionContext:
    """The state of the running thread: the innermost frame, the
    exception being handled (sys.exc_info()), the recursion depth.  One
    per thread, in the thread's slot (rthread.get_local(); the main
    thread's is MAIN_EC, its slot stays empty): get_ec()."""
    topframe: Frame | None
    w_handled: W_Root        # w_None when no exception is being handled
    depth: int
    recursion_limit: int
    # a thread started by _thread.start_new_thread: what it calls
    w_start_func: W_Root | None
    w_start_args: W_Root | None
    w_start_kwargs: W_Root | None
    # _thread._set_sentinel() locks, released when the thread ends
    sentinels_w: list[W_Root]
    # the thread's current contextvars.Context (a W_Context of
    # ouro/modules/_contextvars; None until its first use)
    w_contextvars: W_Root | None
    # sys.settrace's and sys.setprofile's functions, and how many of them
    # are running (no events then): ouro/interpreter/tracing.py
    w_tracefunc: W_Root | None
    w_profilefunc: W_Root | None
    tracing: int

    def __init__(self) -> None:
        self.topframe = None
        self.w_handled = w_None
        self.depth = 0
        self.recursion_limit = RECURSION.limit
        self.w_start_func = None
        self.w_start_args = None
        self.w_start_kwargs = None
        self.sentinels_w = []
        self.w_contextvars = None
        self.w_tracefunc = None
        self.w_profilefunc = None
        self.tracing = 0

    def has_trace_hooks(self) -> bool:
        """A trace or profile function is set (tracing.py reports events)."""
        return self.w_tracefunc is not None or self.w_profilefunc is not None


class RecursionLimit:
    """sys.setrecursionlimit's value (a thread started later starts with
    it; running threads keep theirs until they set it)."""
    limit: int

    def __init__(self) -> None:
        self.limit = MAX_RECURSION


RECURSION = RecursionLimit()
MAIN_EC = ExecutionContext()


def get_ec() -> ExecutionContext:
    """The running thread's ExecutionContext (the slot holds only
    ExecutionContexts: read without a type check)."""
    ec = rthread.get_local_instance(ExecutionContext)
    if ec is None:
        return MAIN_EC
    return ec

# the cells of a frame without any (shared: never modified)
NO_CELLS: list[W_Cell] = []


class Builtins:
    """The builtins module's dict, set by ouro/modules/builtins at start."""
    w_dict: W_DictObject

    def __init__(self) -> None:
        self.w_dict = W_DictObject()


BUILTINS = Builtins()


class FrameTrace:
    """What tracing keeps per frame (ouro/interpreter/tracing.py), apart
    from the frame: most frames are never traced."""
    lines: bool             # f_trace_lines
    opcodes: bool           # f_trace_opcodes
    lastline: int           # the line of the last instruction traced
    prev_instr: int         # the last instruction traced
    raised_at: int          # the last instruction whose exception was handled
    table: list[int] | None  # the frame's instructions while it has an f_trace
    patched: int            # the slot of `table` holding a real instruction

    def __init__(self) -> None:
        self.lines = True
        self.opcodes = False
        self.lastline = -1
        self.prev_instr = -1
        self.raised_at = -1
        self.table = None
        self.patched = -1


class Frame(W_Root):
    """Also the Python-level frame object (tb_frame, sys._getframe)."""
    pycode: PyCode
    w_globals: W_DictObject
    w_locals: W_Root | None
    fast: list[W_Root | None]
    cells: list[W_Cell]
    stack: list[W_Root | None]
    sp: int
    pc: int                 # the next instruction
    last_instr: int         # the instruction running (for lines and handlers)
    back: Frame | None
    finished: bool          # returned (a generator's frame is done)
    w_saved_handled: W_Root  # generators: their own exc_info while suspended
    w_builtins: W_DictObject | None  # exec/eval with globals whose __builtins__ is
                                     # not the builtins module: that dict
    w_locals_dict: W_DictObject | None  # a function's locals() dict (kept, as CPython's f_locals)
    w_f_trace: W_Root | None    # f_trace, the local trace function (tracing.py)
    tracestate: FrameTrace | None   # made when first traced
    cur_insns: list[int]        # what dispatch runs: pycode.insns, or while the
                                # frame has an f_trace, its FrameTrace.table

    def __init__(self, pycode: PyCode, w_globals: W_DictObject, w_locals: W_Root | None,
                 closure: list[W_Cell]) -> None:
        self.pycode = pycode
        self.w_globals = w_globals
        self.w_locals = w_locals
        self.fast = [None] * pycode.nlocals
        if pycode.ncells == 0:
            self.cells = NO_CELLS
        else:
            cells: list[W_Cell] = []
            for _ in pycode.co.co_cellvars:
                cells.append(W_Cell(None))
            for c in closure:
                cells.append(c)
            self.cells = cells
        self.stack = [None] * pycode.stacksize
        self.sp = 0
        self.pc = 0
        self.last_instr = -1
        self.back = None
        self.finished = False
        self.w_saved_handled = w_None
        self.w_builtins = None
        self.w_locals_dict = None
        self.w_f_trace = None
        self.tracestate = None
        self.cur_insns = pycode.insns

    def getclass(self) -> W_TypeObject:
        return w_frame_type

    # -- the stack

    def push(self, w: W_Root) -> None:
        self.stack[self.sp] = w
        self.sp += 1

    def pop(self) -> W_Root:
        self.sp -= 1
        w = self.stack[self.sp]
        self.stack[self.sp] = None
        assert w is not None
        return w

    def pop_or_null(self) -> W_Root | None:
        self.sp -= 1
        w = self.stack[self.sp]
        self.stack[self.sp] = None
        return w

    def top(self) -> W_Root:
        w = self.stack[self.sp - 1]
        assert w is not None
        return w

    def peek(self, n: int) -> W_Root:
        """The entry n from the top (1 = the top)."""
        w = self.stack[self.sp - n]
        assert w is not None
        return w

    def popn(self, n: int) -> list[W_Root]:
        self.sp -= n
        return take_items(self.stack, self.sp, n)

    # -- running

    def run_function(self) -> W_Root:
        """Called by W_Function: runs the body, or makes the generator."""
        if self.pycode.is_generator_like:
            return generator.make_generator(self)
        if self.pycode.has_cell_args:
            self.init_cells_from_args()
        return self.execute(None, None)

    def drop_finalizable_locals(self) -> None:
        """The frame returned (or its generator finished): CPython drops its
        locals there, finalizing at once those that were the last reference
        to an object with __del__ or a suspended generator.  Clear such
        locals and collect (within the budget of collect_if_finalizable)."""
        if finalizerqueue.REGISTRATIONS.count == 0 or not DEL_COLLECTS.may_collect():
            return
        found = False
        fast = self.fast
        i = 0
        while i < len(fast):
            w = fast[i]
            if w is not None and needs_finalization(w):
                fast[i] = None
                found = True
            i += 1
        if found:
            DEL_COLLECTS.collect()

    def init_cells_from_args(self) -> None:
        for i in range(len(self.pycode.cell2arg)):
            a = self.pycode.cell2arg[i]
            if a >= 0:
                self.cells[i].w_value = self.fast[a]

    def execute(self, w_send: W_Root | None, throw: OperationError | None) -> W_Root:
        """Runs until the code returns (self.finished) or yields; a
        generator resumes with w_send pushed (or `throw` raised at the
        YIELD_VALUE)."""
        ec = get_ec()
        if ec.depth >= ec.recursion_limit:
            raise operr(w_RecursionError, "maximum recursion depth exceeded")
        if rsignal.pending():
            signals.run_pending()
        ec.depth += 1
        self.back = ec.topframe
        ec.topframe = self
        try:
            if w_send is not None:
                self.push(w_send)
            pending = throw
            if ec.has_trace_hooks():
                try:
                    tracing.call_event(ec, self)
                except OperationError as e_call:
                    pending = e_call
            while True:
                try:
                    if pending is not None:
                        e = pending
                        pending = None
                        raise e
                    try:
                        w_result = self.dispatch()
                        if self.finished:
                            self.drop_finalizable_locals()
                        break
                    except OperationError:
                        raise
                    except MemoryError:
                        raise operr_noarg(EXCEPTION_TYPES["MemoryError"])
                    except RecursionError:
                        raise operr(w_RecursionError, "maximum recursion depth exceeded")
                    except (AssertionError, IndexError, KeyError, ValueError, TypeError,
                            ZeroDivisionError, OverflowError, NotImplementedError) as internal:
                        # a bug of the interpreter: a Python SystemError with the
                        # Python traceback, not a crash
                        raise internal_error(internal)
                except OperationError as e:
                    if self.record_traceback(e) and self.w_f_trace is not None:
                        e = self.trace_exception(ec, e)
                    traced = ec.has_trace_hooks()
                    if not self.handle(e):
                        self.finished = True
                        if traced:
                            raised_at = self.trace_state().raised_at
                            if tracing.line_at(self, self.last_instr) < 0 and raised_at >= 0:
                                # raised by a cleanup handler (no line): f_lineno
                                # is where the exception entered it, as after
                                # CPython's RERAISE restoring f_lasti
                                self.last_instr = raised_at
                            tracing.return_event(ec, self, w_None)
                        raise e
                    if traced:
                        self.trace_state().raised_at = self.last_instr
            if ec.has_trace_hooks():
                tracing.return_event(ec, self, w_result)
            return w_result
        finally:
            ec.topframe = self.back
            ec.depth -= 1

    def trace_state(self) -> FrameTrace:
        st = self.tracestate
        if st is None:
            st = FrameTrace()
            self.tracestate = st
        return st

    def trace_exception(self, ec: ExecutionContext, e: OperationError) -> OperationError:
        """The 'exception' event of e; an exception of the trace function
        replaces e."""
        try:
            tracing.exception_event(ec, self, e)
        except OperationError as e_trace:
            self.record_traceback(e_trace)
            return e_trace
        return e

    def record_traceback(self, e: OperationError) -> bool:
        """Adds this frame to the traceback, unless the exception is being
        re-raised by RERAISE (its traceback stays as it was): False then."""
        i = self.last_instr
        if i >= 0:
            opcode = self.pycode.ops[i]
            if opcode == op.RERAISE or opcode == op.END_ASYNC_FOR:
                return False
            # a bare `raise` with no exception to re-raise raises a new
            # RuntimeError, which gets this frame as any other
            if (opcode == op.RAISE_VARARGS and self.pycode.args[i] == 0
                    and e.w_value is get_ec().w_handled):
                return False
        co = self.pycode.co
        positions = co.positions()
        line = -1
        end_line = -1
        col = -1
        end_col = -1
        if 0 <= i and 4 * i + 3 < len(positions):
            line = positions[4 * i]
            end_line = positions[4 * i + 1]
            col = positions[4 * i + 2]
            end_col = positions[4 * i + 3]
        elif i < 0:
            # not started: raised by the trace function's 'call' event (the
            # frame is at CPython's RESUME, on the `def` line)
            line = co.co_firstlineno
            end_line = line
            col = 0
            end_col = 0
        w_exc = e.w_value
        if w_exc.traceback is None:
            set_implicit_context(w_exc, False)
        if co.hidden_in_tracebacks:
            return False
        tb = TracebackEntry(co.co_filename, co.co_name, line, end_line, col, end_col,
                            w_exc.traceback)
        tb.varnames = co.co_varnames
        tb.w_globals = self.w_globals
        tb.frame = self
        tb.lasti = i
        w_exc.traceback = tb
        return True

    def handle(self, e: OperationError) -> bool:
        target, depth = self.pycode.co.find_handler(self.last_instr)
        if target < 0:
            return False
        # self.sp may be stale (dispatch keeps the depth in a local): every
        # slot above the handler's depth is emptied instead
        stack = self.stack
        k = depth
        while k < len(stack):
            stack[k] = None
            k += 1
        self.sp = depth
        self.push(e.w_value)
        self.pc = target
        return True

    # -- helpers of the instructions

    def name_error(self, name: str) -> OperationError:
        e = operr(w_NameError, "name '%s' is not defined" % name)
        e.w_value.setattr_in_map("name", W_StrObject(name))
        return e

    def load_global(self, i: int, name: str) -> W_Root:
        """LOAD_GLOBAL at instruction i."""
        w_b = self.w_builtins
        if w_b is None:
            w_b = BUILTINS.w_dict
        w = attrcache.load_global(self.pycode.global_caches, i, self.w_globals, w_b, name)
        if w is not None:
            return w
        raise self.name_error(name)

    def locals_dict(self) -> W_Root:
        w = self.w_locals
        if w is None:
            raise operr(w_SystemError, "no locals found")
        return w

    def load_name(self, i: int, name: str) -> W_Root:
        """LOAD_NAME at instruction i: the locals (any mapping), then the
        globals and the builtins.  Where the locals are the globals, an
        exact dict (module level), it is LOAD_GLOBAL with its cache."""
        w_locals = self.w_locals
        if w_locals is self.w_globals and not isinstance(w_locals, W_DictObjectUser):
            return self.load_global(i, name)
        w_locals = self.locals_dict()
        if isinstance(w_locals, W_DictObject) and w_locals.getclass() is w_dict_type:
            w = w_locals.getitem_str(name)
            if w is not None:
                return w
        else:
            try:
                return space.getitem(w_locals, W_StrObject(name))
            except OperationError as e:
                if not e.match(EXCEPTION_TYPES["KeyError"]):
                    raise
        # LOAD_NAME's own instruction index keys the cache of its global part
        return self.load_global(i, name)

    def store_name(self, i: int, name: str, w_value: W_Root) -> None:
        """STORE_NAME at instruction i: into the locals (any mapping);
        where they are the globals, an exact dict, as STORE_GLOBAL."""
        w_locals = self.w_locals
        if w_locals is self.w_globals and not isinstance(w_locals, W_DictObjectUser):
            w_old = attrcache.store_global(self.pycode.global_caches, i, self.w_globals, name,
                                           w_value)
        else:
            w_locals = self.locals_dict()
            if isinstance(w_locals, W_DictObject) and w_locals.getclass() is w_dict_type:
                w_old = w_locals.replace_str(name, w_value)
            else:
                space.setitem(w_locals, W_StrObject(name), w_value)
                return
        if w_old is not None and finalizerqueue.REGISTRATIONS.count != 0:
            collect_if_rebound(w_old)

    def cell_name(self, i: int) -> str:
        co = self.pycode.co
        if i < len(co.co_cellvars):
            return co.co_cellvars[i]
        return co.co_freevars[i - len(co.co_cellvars)]

    def unbound_local(self, i: int) -> OperationError:
        return operr(w_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value"
                     % self.pycode.co.co_varnames[i])

    def unbound_deref(self, i: int) -> OperationError:
        co = self.pycode.co
        name = self.cell_name(i)
        if i < len(co.co_cellvars):
            return operr(w_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value"
                         % name)
        return operr(w_NameError,
                     "cannot access free variable '%s' where it is not associated with a value in enclosing scope"
                     % name)

    def call_with(self, w_callable: W_Root, args_w: list[W_Root], kw_names: list[str],
                  kw_values_w: list[W_Root]) -> W_Root:
        return w_callable.call_args(Arguments(args_w, kw_names, kw_values_w))

    # -- the loop

    def dispatch(self) -> W_Root:
        """The eval loop.  The value stack's depth and the next instruction
        live in locals (sp, pc) while the frequent instructions run: they
        go back to the frame (self.sp, self.pc) around the rarer ones
        (dispatch_cold, which work on the frame), around calls, and when
        the frame yields.  After an exception self.sp/self.pc are stale:
        handle() does not read them."""
        code = self.pycode
        stack = self.stack
        sp = self.sp
        pc = self.pc
        while True:
            i = pc
            self.last_instr = i
            # read each time: a trace function may set this frame's f_trace
            # while it runs (no test here: a branch at the top of the loop
            # would cost the C compiler's copies of the dispatch jump)
            insn = self.cur_insns[i]
            opcode = insn & 0xff
            oparg = insn >> 8
            pc = i + 1
            if opcode == op.LOAD_FAST:
                w = self.fast[oparg]
                if w is None:
                    raise self.unbound_local(oparg)
                stack[sp] = w
                sp += 1
            elif opcode == op.LOAD_CONST:
                stack[sp] = code.consts_w[oparg]
                sp += 1
            elif opcode == op.STORE_FAST:
                sp -= 1
                self.fast[oparg] = stack[sp]
                stack[sp] = None
            elif opcode == op.POP_TOP:
                sp -= 1
                stack[sp] = None
            elif opcode == op.BINARY_OP:
                w_b = stack[sp - 1]
                w_a = stack[sp - 2]
                assert w_a is not None and w_b is not None
                w_r = binary_op_fast(w_a, w_b, oparg)
                sp -= 1
                stack[sp] = None
                stack[sp - 1] = w_r
            elif opcode == op.COMPARE_OP:
                w_b = stack[sp - 1]
                w_a = stack[sp - 2]
                assert w_a is not None and w_b is not None
                if (isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject)
                        and not isinstance(w_a, INT_SUBCLASSES)
                        and not isinstance(w_b, INT_SUBCLASSES)):
                    w_r = space.wrap_bool(space.compare_ints(w_a.intval, w_b.intval, oparg))
                else:
                    w_r = compare_op_fast(w_a, w_b, oparg)
                sp -= 1
                stack[sp] = None
                stack[sp - 1] = w_r
            elif opcode == op.POP_JUMP_IF_FALSE:
                sp -= 1
                w = stack[sp]
                stack[sp] = None
                assert w is not None
                if w is w_False or (w is not w_True and not space.is_true(w)):
                    pc = oparg
            elif opcode == op.POP_JUMP_IF_TRUE:
                sp -= 1
                w = stack[sp]
                stack[sp] = None
                assert w is not None
                if w is w_True or (w is not w_False and space.is_true(w)):
                    pc = oparg
            elif opcode == op.JUMP_FORWARD:
                pc = oparg
            elif opcode == op.JUMP_BACKWARD:
                pc = oparg
                if rsignal.pending():
                    signals.run_pending()
            elif opcode == op.FOR_ITER:
                w_iter = stack[sp - 1]
                assert w_iter is not None
                w_next = space.next_or_none(w_iter)
                if w_next is None:
                    sp -= 1
                    stack[sp] = None
                    pc = oparg
                else:
                    stack[sp] = w_next
                    sp += 1
            elif opcode == op.LOAD_GLOBAL:
                stack[sp] = self.load_global(i, code.names[oparg])
                sp += 1
            elif opcode == op.BINARY_SUBSCR:
                w_key = stack[sp - 1]
                w_obj = stack[sp - 2]
                assert w_obj is not None and w_key is not None
                w_r = getitem_fast(w_obj, w_key)
                sp -= 1
                stack[sp] = None
                stack[sp - 1] = w_r
            elif opcode == op.STORE_SUBSCR:
                w_key = stack[sp - 1]
                w_obj = stack[sp - 2]
                w_value = stack[sp - 3]
                assert w_obj is not None and w_key is not None and w_value is not None
                setitem_fast(w_obj, w_key, w_value)
                sp -= 3
                stack[sp] = None
                stack[sp + 1] = None
                stack[sp + 2] = None
            elif opcode == op.UNPACK_SEQUENCE:
                sp -= 1
                w_seq = stack[sp]
                stack[sp] = None
                assert w_seq is not None
                if (isinstance(w_seq, W_ListObject) and not isinstance(w_seq, W_ListObjectUser)
                        and w_seq.length() == oparg):
                    # straight from the list's storage: no copy of the items
                    k = oparg - 1
                    while k >= 0:
                        stack[sp] = w_seq.getitem(k)
                        sp += 1
                        k -= 1
                else:
                    items = unpack(w_seq, oparg)
                    k = oparg - 1
                    while k >= 0:
                        stack[sp] = items[k]
                        sp += 1
                        k -= 1
            elif opcode == op.LOAD_ATTR:
                w_obj = stack[sp - 1]
                assert w_obj is not None
                stack[sp - 1] = attrcache.load_attr(code.attr_caches, i, w_obj, code.names[oparg])
            elif opcode == op.STORE_ATTR:
                w_obj = stack[sp - 1]
                w_value = stack[sp - 2]
                assert w_obj is not None and w_value is not None
                attrcache.store_attr(code.attr_caches, i, w_obj, code.names[oparg], w_value)
                sp -= 2
                stack[sp] = None
                stack[sp + 1] = None
            elif opcode == op.LOAD_METHOD:
                w_obj = stack[sp - 1]
                assert w_obj is not None
                name = code.names[oparg]
                w_meth = attrcache.load_method(code.attr_caches, i, w_obj, name)
                if w_meth is not None:
                    stack[sp - 1] = w_meth
                    stack[sp] = w_obj
                else:
                    stack[sp - 1] = space.getattr(w_obj, name)
                    stack[sp] = None
                sp += 1
            elif opcode == op.CALL_METHOD or opcode == op.CALL_METHOD_KW:
                self.sp = sp
                w_r = self.call_method_op(opcode == op.CALL_METHOD_KW, oparg)
                sp = self.sp
                stack[sp] = w_r
                sp += 1
            elif opcode == op.CALL or opcode == op.CALL_KW:
                self.sp = sp
                w_r = self.call_op(opcode == op.CALL_KW, oparg)
                sp = self.sp
                stack[sp] = w_r
                sp += 1
            elif opcode == op.RETURN_VALUE:
                sp -= 1
                w_result = stack[sp]
                stack[sp] = None
                assert w_result is not None
                self.sp = sp
                self.pc = pc
                self.finished = True
                return w_result
            elif opcode == op.YIELD_VALUE:
                sp -= 1
                w_v = stack[sp]
                stack[sp] = None
                assert w_v is not None
                self.sp = sp
                self.pc = pc
                return w_v
            elif opcode == op.SEND:
                sp -= 1
                w_v = stack[sp]
                stack[sp] = None
                w_recv = stack[sp - 1]
                assert w_v is not None and w_recv is not None
                w_y = generator.send_to(w_recv, w_v)
                if w_y is None:
                    stack[sp - 1] = generator.last_return_value()
                    pc = oparg
                else:
                    stack[sp] = w_y
                    sp += 1
            elif opcode == op.LOAD_DEREF:
                w = self.cells[oparg].w_value
                if w is None:
                    raise self.unbound_deref(oparg)
                stack[sp] = w
                sp += 1
            elif opcode == op.STORE_DEREF:
                sp -= 1
                self.cells[oparg].w_value = stack[sp]
                stack[sp] = None
            elif opcode == op.PUSH_NULL:
                stack[sp] = None
                sp += 1
            elif opcode == op.COPY:
                stack[sp] = stack[sp - oparg]
                sp += 1
            elif opcode == op.SWAP:
                j = sp - oparg
                w_tmp = stack[sp - 1]
                stack[sp - 1] = stack[j]
                stack[j] = w_tmp
            elif opcode == op.IS_OP:
                w_b = stack[sp - 1]
                w_a = stack[sp - 2]
                assert w_a is not None and w_b is not None
                res = space.is_w(w_a, w_b)
                sp -= 1
                stack[sp] = None
                stack[sp - 1] = space.wrap_bool(res != (oparg == 1))
            elif opcode == op.CONTAINS_OP:
                w_b = stack[sp - 1]
                w_a = stack[sp - 2]
                assert w_a is not None and w_b is not None
                res = contains_fast(w_b, w_a)
                sp -= 1
                stack[sp] = None
                stack[sp - 1] = space.wrap_bool(res != (oparg == 1))
            elif opcode == op.GET_ITER:
                w = stack[sp - 1]
                assert w is not None
                stack[sp - 1] = space.iter(w)
            elif opcode == op.BUILD_TUPLE:
                sp -= oparg
                w_r = W_TupleObject(take_items(stack, sp, oparg))
                stack[sp] = w_r
                sp += 1
            elif opcode == op.BUILD_LIST:
                sp -= oparg
                w_r = W_ListObject(take_items(stack, sp, oparg))
                stack[sp] = w_r
                sp += 1
            elif opcode == op.LIST_APPEND:
                sp -= 1
                w_v = stack[sp]
                stack[sp] = None
                w_l = stack[sp - oparg]
                assert isinstance(w_l, W_ListObject) and w_v is not None
                w_l.append(w_v)
            elif opcode == op.POP_JUMP_IF_NONE:
                sp -= 1
                if stack[sp] is w_None:
                    pc = oparg
                stack[sp] = None
            elif opcode == op.POP_JUMP_IF_NOT_NONE:
                sp -= 1
                if stack[sp] is not w_None:
                    pc = oparg
                stack[sp] = None
            elif opcode == op.JUMP_IF_FALSE_OR_POP:
                w = stack[sp - 1]
                assert w is not None
                if not space.is_true(w):
                    pc = oparg
                else:
                    sp -= 1
                    stack[sp] = None
            elif opcode == op.JUMP_IF_TRUE_OR_POP:
                w = stack[sp - 1]
                assert w is not None
                if space.is_true(w):
                    pc = oparg
                else:
                    sp -= 1
                    stack[sp] = None
            elif opcode == SUPER_UNPACK_STORE:
                # UNPACK_SEQUENCE oparg and the oparg STORE_FASTs after it
                sp -= 1
                w_seq = stack[sp]
                stack[sp] = None
                assert w_seq is not None
                targets = code.args
                if (isinstance(w_seq, W_ListObject) and not isinstance(w_seq, W_ListObjectUser)
                        and w_seq.length() == oparg):
                    k = 0
                    while k < oparg:
                        self.fast[targets[i + 1 + k]] = w_seq.getitem(k)
                        k += 1
                else:
                    items = unpack(w_seq, oparg)
                    k = 0
                    while k < oparg:
                        self.fast[targets[i + 1 + k]] = items[k]
                        k += 1
                self.last_instr = i + oparg
                pc = i + 1 + oparg
            elif opcode == SUPER_STORE_FAST_STORE_FAST:
                sp -= 1
                self.fast[oparg & 0xffff] = stack[sp]
                stack[sp] = None
                self.last_instr = i + 1
                sp -= 1
                self.fast[oparg >> 16] = stack[sp]
                stack[sp] = None
                pc = i + 2
            elif opcode == SUPER_LOAD_FAST_LOAD_FAST:
                w = self.fast[oparg & 0xffff]
                if w is None:
                    raise self.unbound_local(oparg & 0xffff)
                stack[sp] = w
                sp += 1
                self.last_instr = i + 1
                w = self.fast[oparg >> 16]
                if w is None:
                    raise self.unbound_local(oparg >> 16)
                stack[sp] = w
                sp += 1
                pc = i + 2
            elif opcode == SUPER_LOAD_FAST_LOAD_CONST:
                w = self.fast[oparg & 0xffff]
                if w is None:
                    raise self.unbound_local(oparg & 0xffff)
                stack[sp] = w
                stack[sp + 1] = code.consts_w[oparg >> 16]
                sp += 2
                pc = i + 2
            elif opcode == SUPER_LOAD_CONST_LOAD_FAST:
                stack[sp] = code.consts_w[oparg & 0xffff]
                sp += 1
                self.last_instr = i + 1
                w = self.fast[oparg >> 16]
                if w is None:
                    raise self.unbound_local(oparg >> 16)
                stack[sp] = w
                sp += 1
                pc = i + 2
            elif opcode == SUPER_STORE_FAST_LOAD_FAST:
                sp -= 1
                self.fast[oparg & 0xffff] = stack[sp]
                stack[sp] = None
                self.last_instr = i + 1
                w = self.fast[oparg >> 16]
                if w is None:
                    raise self.unbound_local(oparg >> 16)
                stack[sp] = w
                sp += 1
                pc = i + 2
            elif opcode == op.NOP or opcode == op.EXTENDED_ARG:
                pass
            elif opcode == TRACE_STEP:
                # a traced frame: the events, then instruction i again,
                # which its table now holds
                self.sp = sp
                tracing.instruction_event(self, i)
                pc = i
            else:
                self.sp = sp
                self.pc = pc
                self.dispatch_cold(opcode, oparg, i)
                sp = self.sp
                pc = self.pc

    def dispatch_cold(self, opcode: int, oparg: int, i: int) -> None:
        """The rarer instructions, on the frame's own stack (self.sp) and
        self.pc."""
        code = self.pycode
        if opcode == op.DELETE_ATTR:
            w_obj = self.pop()
            space.delattr(w_obj, code.names[oparg])
        elif opcode == op.CALL_FUNCTION_EX:
            w_kwargs: W_Root | None = None
            if oparg & 1:
                w_kwargs = self.pop()
            w_args = self.pop()
            w_func = self.pop()
            self.push(call_ex(w_func, w_args, w_kwargs))
        elif opcode == op.DELETE_NAME:
            name = code.names[oparg]
            w_locals = self.locals_dict()
            if isinstance(w_locals, W_DictObject) and w_locals.getclass() is w_dict_type:
                w_deleted = w_locals.getitem_str(name)
                if not w_locals.delitem(W_StrObject(name)):
                    raise self.name_error(name)
                collect_if_finalizable(w_deleted)
            else:
                space.delitem(w_locals, W_StrObject(name))
        elif opcode == op.LOAD_NAME:
            self.push(self.load_name(self.last_instr, code.names[oparg]))
        elif opcode == op.STORE_NAME:
            self.store_name(self.last_instr, code.names[oparg], self.pop())
        elif opcode == op.STORE_GLOBAL:
            w_old = attrcache.store_global(code.global_caches, self.last_instr, self.w_globals,
                                           code.names[oparg], self.pop())
            if w_old is not None and finalizerqueue.REGISTRATIONS.count != 0:
                collect_if_rebound(w_old)
        elif opcode == op.DELETE_GLOBAL:
            name = code.names[oparg]
            w_deleted = self.w_globals.getitem_str(name)
            if not self.w_globals.delitem(W_StrObject(name)):
                raise self.name_error(name)
            collect_if_finalizable(w_deleted)
        elif opcode == op.DELETE_FAST:
            w_deleted = self.fast[oparg]
            if w_deleted is None:
                raise self.unbound_local(oparg)
            self.fast[oparg] = None
            collect_if_finalizable(w_deleted)
        elif opcode == op.DELETE_DEREF:
            if self.cells[oparg].w_value is None:
                raise self.unbound_deref(oparg)
            self.cells[oparg].w_value = None
        elif opcode == op.LOAD_CLASSDEREF:
            name = self.cell_name(oparg)
            w_locals = self.locals_dict()
            w_found: W_Root | None = None
            if isinstance(w_locals, W_DictObject) and w_locals.getclass() is w_dict_type:
                w_found = w_locals.getitem_str(name)
            else:
                try:
                    w_found = space.getitem(w_locals, W_StrObject(name))
                except OperationError as e:
                    if not e.match(EXCEPTION_TYPES["KeyError"]):
                        raise
            if w_found is None:
                w_found = self.cells[oparg].w_value
                if w_found is None:
                    raise self.unbound_deref(oparg)
            self.push(w_found)
        elif opcode == op.LOAD_CLOSURE:
            self.push(self.cells[oparg])
        elif opcode == op.UNARY_NOT:
            self.push(space.wrap_bool(not space.is_true(self.pop())))
        elif opcode == op.UNARY_NEGATIVE:
            w = self.pop()
            if isinstance(w, W_IntObject) and not isinstance(w, INT_SUBCLASSES):
                self.push(int_sub(0, w.intval))
            else:
                self.push(space.unary_op(w, "__neg__", "-"))
        elif opcode == op.UNARY_POSITIVE:
            self.push(space.unary_op(self.pop(), "__pos__", "+"))
        elif opcode == op.UNARY_INVERT:
            self.push(space.unary_op(self.pop(), "__invert__", "~"))
        elif opcode == op.DELETE_SUBSCR:
            w_key = self.pop()
            w_obj = self.pop()
            space.delitem(w_obj, w_key)
        elif opcode == op.BUILD_MAP:
            items = self.popn(2 * oparg)
            w_d = W_DictObject()
            k = 0
            while k < oparg:
                w_d.setitem(items[2 * k], items[2 * k + 1])
                k += 1
            self.push(w_d)
        elif opcode == op.BUILD_CONST_KEY_MAP:
            w_keys = self.pop()
            assert isinstance(w_keys, W_TupleObject)
            values = self.popn(oparg)
            w_d = W_DictObject()
            k = 0
            while k < oparg:
                w_d.setitem(w_keys.items_w[k], values[k])
                k += 1
            self.push(w_d)
        elif opcode == op.BUILD_STRING:
            parts = self.popn(oparg)
            strs: list[str] = []
            for w_p in parts:
                strs.append(space.str_of_w(w_p))
            self.push(W_StrObject("".join(strs)))
        elif opcode == op.LIST_EXTEND:
            w_iterable = self.pop()
            w_l = self.peek(oparg)
            assert isinstance(w_l, W_ListObject)
            list_extend(w_l, w_iterable)
        elif opcode == op.LIST_TO_TUPLE:
            w_l = self.pop()
            assert isinstance(w_l, W_ListObject)
            self.push(W_TupleObject(w_l.getitems_copy()))
        elif opcode == op.MAP_ADD:
            w_v = self.pop()
            w_k = self.pop()
            w_target = self.peek(oparg)
            assert isinstance(w_target, W_DictObject)
            w_target.setitem(w_k, w_v)
        elif opcode == op.DICT_UPDATE or opcode == op.DICT_MERGE:
            w_m = self.pop()
            w_target = self.peek(oparg)
            assert isinstance(w_target, W_DictObject)
            w_fn: W_Root | None = None
            if opcode == op.DICT_MERGE:
                w_fn = self.peek(oparg + 2)
            dict_merge(w_target, w_m, w_fn)
        elif opcode == op.SET_ADD or opcode == op.SET_UPDATE or opcode == op.BUILD_SET:
            self.set_op(opcode, oparg)
        elif opcode == op.UNPACK_EX:
            w_seq = self.pop()
            before = oparg & 0xff
            after = oparg >> 8
            all_items = unpack_all(w_seq)
            if len(all_items) < before + after:
                raise operr(w_ValueError, "not enough values to unpack (expected at least %d, got %d)"
                            % (before + after, len(all_items)))
            k = len(all_items) - 1
            while k >= len(all_items) - after:
                self.push(all_items[k])
                k -= 1
            self.push(W_ListObject(all_items[before:len(all_items) - after]))
            k = before - 1
            while k >= 0:
                self.push(all_items[k])
                k -= 1
        elif opcode == op.BUILD_SLICE:
            w_step: W_Root = w_None
            if oparg == 3:
                w_step = self.pop()
            w_stop = self.pop()
            w_start = self.pop()
            self.push(newslice(w_start, w_stop, w_step))
        elif opcode == op.FORMAT_VALUE:
            w_spec: W_Root | None = None
            if oparg & op.FVS_HAVE_SPEC:
                w_spec = self.pop()
            w_v = self.pop()
            conv = oparg & op.FVC_MASK
            if conv == op.FVC_STR:
                w_v = space.str_obj(w_v)
            elif conv == op.FVC_REPR:
                w_v = space.repr(w_v)
            elif conv == op.FVC_ASCII:
                w_v = space.ascii(w_v)
            self.push(space.format(w_v, w_spec))
        elif opcode == op.MAKE_FUNCTION:
            w_code = self.pop()
            assert isinstance(w_code, W_CodeConst)
            closure: list[W_Cell] = []
            if oparg & op.MF_CLOSURE:
                w_cl = self.pop()
                assert isinstance(w_cl, W_TupleObject)
                for w_c in w_cl.items_w:
                    assert isinstance(w_c, W_Cell)
                    closure.append(w_c)
            w_ann: W_Root | None = None
            if oparg & op.MF_ANNOTATIONS:
                w_ann = self.pop()
            w_kwdefaults: W_DictObject | None = None
            if oparg & op.MF_KWDEFAULTS:
                w_kwd = self.pop()
                assert isinstance(w_kwd, W_DictObject)
                w_kwdefaults = w_kwd
            defaults_w: list[W_Root] = []
            if oparg & op.MF_DEFAULTS:
                w_defs = self.pop()
                assert isinstance(w_defs, W_TupleObject)
                defaults_w = w_defs.items_w
            w_f = W_Function(w_code.pycode, self.w_globals, defaults_w, w_kwdefaults, closure)
            w_f.w_builtins = self.w_builtins
            if w_ann is not None:
                w_f.w_annotations = annotations_dict(w_ann)
            self.push(w_f)
        elif opcode == op.LOAD_BUILD_CLASS:
            w_bc = BUILTINS.w_dict.getitem_str("__build_class__")
            if w_bc is None:
                raise operr(EXCEPTION_TYPES["NameError"], "__build_class__ not found")
            self.push(w_bc)
        elif opcode == op.SETUP_ANNOTATIONS:
            w_locals = self.locals_dict()
            if isinstance(w_locals, W_DictObject) and w_locals.getclass() is w_dict_type:
                if w_locals.getitem_str("__annotations__") is None:
                    w_locals.setitem_str("__annotations__", W_DictObject())
            else:
                try:
                    space.getitem(w_locals, W_StrObject("__annotations__"))
                except OperationError as e:
                    if not e.match(EXCEPTION_TYPES["KeyError"]):
                        raise
                    space.setitem(w_locals, W_StrObject("__annotations__"), W_DictObject())
        elif opcode == op.RAISE_VARARGS:
            self.do_raise(oparg)
        elif opcode == op.PUSH_EXC_INFO:
            w_exc = self.pop()
            self.push(get_ec().w_handled)
            self.push(w_exc)
            get_ec().w_handled = w_exc
        elif opcode == op.POP_EXCEPT:
            get_ec().w_handled = self.pop()
        elif opcode == op.RERAISE:
            w_exc = self.pop()
            assert isinstance(w_exc, W_BaseException)
            raise OperationError(w_exc)
        elif opcode == op.CHECK_EXC_MATCH:
            w_t = self.pop()
            w_exc = self.top()
            check_except_type(w_t)
            self.push(space.wrap_bool(exception_matches(w_exc, w_t)))
        elif opcode == op.LOAD_ASSERTION_ERROR:
            self.push(w_AssertionError)
        elif opcode == op.BEFORE_WITH:
            w_mgr = self.pop()
            w_enter = space.lookup(w_mgr, "__enter__")
            w_exit = space.lookup(w_mgr, "__exit__")
            if w_enter is None:
                raise operr(w_TypeError, "'%s' object does not support the context manager protocol"
                            % type_name(w_mgr))
            if w_exit is None:
                raise operr(w_TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)"
                            % type_name(w_mgr))
            self.push(space.get(w_exit, w_mgr, w_mgr.getclass()))
            self.push(space.call_found_special(w_enter, w_mgr, []))
        elif opcode == op.WITH_EXCEPT_START:
            w_exc = self.peek(1)
            w_exit = self.peek(3)
            w_tb = traceback_object(w_exc)
            self.push(space.call_function(w_exit, [w_exc.getclass(), w_exc, w_tb]))
        elif opcode == op.IMPORT_NAME:
            w_fromlist = self.pop()
            w_level = self.pop()
            self.push(importing.import_name(self, code.names[oparg], w_fromlist, w_level))
        elif opcode == op.IMPORT_FROM:
            w_mod = self.top()
            self.push(importing.import_from(w_mod, code.names[oparg]))
        elif opcode == op.IMPORT_STAR:
            w_mod = self.pop()
            importing.import_star(self, w_mod)
        elif opcode == op.GET_YIELD_FROM_ITER:
            self.push(generator.get_yield_from_iter(self, self.pop()))
        elif opcode == op.GET_AWAITABLE:
            self.push(generator.get_awaitable(self.pop(), oparg))
        elif opcode == op.GET_AITER:
            self.push(generator.get_aiter(self.pop()))
        elif opcode == op.GET_ANEXT:
            self.push(generator.get_anext(self.top()))
        elif opcode == op.END_ASYNC_FOR:
            w_exc = self.pop()
            if not space.isinstance_w(w_exc, EXCEPTION_TYPES["StopAsyncIteration"]):
                assert isinstance(w_exc, W_BaseException)
                raise OperationError(w_exc)
            self.pop()
        elif opcode == op.BEFORE_ASYNC_WITH:
            w_mgr = self.pop()
            w_aenter = space.lookup(w_mgr, "__aenter__")
            w_aexit = space.lookup(w_mgr, "__aexit__")
            if w_aenter is None or w_aexit is None:
                raise operr(w_TypeError, "'%s' object does not support the asynchronous context manager protocol"
                            % type_name(w_mgr))
            self.push(space.get(w_aexit, w_mgr, w_mgr.getclass()))
            w_res = space.call_found_special(w_aenter, w_mgr, [])
            self.push(w_res)
        elif opcode == op.PRINT_EXPR:
            importing.print_expr(self.pop())
        elif opcode == op.CHECK_EG_MATCH or opcode == op.PREP_RERAISE_STAR:
            excgroups.dispatch(self, opcode)
        elif (opcode == op.GET_LEN or opcode == op.MATCH_MAPPING or opcode == op.MATCH_SEQUENCE
              or opcode == op.MATCH_KEYS or opcode == op.MATCH_CLASS):
            matching.dispatch(self, opcode, oparg)
        else:
            raise operr(w_SystemError, "unknown opcode %d" % opcode)

    def pop_kwnames(self) -> list[str]:
        w_names = self.pop()
        assert isinstance(w_names, W_TupleObject)
        kw_names: list[str] = []
        for w_n in w_names.items_w:
            assert isinstance(w_n, W_StrObject)
            kw_names.append(w_n.as_str())
        return kw_names

    def fast_call_frame(self, w_func: W_Function, w_self: W_Root | None,
                        oparg: int, below: int) -> Frame:
        """The frame of a call of w_func with w_self (if not None) and the
        `oparg` positional arguments on the top of the stack, which fit
        its parameters exactly (fits_fast_call): the arguments go from
        the stack to the frame's locals without an Arguments; they and the
        `below` entries under them (callable, self|NULL) are popped."""
        f = Frame(w_func.code, w_func.w_globals, None, w_func.closure)
        f.w_builtins = w_func.w_builtins
        self.move_call_args(f.fast, w_self, oparg, below)
        return f

    def bound_call_frame(self, w_func: W_Function, w_self: W_Root | None, oparg: int,
                         with_kw: bool, below: int) -> Frame | None:
        """The frame of a call of w_func with w_self (if not None) and the
        `oparg` arguments on the stack -- the last ones named by the tuple
        on top when with_kw -- bound straight into the frame's locals when
        they need no more than positions, names and defaults, without
        *args, **kwargs or keyword-only parameters, and bind without an
        error; then the arguments, the names and the `below` entries under
        them are popped.  Else None, and nothing is popped: the general
        path binds them (and words the errors)."""
        code = w_func.code
        argc = code.fast_argcount
        if argc < 0:
            return None
        stack = self.stack
        top = self.sp
        names_w: list[W_Root] = []
        if with_kw:
            w_names = stack[top - 1]
            assert isinstance(w_names, W_TupleObject)
            names_w = w_names.items_w
            top -= 1
        nkw = len(names_w)
        base = top - oparg
        j = 0 if w_self is None else 1
        npos = oparg - nkw
        if npos + j > argc:
            return None
        f = Frame(code, w_func.w_globals, None, w_func.closure)
        fast = f.fast
        if w_self is not None:
            fast[0] = w_self
        k = 0
        while k < npos:
            fast[j + k] = stack[base + k]
            k += 1
        co = code.co
        k = 0
        while k < nkw:
            w_name = names_w[k]
            assert isinstance(w_name, W_StrObject)
            name = w_name.as_str()
            i = co.co_posonlyargcount
            while i < argc and co.co_varnames[i] != name:
                i += 1
            if i == argc or fast[i] is not None:
                return None       # unknown, positional-only or given twice
            fast[i] = stack[base + npos + k]
            k += 1
        defaults_w = w_func.defaults_w
        first_default = argc - len(defaults_w)
        i = npos + j
        while i < argc:
            if fast[i] is None:
                if i < first_default:
                    return None   # missing
                fast[i] = defaults_w[i - first_default]
            i += 1
        k = self.sp - 1
        while k >= base - below:
            stack[k] = None
            k -= 1
        self.sp = base - below
        f.w_builtins = w_func.w_builtins
        return f

    def move_call_args(self, dest: list[W_Root | None], w_self: W_Root | None, oparg: int,
                       below: int) -> None:
        """dest[0:] = w_self (if not None), then the `oparg` arguments on the
        top of the stack; pops them and the `below` entries under them."""
        stack = self.stack
        j = 0
        if w_self is not None:
            dest[0] = w_self
            j = 1
        base = self.sp - oparg
        k = 0
        while k < oparg:
            dest[j + k] = stack[base + k]
            stack[base + k] = None
            k += 1
        k = 1
        while k <= below:
            stack[base - k] = None
            k += 1
        self.sp = base - below

    def builtin_slots(self, w_f: W_BuiltinSlots, w_self: W_Root | None, oparg: int,
                      below: int) -> list[W_Root | None] | None:
        """A call of a built-in with w_self (if not None) and the `oparg`
        positional arguments on the top of the stack: when they fit its
        signature without any check that could fail, its argument slots
        (what gateway.bind would make), the arguments and the `below`
        entries under them popped; else None (the general path)."""
        if not fits_positional(w_f, oparg if w_self is None else oparg + 1):
            return None
        if w_self is None and w_f.w_objclass is not None:
            w_first = self.stack[self.sp - oparg]
            if w_first is None or not w_f.accepts_self(w_first):
                return None     # the general path raises the error
        if tracing.PROFILING.threads != 0:
            return None         # the general path reports the call (c_call)
        slots: list[W_Root | None] = [None] * len(w_f.sig.params)
        self.move_call_args(slots, w_self, oparg, below)
        return slots

    def call_method_op(self, with_kw: bool, oparg: int) -> W_Root:
        """CALL_METHOD(_KW): [meth, self|NULL, args..., (names)]."""
        if with_kw:
            w_f = self.stack[self.sp - oparg - 3]
            if isinstance(w_f, W_Function):
                f = self.bound_call_frame(w_f, self.stack[self.sp - oparg - 2], oparg, True, 2)
                if f is not None:
                    return f.run_function()
        else:
            w_f = self.stack[self.sp - oparg - 2]
            w_s = self.stack[self.sp - oparg - 1]
            if isinstance(w_f, W_Function):
                if w_f.fits_fast_call(oparg if w_s is None else oparg + 1):
                    return self.fast_call_frame(w_f, w_s, oparg, 2).run_function()
                f = self.bound_call_frame(w_f, w_s, oparg, False, 2)
                if f is not None:
                    return f.run_function()
            elif isinstance(w_f, W_BuiltinSlots):
                slots = self.builtin_slots(w_f, w_s, oparg, 2)
                if slots is not None:
                    return w_f.fn(slots)
        kw_names: list[str] = []
        if with_kw:
            kw_names = self.pop_kwnames()
        all_w = self.popn(oparg)
        w_self = self.pop_or_null()
        w_meth = self.pop()
        npos = oparg - len(kw_names)
        pos_w: list[W_Root] = []
        if w_self is not None:
            pos_w.append(w_self)
        k = 0
        while k < npos:
            pos_w.append(all_w[k])
            k += 1
        kw_values: list[W_Root] = []
        while k < oparg:
            kw_values.append(all_w[k])
            k += 1
        return call_from_code(w_meth, Arguments(pos_w, kw_names, kw_values))

    def call_op(self, with_kw: bool, oparg: int) -> W_Root:
        """CALL(_KW): [f, args..., (names)]."""
        if with_kw:
            w_f = self.stack[self.sp - oparg - 2]
            if isinstance(w_f, W_Function):
                f = self.bound_call_frame(w_f, None, oparg, True, 1)
                if f is not None:
                    return f.run_function()
        else:
            w_f = self.stack[self.sp - oparg - 1]
            if isinstance(w_f, W_Function):
                if w_f.fits_fast_call(oparg):
                    return self.fast_call_frame(w_f, None, oparg, 1).run_function()
                f = self.bound_call_frame(w_f, None, oparg, False, 1)
                if f is not None:
                    return f.run_function()
            elif isinstance(w_f, W_BuiltinSlots):
                slots = self.builtin_slots(w_f, None, oparg, 1)
                if slots is not None:
                    return w_f.fn(slots)
            elif isinstance(w_f, W_Method):
                w_mf = w_f.w_function
                if isinstance(w_mf, W_Function) and w_mf.fits_fast_call(oparg + 1):
                    return self.fast_call_frame(w_mf, w_f.w_self, oparg, 1).run_function()
        kw_names: list[str] = []
        if with_kw:
            kw_names = self.pop_kwnames()
        all_w = self.popn(oparg)
        w_func = self.pop()
        npos = oparg - len(kw_names)
        if len(kw_names) == 0:
            return call_from_code(w_func, Arguments(all_w, kw_names, []))
        return call_from_code(w_func, Arguments(all_w[:npos], kw_names, all_w[npos:]))

    def set_op(self, opcode: int, oparg: int) -> None:
        setops.dispatch(self, opcode, oparg)

    def is_suspended_in_yield_from(self) -> bool:
        """Suspended at a YIELD_VALUE that follows a SEND: the delegate
        (receiver) sits below the yielded value."""
        i = self.last_instr
        return i >= 1 and self.pycode.ops[i] == op.YIELD_VALUE and self.pycode.ops[i - 1] == op.SEND

    def do_raise(self, n: int) -> None:
        if n == 0:
            w_handled = get_ec().w_handled
            if not isinstance(w_handled, W_BaseException):
                raise operr(w_RuntimeError, "No active exception to reraise")
            raise OperationError(w_handled)
        w_cause: W_Root | None = None
        if n == 2:
            w_cause = self.pop()
        w_exc = make_exception(self.pop())
        set_implicit_context(w_exc, True)
        if w_cause is not None:
            if w_cause is w_None:
                w_exc.w_cause = None
            else:
                w_exc.w_cause = make_exception_cause(w_cause)
            w_exc.suppress_context = True
        raise OperationError(w_exc)


def take_items(stack: list[W_Root | None], base: int, n: int) -> list[W_Root]:
    """stack[base:base + n] as a new list; those slots are emptied."""
    result: list[W_Root] = [w_None] * n
    k = 0
    while k < n:
        w = stack[base + k]
        assert w is not None
        result[k] = w
        stack[base + k] = None
        k += 1
    return result


def set_implicit_context(w_exc: W_BaseException, explicit_raise: bool) -> None:
    """An exception raised while another is handled gets it as its
    __context__ (implicit chaining), without making a cycle.  `raise e`
    always sets it; an exception raised by a built-in gets it when it first
    reaches a frame."""
    w_handled = get_ec().w_handled
    if not isinstance(w_handled, W_BaseException) or w_handled is w_exc:
        return
    if not explicit_raise and w_exc.w_context is not None:
        return
    # break a cycle: if w_exc is in the context chain of w_handled, cut
    # there; a cycle already in the chain ends the walk (Floyd's tortoise
    # and hare, as CPython's _PyErr_SetObject)
    w_cur: W_BaseException = w_handled
    w_slow: W_BaseException = w_handled
    toggle = False
    while True:
        w_next = w_cur.w_context
        if w_next is None:
            break
        if w_next is w_exc:
            w_cur.w_context = None
            break
        if not isinstance(w_next, W_BaseException):
            break
        w_cur = w_next
        if w_cur is w_slow:
            break
        if toggle:
            w_s = w_slow.w_context
            if not isinstance(w_s, W_BaseException):
                break
            w_slow = w_s
        toggle = not toggle
    w_exc.w_context = w_handled


def internal_error(e: Exception) -> OperationError:
    name = "AssertionError"
    if isinstance(e, IndexError):
        name = "IndexError"
    elif isinstance(e, KeyError):
        name = "KeyError"
    elif isinstance(e, ValueError):
        name = "ValueError"
    elif isinstance(e, TypeError):
        name = "TypeError"
    elif isinstance(e, ZeroDivisionError):
        name = "ZeroDivisionError"
    elif isinstance(e, OverflowError):
        name = "OverflowError"
    elif isinstance(e, NotImplementedError):
        name = "NotImplementedError"
    return operr(w_SystemError, "internal error of the interpreter (RPy %s)" % name)


def is_exact_dict(w: W_Root) -> bool:
    """The fast path of the name opcodes: a plain dict (a dict subclass
    as a class namespace, like enum's, has its own __setitem__)."""
    return isinstance(w, W_DictObject) and w.getclass() is w_dict_type


def make_exception(w_obj: W_Root) -> W_BaseException:
    """`raise X`: an exception instance, or a class instantiated."""
    if isinstance(w_obj, W_TypeObject):
        if not w_obj.issubtype(w_BaseException):
            raise operr(w_TypeError, "exceptions must derive from BaseException")
        w_inst = space.call_function(w_obj, [])
        if not isinstance(w_inst, W_BaseException):
            raise operr(w_TypeError, "calling %s should have returned an instance of BaseException, not %s"
                        % (space.repr_str(w_obj), space.repr_str(w_inst.getclass())))
        return w_inst
    if isinstance(w_obj, W_BaseException):
        return w_obj
    raise operr(w_TypeError, "exceptions must derive from BaseException")


def make_exception_cause(w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, W_TypeObject):
        if not w_obj.issubtype(w_BaseException):
            raise operr(w_TypeError, "exception causes must derive from BaseException")
        return space.call_function(w_obj, [])
    if isinstance(w_obj, W_BaseException):
        return w_obj
    raise operr(w_TypeError, "exception causes must derive from BaseException")


def check_except_type(w_t: W_Root) -> None:
    if isinstance(w_t, W_TupleObject):
        for w_item in w_t.items_w:
            check_except_type(w_item)
        return
    if isinstance(w_t, W_TypeObject) and w_t.issubtype(w_BaseException):
        return
    raise operr(w_TypeError, "catching classes that do not inherit from BaseException is not allowed")


def exception_matches(w_exc: W_Root, w_t: W_Root) -> bool:
    if isinstance(w_t, W_TupleObject):
        for w_item in w_t.items_w:
            if exception_matches(w_exc, w_item):
                return True
        return False
    assert isinstance(w_t, W_TypeObject)
    return w_exc.getclass().issubtype(w_t)


def binary_op_fast(w_a: W_Root, w_b: W_Root, num: int) -> W_Root:
    """BINARY_OP: exact ints and floats directly, the rest through the
    special methods (space.binary_op)."""
    base = num
    if base >= op.NB_INPLACE:
        base -= op.NB_INPLACE
    if isinstance(w_a, W_IntObject) and isinstance(w_b, W_IntObject):
        if not isinstance(w_a, INT_SUBCLASSES) and not isinstance(w_b, INT_SUBCLASSES):
            a = w_a.intval
            b = w_b.intval
            if base == op.NB_ADD:
                return int_add(a, b)
            if base == op.NB_SUBTRACT:
                return int_sub(a, b)
            if base == op.NB_MULTIPLY:
                return int_mul(a, b)
            if base == op.NB_FLOOR_DIVIDE:
                return int_floordiv(a, b)
            if base == op.NB_REMAINDER:
                return int_mod(a, b)
            if base == op.NB_AND:
                return wrap_int(a & b)
            if base == op.NB_OR:
                return wrap_int(a | b)
            if base == op.NB_XOR:
                return wrap_int(a ^ b)
            if base == op.NB_RSHIFT and 0 <= b < 64:
                return wrap_int(a >> b)
            if base == op.NB_LSHIFT and 0 <= b < 62 and -(1 << (62 - b)) <= a < (1 << (62 - b)):
                return wrap_int(a << b)
    elif isinstance(w_a, W_FloatObject) and not isinstance(w_a, W_FloatObjectUser):
        if isinstance(w_b, W_FloatObject) and not isinstance(w_b, W_FloatObjectUser):
            return float_binary_op(w_a.floatval, w_b.floatval, base, w_a, w_b, num)
        if isinstance(w_b, W_IntObject) and not isinstance(w_b, INT_SUBCLASSES):
            # float's methods convert a word int with the same rounding
            return float_binary_op(w_a.floatval, float(w_b.intval), base, w_a, w_b, num)
    elif isinstance(w_b, W_FloatObject) and not isinstance(w_b, W_FloatObjectUser):
        if isinstance(w_a, W_IntObject) and not isinstance(w_a, INT_SUBCLASSES):
            return float_binary_op(float(w_a.intval), w_b.floatval, base, w_a, w_b, num)
    elif isinstance(w_a, W_StrObject) and base == op.NB_ADD:
        if not isinstance(w_a, W_StrObjectUser) and isinstance(w_b, W_StrObject) and \
                not isinstance(w_b, W_StrObjectUser):
            return strobject.concat(w_a, w_b)
    return space.binary_op(w_a, w_b, num)


def float_binary_op(x: float, y: float, base: int, w_a: W_Root, w_b: W_Root,
                    num: int) -> W_Root:
    """binary_op_fast of two exact floats, or an exact float and an exact
    word int (x and y their values as floats)."""
    if base == op.NB_ADD:
        return W_FloatObject(x + y)
    if base == op.NB_SUBTRACT:
        return W_FloatObject(x - y)
    if base == op.NB_MULTIPLY:
        return W_FloatObject(x * y)
    if base == op.NB_TRUE_DIVIDE and y != 0.0:
        return W_FloatObject(x / y)
    if base == op.NB_POWER:
        return float_pow(x, y)
    return space.binary_op(w_a, w_b, num)


def compare_floats(x: float, y: float, oparg: int) -> bool:
    if oparg == 0:
        return x < y
    if oparg == 1:
        return x <= y
    if oparg == 2:
        return x == y
    if oparg == 3:
        return x != y
    if oparg == 4:
        return x > y
    return x >= y


def compare_op_fast(w_a: W_Root, w_b: W_Root, oparg: int) -> W_Root:
    """COMPARE_OP of exact floats (or an exact float and an exact int
    whose float value is exact, |i| <= 2**53), else space.richcompare."""
    if isinstance(w_a, W_FloatObject) and not isinstance(w_a, W_FloatObjectUser):
        if isinstance(w_b, W_FloatObject) and not isinstance(w_b, W_FloatObjectUser):
            return space.wrap_bool(compare_floats(w_a.floatval, w_b.floatval, oparg))
        if isinstance(w_b, W_IntObject) and not isinstance(w_b, INT_SUBCLASSES) and \
                -FLOAT_EXACT_INT <= w_b.intval <= FLOAT_EXACT_INT:
            return space.wrap_bool(compare_floats(w_a.floatval, float(w_b.intval), oparg))
    elif isinstance(w_b, W_FloatObject) and not isinstance(w_b, W_FloatObjectUser):
        if isinstance(w_a, W_IntObject) and not isinstance(w_a, INT_SUBCLASSES) and \
                -FLOAT_EXACT_INT <= w_a.intval <= FLOAT_EXACT_INT:
            return space.wrap_bool(compare_floats(float(w_a.intval), w_b.floatval, oparg))
    return space.richcompare(w_a, w_b, oparg)


FLOAT_EXACT_INT = 1 << 53


def getitem_fast(w_obj: W_Root, w_key: W_Root) -> W_Root:
    """BINARY_SUBSCR: an exact list or tuple by a word int, an exact list
    by a slice and an exact dict without the call of their __getitem__ (as CPython's specialized
    instructions), other objects by a word int through W_Root.getitem_int (array.array);
    anything else, and errors, through space.getitem."""
    if isinstance(w_key, W_IntObject):
        if isinstance(w_obj, W_ListObject) and not isinstance(w_obj, W_ListObjectUser):
            i = w_key.intval
            n = w_obj.length()
            if i < 0:
                i += n
            if 0 <= i < n:
                return w_obj.getitem(i)
        elif isinstance(w_obj, W_TupleObject) and w_obj.getclass() is w_tuple_type:
            items_w = w_obj.items_w
            i = w_key.intval
            if i < 0:
                i += len(items_w)
            if 0 <= i < len(items_w):
                return items_w[i]
        else:
            w_item = w_obj.getitem_int(w_key.intval)
            if w_item is not None:
                return w_item
    elif isinstance(w_obj, W_DictObject) and w_obj.getclass() is w_dict_type:
        w_res = w_obj.getitem(w_key)
        if w_res is None:
            raise key_error(w_key)
        return w_res
    elif (isinstance(w_key, W_SliceObject) and isinstance(w_obj, W_ListObject)
          and not isinstance(w_obj, W_ListObjectUser)):
        return list_getslice(w_obj, w_key)
    return space.getitem(w_obj, w_key)


def contains_fast(w_container: W_Root, w_item: W_Root) -> bool:
    """CONTAINS_OP: an exact list or dict without the call of their
    __contains__."""
    if isinstance(w_container, W_ListObject) and not isinstance(w_container, W_ListObjectUser):
        return list_find(w_container, w_item, 0, MAXINT) >= 0
    if isinstance(w_container, W_DictObject) and w_container.getclass() is w_dict_type:
        return w_container.contains(w_item)
    return space.contains(w_container, w_item)


def setitem_fast(w_obj: W_Root, w_key: W_Root, w_value: W_Root) -> None:
    """STORE_SUBSCR: the exact list and dict cases of getitem_fast, and
    W_Root.setitem_int."""
    if isinstance(w_obj, W_ListObject) and not isinstance(w_obj, W_ListObjectUser) and \
            isinstance(w_key, W_IntObject):
        i = w_key.intval
        n = w_obj.length()
        if i < 0:
            i += n
        if 0 <= i < n:
            w_obj.setitem(i, w_value)
            return
    elif isinstance(w_obj, W_DictObject) and w_obj.getclass() is w_dict_type:
        w_obj.setitem(w_key, w_value)
        return
    elif isinstance(w_key, W_IntObject) and w_obj.setitem_int(w_key.intval, w_value):
        return
    elif (isinstance(w_key, W_SliceObject) and isinstance(w_obj, W_ListObject)
          and not isinstance(w_obj, W_ListObjectUser)):
        list_setslice(w_obj, w_key, w_value)
        return
    space.setitem(w_obj, w_key, w_value)


def unpack(w_seq: W_Root, n: int) -> list[W_Root]:
    """The n items of w_seq (for UNPACK_SEQUENCE, which only reads them:
    may be the storage of the tuple or list itself)."""
    items: list[W_Root] | None = None
    # exact types only: a subclass may define __iter__
    if isinstance(w_seq, W_TupleObject) and w_seq.getclass() is w_tuple_type:
        items = w_seq.items_w
    elif isinstance(w_seq, W_ListObject) and not isinstance(w_seq, W_ListObjectUser):
        items = w_seq.getitems()
    if items is not None:
        if len(items) == n:
            return items
        if len(items) > n:
            raise operr(w_ValueError, "too many values to unpack (expected %d)" % n)
        raise operr(w_ValueError, "not enough values to unpack (expected %d, got %d)"
                    % (n, len(items)))
    w_iter = iter_for_unpack(w_seq)
    result: list[W_Root] = []
    while len(result) < n:
        w_next = space.next_or_none(w_iter)
        if w_next is None:
            raise operr(w_ValueError, "not enough values to unpack (expected %d, got %d)"
                        % (n, len(result)))
        result.append(w_next)
    if space.next_or_none(w_iter) is not None:
        raise operr(w_ValueError, "too many values to unpack (expected %d)" % n)
    return result


def iter_for_unpack(w_seq: W_Root) -> W_Root:
    try:
        return space.iter(w_seq)
    except OperationError as e:
        if e.match(w_TypeError) and space.lookup(w_seq, "__iter__") is None \
                and space.lookup(w_seq, "__getitem__") is None:
            raise operr(w_TypeError, "cannot unpack non-iterable %s object" % type_name(w_seq))
        raise


def unpack_all(w_seq: W_Root) -> list[W_Root]:
    w_iter = iter_for_unpack(w_seq)
    result: list[W_Root] = []
    while True:
        w_next = space.next_or_none(w_iter)
        if w_next is None:
            return result
        result.append(w_next)


def list_extend(w_l: W_ListObject, w_iterable: W_Root) -> None:
    """LIST_EXTEND (`[*x]`): exact lists and tuples directly, anything else
    (subclasses included) through its __iter__."""
    if exact_tuple(w_iterable):
        assert isinstance(w_iterable, W_TupleObject)
        w_l.append_all(w_iterable.items_w)
        return
    if exact_list(w_iterable):
        assert isinstance(w_iterable, W_ListObject)
        w_l.append_all(w_iterable.getitems_copy())
        return
    try:
        w_iter = space.iter(w_iterable)
    except OperationError as e:
        if e.match(w_TypeError) and space.lookup(w_iterable, "__iter__") is None \
                and space.lookup(w_iterable, "__getitem__") is None:
            raise operr(w_TypeError, "Value after * must be an iterable, not %s"
                        % type_name(w_iterable))
        raise
    while True:
        w_next = space.next_or_none(w_iter)
        if w_next is None:
            return
        w_l.append(w_next)


def dict_merge(w_d: W_DictObject, w_m: W_Root, w_fn: W_Root | None) -> None:
    """`{**m}` and `f(**m)`: the entries of a dict read directly unless its
    class overrides __iter__, then keys() and [] as for any mapping
    (CPython's dict_merge)."""
    if isinstance(w_m, W_DictObject) and uses_dict_iter(w_m):
        for w_k, w_v in w_m.items():
            if w_fn is not None and w_d.getitem(w_k) is not None:
                raise operr(w_TypeError, "%s got multiple values for keyword argument '%s'"
                            % (function_name_for_error(w_fn), space.str_str(w_k)))
            w_d.setitem(w_k, w_v)
        return
    w_keys_meth = space.getattr_or_none(w_m, "keys")
    if w_keys_meth is None:
        if w_fn is not None:
            raise operr(w_TypeError, "%s argument after ** must be a mapping, not %s"
                        % (function_name_for_error(w_fn), type_name(w_m)))
        raise operr(w_TypeError, "'%s' object is not a mapping" % type_name(w_m))
    w_keys = space.call_function(w_keys_meth, [])
    w_iter = space.iter(w_keys)
    while True:
        w_key = space.next_or_none(w_iter)
        if w_key is None:
            return
        if w_fn is not None and w_d.getitem(w_key) is not None:
            raise operr(w_TypeError, "%s got multiple values for keyword argument '%s'"
                        % (function_name_for_error(w_fn), space.str_str(w_key)))
        w_d.setitem(w_key, space.getitem(w_m, w_key))


def function_name_for_error(w_fn: W_Root) -> str:
    """CPython's _PyObject_FunctionStr: the callable's __qualname__ and
    "()", prefixed by its __module__ unless that is builtins or None
    ('__main__.C()', 'str.format()', 'math.sqrt()', 'print()')."""
    w_q = space.getattr_or_none(w_fn, "__qualname__")
    if not isinstance(w_q, W_StrObject):
        return space.function_str(w_fn)
    w_mod = space.getattr_or_none(w_fn, "__module__")
    if isinstance(w_mod, W_StrObject) and w_mod.as_str() != "builtins":
        return w_mod.as_str() + "." + w_q.as_str() + "()"
    return w_q.as_str() + "()"


def call_ex(w_func: W_Root, w_args: W_Root, w_kwargs: W_Root | None) -> W_Root:
    if exact_tuple(w_args):
        assert isinstance(w_args, W_TupleObject)
        args_w = w_args.items_w
    else:
        try:
            args_w = unpack_all_call(w_args)
        except OperationError as e:
            if e.match(w_TypeError) and space.lookup(w_args, "__iter__") is None \
                    and space.lookup(w_args, "__getitem__") is None:
                raise operr(w_TypeError, "%s argument after * must be an iterable, not %s"
                            % (function_name_for_error(w_func), type_name(w_args)))
            raise
    kw_names: list[str] = []
    kw_values: list[W_Root] = []
    if w_kwargs is not None:
        assert isinstance(w_kwargs, W_DictObject)
        for w_k, w_v in w_kwargs.items():
            if not isinstance(w_k, W_StrObject):
                raise operr(w_TypeError, "keywords must be strings")
            kw_names.append(w_k.as_str())
            kw_values.append(w_v)
    return call_from_code(w_func, Arguments(list(args_w), kw_names, kw_values))


def call_from_code(w_func: W_Root, args: Arguments) -> W_Root:
    """The call of a CALL or CALL_FUNCTION_EX instruction: a profile
    function gets the events of a built-in's (tracing.profiled_call)."""
    if tracing.PROFILING.threads != 0:
        return tracing.profiled_call(w_func, args)
    return w_func.call_args(args)


def unpack_all_call(w_args: W_Root) -> list[W_Root]:
    w_iter = space.iter(w_args)
    result: list[W_Root] = []
    while True:
        w_next = space.next_or_none(w_iter)
        if w_next is None:
            return result
        result.append(w_next)


def annotations_dict(w_ann: W_Root) -> W_DictObject:
    assert isinstance(w_ann, W_TupleObject)
    w_d = W_DictObject()
    k = 0
    items = w_ann.items_w
    while k + 1 < len(items):
        w_d.setitem(items[k], items[k + 1])
        k += 2
    return w_d


class DelCollects:
    """How many collections `del` statements and returning frames may
    still start to finalize promptly, as reference counting would: at most
    50 per run, and none once the heap holds more than SMALL_HEAP bytes (a
    full collection costs in proportion to the heap: a few thousand
    instructions for a small program, seconds for a big one)."""
    budget: int

    def __init__(self) -> None:
        self.budget = 50

    def may_collect(self) -> bool:
        return self.budget > 0 and rgc.get_stat(rgc.STAT_MEM_IN_USE) <= SMALL_HEAP

    def collect(self) -> None:
        self.budget -= 1
        finalizers.collect()


SMALL_HEAP = 16 * 1024 * 1024


DEL_COLLECTS = DelCollects()


def collect_if_finalizable(w_value: W_Root | None) -> None:
    """`del name` dropped what may be the last reference to an object that
    needs finalization (an instance of a class with __del__, a suspended
    generator): CPython's reference counting finalizes it there and then.
    A collection here does the same when nothing else refers to it, within
    DEL_COLLECTS' budget."""
    if w_value is None:
        return
    if not needs_finalization(w_value) and not has_weakrefs(w_value):
        return
    if DEL_COLLECTS.may_collect():
        DEL_COLLECTS.collect()


def has_weakrefs(w_value: W_Root) -> bool:
    """Weak references to w_value were made: `del` of its last reference
    clears them at once under reference counting (`wr()` is None after)."""
    return len(weakrefs.REGISTRY.lifelines) != 0 and weakrefs.lifeline_of(w_value) is not None


def collect_if_rebound(w_old: W_Root) -> None:
    """A store to a module-level (or class body, or global) name replaced
    w_old, maybe its last reference: under reference counting it is
    finalized there, as after a `del` (STORE_FAST does not check: a store
    to a function's local is too frequent)."""
    if DEL_COLLECTS.budget > 0 and needs_finalization(w_old) and DEL_COLLECTS.may_collect():
        DEL_COLLECTS.collect()


def needs_finalization(w_value: W_Root) -> bool:
    """An instance of a class with __del__, or a generator suspended where
    closing it runs code (in a try, with or except: note_suspended)."""
    if isinstance(w_value, generator.W_Generator):
        f = w_value.frame
        if not w_value.started or f is None:
            return False
        target, depth = f.pycode.co.find_handler(f.last_instr)
        return target >= 0
    return w_value.getclass().defines_del()


def traceback_object(w_exc: W_Root) -> W_Root:
    return exc_get_traceback(w_exc)


def exc_info_tuple(w_exc: W_Root) -> W_TupleObject:
    """(type, value, traceback) of a handled exception (sys.exc_info),
    (None, None, None) for None."""
    if w_exc is w_None:
        return W_TupleObject([w_None, w_None, w_None])
    return W_TupleObject([w_exc.getclass(), w_exc, traceback_object(w_exc)])


_unused = [w_StopIteration, wrap_int]

# at the end: these import this module
from ouro.interpreter import excgroups, generator, importing, matching, setops, signals  # noqa: E402
from ouro.interpreter import finalizers  # noqa: E402


def syntax_error_from(e: SourceError, path: str) -> OperationError:
    """A SourceError of the compiler as a Python SyntaxError (or
    IndentationError, TabError) with CPython's args: (msg, (filename,
    lineno, offset, text, end_lineno, end_offset))."""
    w_type = EXCEPTION_TYPES[e.kind] if e.kind in EXCEPTION_TYPES else EXCEPTION_TYPES["SyntaxError"]
    text = e.text
    w_text: W_Root = space.wrap_str(text) if text is not None else w_None
    w_info = W_TupleObject([space.wrap_str(path), wrap_int(e.lineno), wrap_int(e.offset), w_text,
                            wrap_int(e.end_lineno), wrap_int(e.end_offset)])
    w_exc = W_BaseException(w_type, [space.wrap_str(e.msg), w_info])
    return OperationError(w_exc)


class ModuleRefs:
    """The builtins and sys modules, set at start-up."""
    w_builtins_module: W_Root
    w_sys_dict: W_DictObject
    w_default_stdout: W_Root

    def __init__(self) -> None:
        self.w_builtins_module = w_None
        self.w_sys_dict = W_DictObject()
        self.w_default_stdout = w_None


REFS = ModuleRefs()


def builtins_module() -> W_Root:
    return REFS.w_builtins_module


def sys_stdout() -> W_Root:
    """sys.stdout when a program replaced it, else None (print writes to the
    fast built-in stream)."""
    w_out = REFS.w_sys_dict.getitem_str("stdout")
    if w_out is None or w_out is REFS.w_default_stdout:
        return w_None
    return w_out


def frame_locals(f: Frame) -> W_Root:
    """locals(): the locals mapping of a module or class body, or for a
    function the dict kept on its frame, updated with its variables (fast
    locals and cells) on every call, as CPython's PyFrame_FastToLocals: other
    keys (put there by exec) stay."""
    w_l = f.w_locals
    if w_l is not None:
        return w_l
    w_d = f.w_locals_dict
    if w_d is None:
        w_d = W_DictObject()
        f.w_locals_dict = w_d
    co = f.pycode.co
    i = 0
    while i < len(co.co_varnames):
        _sync_local(w_d, co.co_varnames[i], f.fast[i])
        i += 1
    i = 0
    while i < len(f.cells):
        _sync_local(w_d, f.cell_name(i), f.cells[i].w_value)
        i += 1
    return w_d


def _sync_local(w_d: W_DictObject, name: str, w_v: W_Root | None) -> None:
    if w_v is not None:
        w_d.setitem_str(name, w_v)
    elif w_d.getitem_str(name) is not None:
        w_d.delitem(W_StrObject(name))


# -- frame objects at the Python level

def _frame(w: W_Root) -> Frame:
    assert isinstance(w, Frame)
    return w


def frame_get_code(w: W_Root) -> W_Root:
    return code_w(_frame(w).pycode)


def frame_get_globals(w: W_Root) -> W_Root:
    return _frame(w).w_globals


def frame_get_locals(w: W_Root) -> W_Root:
    return frame_locals(_frame(w))


def frame_get_builtins(w: W_Root) -> W_Root:
    return BUILTINS.w_dict


def frame_get_back(w: W_Root) -> W_Root:
    b = _frame(w).back
    if b is None:
        return w_None
    return b


def frame_get_lineno(w: W_Root) -> W_Root:
    """The line of the instruction running; co_firstlineno before the
    first (a 'call' event, a generator not started), as CPython's."""
    f = _frame(w)
    if f.last_instr < 0:
        return wrap_int(f.pycode.co.co_firstlineno)
    return wrap_int(f.pycode.co.line_of(f.last_instr))


def frame_set_lineno(w: W_Root, w_value: W_Root) -> None:
    """Jumps are not implemented: refused with CPython's messages where
    it refuses too, else with a plain ValueError."""
    f = _frame(w)
    if not isinstance(w_value, W_IntObject):
        raise operr(w_ValueError, "lineno must be an integer")
    if f.w_f_trace is None or get_ec().tracing == 0:
        raise operr(w_ValueError, "f_lineno can only be set by a trace function")
    raise operr(w_ValueError, "ouro cannot jump: setting f_lineno is not supported")


def frame_get_lasti(w: W_Root) -> W_Root:
    return wrap_int(2 * _frame(w).last_instr)


def frame_get_trace(w: W_Root) -> W_Root:
    w_t = _frame(w).w_f_trace
    if w_t is None:
        return w_None
    return w_t


def frame_set_trace(w: W_Root, w_value: W_Root) -> None:
    tracing.set_frame_trace(_frame(w), w_value)


def frame_del_trace(w: W_Root) -> None:
    tracing.set_frame_trace(_frame(w), w_None)


def frame_get_trace_lines(w: W_Root) -> W_Root:
    return space.wrap_bool(_frame(w).trace_state().lines)


def frame_set_trace_lines(w: W_Root, w_value: W_Root) -> None:
    _frame(w).trace_state().lines = _trace_flag(w_value)


def frame_get_trace_opcodes(w: W_Root) -> W_Root:
    return space.wrap_bool(_frame(w).trace_state().opcodes)


def frame_set_trace_opcodes(w: W_Root, w_value: W_Root) -> None:
    _frame(w).trace_state().opcodes = _trace_flag(w_value)


def _trace_flag(w_value: W_Root) -> bool:
    if not isinstance(w_value, W_BoolObject):
        raise operr(w_TypeError, "attribute value type must be bool")
    return w_value is w_True


def frame_clear(slots: list[W_Root | None]) -> W_Root:
    """`frame.clear()` (traceback.clear_frames, which unittest's
    assertRaises calls): drops the locals of a finished frame; an executing
    one is refused as in CPython.  A suspended generator's frame is left
    alone (CPython would close the generator)."""
    w_f = slots[0]
    assert w_f is not None
    f = _frame(w_f)
    cursor = get_ec().topframe
    while cursor is not None:
        if cursor is f:
            raise operr(w_RuntimeError, "cannot clear an executing frame")
        cursor = cursor.back
    if not f.finished:
        return w_None
    i = 0
    while i < len(f.fast):
        f.fast[i] = None
        i += 1
    i = 0
    while i < len(f.stack):
        f.stack[i] = None
        i += 1
    f.cells = NO_CELLS
    f.w_locals_dict = None
    return w_None


register(w_frame_type, "clear(self, /)", frame_clear)
getset(w_frame_type, "f_code", frame_get_code)
getset(w_frame_type, "f_globals", frame_get_globals)
getset(w_frame_type, "f_locals", frame_get_locals)
getset(w_frame_type, "f_builtins", frame_get_builtins)
getset(w_frame_type, "f_back", frame_get_back)
getset(w_frame_type, "f_lineno", frame_get_lineno, frame_set_lineno)
getset(w_frame_type, "f_lasti", frame_get_lasti)
getset(w_frame_type, "f_trace", frame_get_trace, frame_set_trace, frame_del_trace)
getset(w_frame_type, "f_trace_lines", frame_get_trace_lines, frame_set_trace_lines)
getset(w_frame_type, "f_trace_opcodes", frame_get_trace_opcodes, frame_set_trace_opcodes)


def caller_module_name() -> W_Root | None:
    f = get_ec().topframe
    if f is None:
        return None
    return f.w_globals.getitem_str("__name__")


space.CALLER.hooks.append(caller_module_name)


def enter_recursive_call(where: str) -> None:
    """CPython's Py_EnterRecursiveCall: one more level on the thread's
    depth counter, which Python frames share (execute)."""
    ec = get_ec()
    if ec.depth >= ec.recursion_limit:
        raise operr(w_RecursionError, "maximum recursion depth exceeded" + where)
    ec.depth += 1


def leave_recursive_call() -> None:
    get_ec().depth -= 1


space.RECURSION.enter.append(enter_recursive_call)
space.RECURSION.leave.append(leave_recursive_call)


def running_frame_values() -> list[W_Root]:
    """What the running frames hold: their fast locals, cells, value stacks,
    locals and globals dicts (memoryobject.views_hold)."""
    result: list[W_Root] = []
    f = get_ec().topframe
    while f is not None:
        for w in f.fast:
            if w is not None:
                result.append(w)
        for c in f.cells:
            w_c = c.w_value
            if w_c is not None:
                result.append(w_c)
        for w_s in f.stack:    # all of it: f.sp is stale while f runs
            if w_s is not None:
                result.append(w_s)
        for w_v in f.w_globals.values():
            result.append(w_v)
        w_loc = f.w_locals
        if isinstance(w_loc, W_DictObject) and w_loc is not f.w_globals:
            for w_v in w_loc.values():
                result.append(w_v)
        f = f.back
    return result


memoryobject.FRAME_VALUES.hooks.append(running_frame_values)
