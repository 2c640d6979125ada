"""The `_lsprof` module behind cProfile, as CPython 3.11's Modules/_lsprof.c:
Profiler(timer=None, timeunit=0.0, subcalls=True, builtins=True) with
enable(subcalls, builtins), disable(), clear(), getstats(), and the
structseqs profiler_entry / profiler_subentry that getstats returns.

A W_Profiler is a native profile function (tracing.NativeProfiler):
enable() makes it the thread's profile function, and the interpreter calls
its profile_event on each 'call'/'return' of a frame and 'c_call'/
'c_return'/'c_exception' of a built-in called from Python code
(ouro/interpreter/tracing.py).  The bookkeeping is CPython's: an Entry per
function (keyed by its PyCode, or for a built-in by the built-in it was
bound from, as CPython keys by the PyMethodDef), a SubEntry per (caller,
callee) pair, and a stack of Contexts, one per call in progress.  Times are
integers in the timer's unit (nanoseconds of CLOCK_MONOTONIC by default,
like CPython's _PyTime_GetPerfCounter), scaled to seconds (or by timeunit)
in getstats().  Entries come out in the order they were first called
(CPython's in the order of their keys' addresses).
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.interpreter import frame as framemod
from ouro.interpreter import tracing, unraisable
from ouro.interpreter.module import W_Module
from ouro.interpreter.pycode import PyCode, code_w
from ouro.modules.posix.structseq import make_structseq, new_structseq
from ouro.modules.registry import register_module
from ouro.objspace import space
from ouro.objspace.exceptions import (OperationError, operr, w_OverflowError, w_TypeError,
                                      w_ValueError)
from ouro.objspace.floatobject import W_FloatObject, ffloor, wrap_float
from ouro.objspace.gateway import W_BuiltinFunction, named_as, register, register_raw
from ouro.objspace.intobject import W_IntObject, float_of_w, index_w, is_int, wrap_int
from ouro.objspace.listobject import W_ListObject
from ouro.objspace.model import (Arguments, W_Root, W_TypeObject, make_builtin_type, type_name,
                                 w_None, w_object_type)
from ouro.objspace.strobject import W_StrObject, c_int_w

LAYOUT_PROFILER = 102
space.SUBCLASSABLE_LAYOUTS.append(LAYOUT_PROFILER)

w_profiler_type = make_builtin_type("Profiler", [w_object_type], LAYOUT_PROFILER)
w_profiler_type.w_module = W_StrObject("_lsprof")
w_profiler_type.dict_w["__module__"] = W_StrObject("_lsprof")
w_profiler_type.doc = (
    "Profiler(timer=None, timeunit=None, subcalls=True, builtins=True)\n\n"
    "    Builds a profiler object using the specified timer function.\n"
    "    The default timer is a fast built-in one based on real time.\n"
    "    For custom timer functions returning integers, timeunit can\n"
    "    be a float specifying a scale (i.e. how long each integer unit\n"
    "    is, in seconds).\n")

ENTRY = make_structseq("profiler_entry", "_lsprof",
                       ["code", "callcount", "reccallcount", "totaltime", "inlinetime", "calls"], 6)
SUBENTRY = make_structseq("profiler_subentry", "_lsprof",
                          ["code", "callcount", "reccallcount", "totaltime", "inlinetime"], 5)

# times are nanoseconds in a machine word (CPython's _PyTime_t)
TIME_MAX = 9223372036854775807
NS_PER_SEC = 1000000000


class CallCounts:
    """The counters of an Entry and of a SubEntry (CPython's ProfilerEntry
    and ProfilerSubEntry share them)."""
    tt: int             # total time (counted at the outermost call of a recursion)
    it: int             # inline time (not in sub-calls)
    callcount: int
    recursivecallcount: int
    recursion_level: int

    def __init__(self) -> None:
        self.tt = 0
        self.it = 0
        self.callcount = 0
        self.recursivecallcount = 0
        self.recursion_level = 0

    def count_return(self, tt: int, it: int) -> None:
        """One call ends: its total time counts only at the outermost level
        of a recursion, where CPython's Stop adds it."""
        self.recursion_level -= 1
        if self.recursion_level == 0:
            self.tt += tt
        else:
            self.recursivecallcount += 1
        self.it += it
        self.callcount += 1


class SubEntry(CallCounts):
    """The calls of `callee` made by one caller (CPython's ProfilerSubEntry)."""
    callee: Entry

    def __init__(self, callee: Entry) -> None:
        CallCounts.__init__(self)
        self.callee = callee


class Entry(CallCounts):
    """One function's calls (CPython's ProfilerEntry): w_user is its code
    object, or for a built-in a str that describes it."""
    w_user: W_Root
    calls: dict[Entry, SubEntry]    # by callee, in the order of the first call

    def __init__(self, w_user: W_Root) -> None:
        CallCounts.__init__(self)
        self.w_user = w_user
        self.calls = {}


class Context:
    """A call in progress (CPython's ProfilerContext)."""
    t0: int
    subt: int
    previous: Context | None
    entry: Entry

    def __init__(self, entry: Entry, previous: Context | None) -> None:
        self.entry = entry
        self.previous = previous
        self.t0 = 0
        self.subt = 0


class W_Profiler(tracing.NativeProfiler):
    """_lsprof.Profiler (and its Python subclasses: cProfile.Profile)."""
    w_type: W_TypeObject
    w_timer: W_Root | None      # None: the built-in clock
    timeunit: float
    subcalls: bool
    builtins: bool
    enabled: bool
    code_entries: dict[PyCode, Entry]
    builtin_entries: dict[W_BuiltinFunction, Entry]
    entries: list[Entry]        # every entry, in the order they were made
    current: Context | None

    def __init__(self, w_type: W_TypeObject) -> None:
        tracing.NativeProfiler.__init__(self)
        self.w_type = w_type
        self.w_timer = None
        self.timeunit = 0.0
        self.subcalls = True
        self.builtins = True
        self.enabled = False
        self.code_entries = {}
        self.builtin_entries = {}
        self.entries = []
        self.current = None

    def getclass(self) -> W_TypeObject:
        return self.w_type

    # -- the events

    def profile_event(self, kind: int, f: framemod.Frame,
                      w_func: W_BuiltinFunction | None) -> None:
        if kind == tracing.EV_CALL:
            self.enter_call(self.code_entry(f.pycode))
        elif kind == tracing.EV_RETURN:
            self.leave_call(self.code_entries.get(f.pycode, None))
        elif self.builtins and w_func is not None:
            if kind == tracing.EV_C_CALL:
                self.enter_call(self.builtin_entry(w_func))
            else:
                self.leave_call(self.builtin_entries.get(w_func.definition, None))

    def code_entry(self, code: PyCode) -> Entry:
        entry = self.code_entries.get(code, None)
        if entry is None:
            entry = Entry(code_w(code))
            self.code_entries[code] = entry
            self.entries.append(entry)
        return entry

    def builtin_entry(self, w_func: W_BuiltinFunction) -> Entry:
        key = w_func.definition
        entry = self.builtin_entries.get(key, None)
        if entry is None:
            entry = Entry(space.wrap_str(builtin_label(w_func)))
            self.builtin_entries[key] = entry
            self.entries.append(entry)
        return entry

    def enter_call(self, entry: Entry) -> None:
        """CPython's ptrace_enter_call and initContext."""
        ctx = Context(entry, self.current)
        self.current = ctx
        entry.recursion_level += 1
        previous = ctx.previous
        if self.subcalls and previous is not None:
            self.sub_entry(previous.entry, entry).recursion_level += 1
        ctx.t0 = self.timer()

    def leave_call(self, entry: Entry | None) -> None:
        """CPython's ptrace_leave_call: the innermost call in progress ends,
        counted for `entry` (the function that returns)."""
        ctx = self.current
        if ctx is None:
            return
        if entry is None:
            self.current = ctx.previous
            return
        self.stop(ctx, entry)

    def stop(self, ctx: Context, entry: Entry) -> None:
        """CPython's Stop."""
        tt = self.timer() - ctx.t0
        it = tt - ctx.subt
        previous = ctx.previous
        if previous is not None:
            previous.subt += tt
        self.current = previous
        entry.count_return(tt, it)
        if self.subcalls and previous is not None:
            self.sub_entry(previous.entry, entry).count_return(tt, it)

    def sub_entry(self, caller: Entry, callee: Entry) -> SubEntry:
        sub = caller.calls.get(callee, None)
        if sub is None:
            sub = SubEntry(callee)
            caller.calls[callee] = sub
        return sub

    def flush_unmatched(self) -> None:
        """disable(): the calls still in progress end now."""
        while True:
            ctx = self.current
            if ctx is None:
                break
            self.stop(ctx, ctx.entry)

    # -- the clock

    def timer(self) -> int:
        """The time now, as CPython's call_timer: the built-in clock in
        nanoseconds, or the timer function's result (an int count of
        timeunits when timeunit > 0, else seconds); a timer that fails or
        returns something else is reported as unraisable and counts 0."""
        w_timer = self.w_timer
        if w_timer is None:
            return ros.monotonic_ns()
        try:
            w_t = space.call_function(w_timer, [])
            if self.timeunit > 0.0:
                return nanoseconds_of(w_t)
            return seconds_to_ns(w_t)
        except OperationError as e:
            unraisable.write_unraisable(e, None, w_timer)
            return 0


def nanoseconds_of(w_t: W_Root) -> int:
    """CPython's _PyTime_FromNanosecondsObject."""
    if not is_int(w_t):
        raise operr(w_TypeError, "expect int, got %s" % type_name(w_t))
    if isinstance(w_t, W_IntObject):
        return w_t.intval
    raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")


def seconds_to_ns(w_t: W_Root) -> int:
    """CPython's _PyTime_FromSecondsObject(ROUND_FLOOR)."""
    if isinstance(w_t, W_FloatObject):
        d = w_t.floatval
        if d != d:
            raise operr(w_ValueError, "Invalid value NaN (not a number)")
        d = ffloor(d * 1e9)
        if not (-9.223372036854775808e18 <= d < 9.223372036854775808e18):
            raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")
        return int(d)
    w_i = index_w(w_t)
    if isinstance(w_i, W_IntObject):
        sec = w_i.intval
        if -TIME_MAX // NS_PER_SEC <= sec <= TIME_MAX // NS_PER_SEC:
            return sec * NS_PER_SEC
    raise operr(w_OverflowError, "timestamp too large to convert to C _PyTime_t")


def builtin_label(b: W_BuiltinFunction) -> str:
    """What a built-in's entry is called (CPython's normalizeUserObj): a
    method of a type is the repr of what its self's type has under its name
    ("<method 'append' of 'list' objects>"); a module's function is
    "<built-in method MODULE.NAME>"."""
    w_self = b.w_self
    if w_self is None:
        w_self = b.w_objclass           # a type's __new__: bound to the type in CPython
    if w_self is not None:
        w_found = w_self.getclass().lookup(b.name)
        if w_found is not None:
            try:
                return space.repr_str(w_found)
            except OperationError:
                pass
        return "<built-in method %s>" % b.name
    mod = "builtins"
    w_mod = b.w_module
    if w_mod is not None:
        w_name = space.getattr_or_none(w_mod, "__name__")
        if w_name is not None:
            s = space.str_w_or_none(w_name)
            if s is not None:
                mod = s
    return "<built-in method %s.%s>" % (mod, b.name)


# -- the Profiler type

def _profiler(w: W_Root | None) -> W_Profiler:
    if not isinstance(w, W_Profiler):
        raise operr(w_TypeError, "descriptor requires a '_lsprof.Profiler' object but received '%s'"
                    % (type_name(w) if w is not None else "NoneType"))
    return w


def profiler_new(args: Arguments) -> W_Root:
    w_cls = args.args_w[0]
    if not isinstance(w_cls, W_TypeObject):
        raise operr(w_TypeError, "Profiler.__new__(X): X is not a type object (%s)"
                    % type_name(w_cls))
    return W_Profiler(w_cls)


def profiler_init(slots: list[W_Root | None]) -> W_Root:
    """Profiler(timer=None, timeunit=0.0, subcalls=1, builtins=1) ("|Odii")."""
    w_self = _profiler(slots[0])
    w_timer = slots[1]
    w_unit = slots[2]
    w_subcalls = slots[3]
    w_builtins = slots[4]
    unit = 0.0
    if w_unit is not None:
        if not isinstance(w_unit, W_FloatObject) and not is_int(w_unit) \
                and space.lookup(w_unit, "__float__") is None \
                and space.lookup(w_unit, "__index__") is None:
            raise operr(w_TypeError, "must be real number, not %s" % type_name(w_unit))
        unit = float_of_w(w_unit)
    subcalls = w_self.subcalls
    builtins = w_self.builtins
    if w_subcalls is not None:
        subcalls = c_int_w(w_subcalls) != 0
    if w_builtins is not None:
        builtins = c_int_w(w_builtins) != 0
    w_self.subcalls = subcalls
    w_self.builtins = builtins
    w_self.timeunit = unit
    # an explicit None is kept (and fails when called), as CPython's
    w_self.w_timer = w_timer
    return w_None


def profiler_enable(slots: list[W_Root | None]) -> W_Root:
    """enable(subcalls=True, builtins=True): this profiler becomes the
    thread's profile function."""
    w_self = _profiler(slots[0])
    w_subcalls = slots[1]
    w_builtins = slots[2]
    if w_subcalls is not None:
        w_self.subcalls = space.is_true(w_subcalls)
    if w_builtins is not None:
        w_self.builtins = space.is_true(w_builtins)
    tracing.set_profile(framemod.get_ec(), w_self)
    w_self.enabled = True
    return w_None


def profiler_disable(slots: list[W_Root | None]) -> W_Root:
    """disable(): no profile function any more (whichever was set, as
    CPython's); the calls in progress end now (so the call of disable()
    itself is counted)."""
    w_self = _profiler(slots[0])
    w_self.enabled = False
    tracing.set_profile(framemod.get_ec(), None)
    w_self.flush_unmatched()
    return w_None


def profiler_clear(slots: list[W_Root | None]) -> W_Root:
    """clear(): forgets every entry and the calls in progress."""
    w_self = _profiler(slots[0])
    w_self.code_entries = {}
    w_self.builtin_entries = {}
    w_self.entries = []
    w_self.current = None
    return w_None


def profiler_getstats(slots: list[W_Root | None]) -> W_Root:
    """getstats(): a list of profiler_entry, one per function called at
    least once, with its profiler_subentry list (None when it called
    nothing profiled)."""
    w_self = _profiler(slots[0])
    factor = 1e-9
    if w_self.w_timer is not None and w_self.timeunit != 0.0:
        factor = w_self.timeunit
    result_w: list[W_Root] = []
    for entry in w_self.entries:
        if entry.callcount == 0:
            continue
        w_calls: W_Root = w_None
        if len(entry.calls) > 0:
            subs_w: list[W_Root] = []
            for sub in entry.calls.values():
                subs_w.append(new_structseq(SUBENTRY, [
                    sub.callee.w_user, wrap_int(sub.callcount), wrap_int(sub.recursivecallcount),
                    wrap_float(factor * sub.tt), wrap_float(factor * sub.it)]))
            w_calls = W_ListObject(subs_w)
        result_w.append(new_structseq(ENTRY, [
            entry.w_user, wrap_int(entry.callcount), wrap_int(entry.recursivecallcount),
            wrap_float(factor * entry.tt), wrap_float(factor * entry.it), w_calls]))
    return W_ListObject(result_w)


register_raw(w_profiler_type, "__new__", profiler_new)
named_as(register(w_profiler_type,
                  "__init__(self, timer=, timeunit=, subcalls=, builtins=)", profiler_init),
         "Profiler")
register(w_profiler_type, "enable(self, subcalls=, builtins=)", profiler_enable)
register(w_profiler_type, "disable(self, /)", profiler_disable)
register(w_profiler_type, "clear(self, /)", profiler_clear)
register(w_profiler_type, "getstats(self, /)", profiler_getstats)


def make_module() -> W_Module:
    w_mod = W_Module("_lsprof", None)
    d = w_mod.w_dict
    d.setitem_str("__doc__", space.wrap_str("Fast profiler"))
    d.setitem_str("Profiler", w_profiler_type)
    d.setitem_str("profiler_entry", ENTRY.w_type)
    d.setitem_str("profiler_subentry", SUBENTRY.w_type)
    return w_mod


register_module("_lsprof", make_module)
