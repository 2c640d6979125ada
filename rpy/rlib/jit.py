"""Hints for the meta-tracing JIT generator.

An interpreter written in RPy marks its dispatch loop with a `JitDriver`
and calls `jit_merge_point` at the top of each bytecode and
`can_enter_jit` on backward jumps; `promote`, `elidable` and the other
hints tell the JIT what it may assume. docs/jit-howto.md explains them by
example (examples/jitlang/).

Untranslated (rpy.run, unit tests) every hint is a no-op that checks its
arguments. Translated without the JIT (`--opt=2`), the toolchain checks
them again (file:line errors) and compiles them to nothing: `promote(x)`
is `x`, `we_are_jitted()` is False, the decorators leave the function
as it is. `set_param`/`set_user_param` are real: they store into the
driver's `JitParams` record, which the JIT reads.

How the toolchain sees them (rpy/flow/builder.py, `jit_call`):
`driver.jit_merge_point(...)`/`can_enter_jit(...)` become the operation
`jit_marker`; `promote`/`promote_string` the operation `jit_promote`;
`set_param`/`set_user_param`/`get_param` calls of the RPy helpers below
on the driver's `params` record; `we_are_jitted` is an external constant
(rpy/rtype/externals.py).
"""
from __future__ import annotations

import inspect
from typing import Any, Callable, TypeVar

T = TypeVar('T')


class JitHintError(Exception):
    """A JIT hint used wrongly (raised untranslated; translation reports the
    same mistakes as file:line errors)."""


# ------------------------------------------------------------ parameters

# name -> (default, help). The names and defaults follow PyPy's, so that
# `--jit threshold=...` means the same thing.
PARAMETERS: dict[str, int] = {
    'threshold': 1039,              # a loop becomes hot after this many iterations
    'function_threshold': 1619,     # a function is traced from its start after this many calls
    'trace_eagerness': 200,         # guard failures before a bridge is compiled
    'decay': 40,                    # how fast counters decay (0: never; 1000: max)
    'trace_limit': 6000,            # recorded operations before a trace is aborted as too long
    'inlining': 1,                  # inline calls to other portal functions (1/0)
    'loop_longevity': 1000,         # how long unused loops are kept before being freed
    'retrace_limit': 0,             # how often a loop may be retraced
    'max_retrace_guards': 15,       # extra guards a retrace may cause
    'max_unroll_loops': 0,          # extra unrollings a loop may cause
    'disable_unrolling': 200,       # do not unroll (peel) loops longer than this
    'max_unroll_recursion': 7,      # levels of a recursive function unrolled
    'vec': 0,                       # vectorization (not implemented: accepted and stored)
    'vec_all': 0,
    'vec_cost': 0,
}
PARAMETER_DOCS: dict[str, str] = {
    'threshold': 'number of times a loop has to run for it to become hot',
    'function_threshold': 'number of times a function must run for it to become traced from start',
    'trace_eagerness': 'number of times a guard has to fail before we start compiling a bridge',
    'decay': 'amount to regularly decay counters by (0=none, 1000=max)',
    'trace_limit': 'number of recorded operations before we abort tracing',
    'inlining': 'inline calls to the interpreter loop or not (1/0)',
    'loop_longevity': 'how long loops are kept before being freed, an estimate',
    'retrace_limit': 'how many times we can try retracing before giving up',
    'max_retrace_guards': 'number of extra guards a retrace can cause',
    'max_unroll_loops': 'number of extra unrollings a loop can cause',
    'disable_unrolling': 'after how many operations we should not unroll',
    'max_unroll_recursion': 'how many levels deep to unroll a recursive function',
    'vec': 'turn on the vectorization optimization (not implemented)',
    'vec_all': 'try to vectorize trace loops that are not from the interpreter (not implemented)',
    'vec_cost': 'threshold for which traces to bail (not implemented)',
    'enable_opts': 'optimizations to enable, separated by ":", or "all"',
}
ENABLE_OPTS_DEFAULT = 'all'
# the optimizer passes `enable_opts` may name (ARCHITECTURE.md, the JIT)
ALL_OPTS = ['intbounds', 'rewrite', 'virtualize', 'string', 'pure', 'earlyforce', 'heap',
            'unroll']


class JitParams:
    """The parameters of one JitDriver: written by set_param/set_user_param,
    read by the JIT's warm-up counters and optimizer.  `version` counts
    the changes: the JIT takes the new values at its next entry."""
    version: int
    threshold: int
    function_threshold: int
    trace_eagerness: int
    decay: int
    trace_limit: int
    inlining: int
    loop_longevity: int
    retrace_limit: int
    max_retrace_guards: int
    max_unroll_loops: int
    disable_unrolling: int
    max_unroll_recursion: int
    vec: int
    vec_all: int
    vec_cost: int
    enable_opts: str

    def __init__(self) -> None:
        self.version = 0
        self.enable_opts = ENABLE_OPTS_DEFAULT
        self.reset()

    def reset(self) -> None:
        for name, value in PARAMETERS.items():
            self.set_int(name, value)
        self.enable_opts = ENABLE_OPTS_DEFAULT

    def set_int(self, name: str, value: int) -> None:
        self.version += 1
        if name == 'threshold':
            self.threshold = value
        elif name == 'function_threshold':
            self.function_threshold = value
        elif name == 'trace_eagerness':
            self.trace_eagerness = value
        elif name == 'decay':
            self.decay = value
        elif name == 'trace_limit':
            self.trace_limit = value
        elif name == 'inlining':
            self.inlining = value
        elif name == 'loop_longevity':
            self.loop_longevity = value
        elif name == 'retrace_limit':
            self.retrace_limit = value
        elif name == 'max_retrace_guards':
            self.max_retrace_guards = value
        elif name == 'max_unroll_loops':
            self.max_unroll_loops = value
        elif name == 'disable_unrolling':
            self.disable_unrolling = value
        elif name == 'max_unroll_recursion':
            self.max_unroll_recursion = value
        elif name == 'vec':
            self.vec = value
        elif name == 'vec_all':
            self.vec_all = value
        elif name == 'vec_cost':
            self.vec_cost = value
        elif name == 'enable_opts':
            raise ValueError("JIT parameter 'enable_opts' takes a string")
        else:
            raise ValueError("unknown JIT parameter '%s'" % name)

    def get_int(self, name: str) -> int:
        if name == 'threshold':
            return self.threshold
        if name == 'function_threshold':
            return self.function_threshold
        if name == 'trace_eagerness':
            return self.trace_eagerness
        if name == 'decay':
            return self.decay
        if name == 'trace_limit':
            return self.trace_limit
        if name == 'inlining':
            return self.inlining
        if name == 'loop_longevity':
            return self.loop_longevity
        if name == 'retrace_limit':
            return self.retrace_limit
        if name == 'max_retrace_guards':
            return self.max_retrace_guards
        if name == 'max_unroll_loops':
            return self.max_unroll_loops
        if name == 'disable_unrolling':
            return self.disable_unrolling
        if name == 'max_unroll_recursion':
            return self.max_unroll_recursion
        if name == 'vec':
            return self.vec
        if name == 'vec_all':
            return self.vec_all
        if name == 'vec_cost':
            return self.vec_cost
        raise ValueError("unknown JIT parameter '%s'" % name)

    def set_enable_opts(self, value: str) -> None:
        if value != 'all':
            for opt in value.split(':'):
                if opt not in ALL_OPTS:
                    raise ValueError("unknown optimization '%s' in enable_opts (known: %s)"
                                     % (opt, ':'.join(ALL_OPTS)))
        self.enable_opts = value
        self.version += 1

    def set_text(self, name: str, text: str) -> None:
        """One `name=value` item of set_user_param."""
        if name == 'enable_opts':
            self.set_enable_opts(text)
            return
        if name not in PARAMETERS:
            raise ValueError("unknown JIT parameter '%s'" % name)
        try:
            value = int(text)
        except ValueError:
            raise ValueError("JIT parameter '%s' needs an integer, not '%s'" % (name, text))
        self.set_int(name, value)

    def set_user_param(self, text: str) -> None:
        """Parse 'threshold=1000,loop_longevity=300,...', 'off' or 'default'."""
        for item in text.split(','):
            item = item.strip()
            if item == '':
                continue
            if item == 'off':
                self.threshold = -1             # never hot: the JIT is off
                self.function_threshold = -1
                self.version += 1
                continue
            if item == 'default':
                self.reset()
                continue
            eq = item.find('=')
            if eq < 0:
                raise ValueError("JIT parameter '%s' needs a value: write %s=VALUE"
                                 % (item, item))
            self.set_text(item[:eq].strip(), item[eq + 1:].strip())


def _params_set_int(params: JitParams, name: str, value: int) -> None:
    params.set_int(name, value)


def _params_set_str(params: JitParams, name: str, value: str) -> None:
    params.set_enable_opts(value)


def _params_get_int(params: JitParams, name: str) -> int:
    return params.get_int(name)


def _params_get_str(params: JitParams, name: str) -> str:
    return params.enable_opts


def _params_set_user_param(params: JitParams, text: str) -> None:
    params.set_user_param(text)


def _params_set_int_all(all_params: list[JitParams], name: str, value: int) -> None:
    for p in all_params:
        p.set_int(name, value)


def _params_set_str_all(all_params: list[JitParams], name: str, value: str) -> None:
    for p in all_params:
        p.set_enable_opts(value)


def _params_set_user_param_all(all_params: list[JitParams], text: str) -> None:
    for p in all_params:
        p.set_user_param(text)


# ------------------------------------------------------------ the driver

ALL_DRIVERS: list['JitDriver'] = []
ALL_PARAMS: list[JitParams] = []


def _check_names(what: str, names: Any) -> list[str]:
    if not isinstance(names, (list, tuple)) or not all(isinstance(n, str) and n.isidentifier()
                                                        for n in names):
        raise JitHintError("JitDriver(%s=...) must be a list of variable names, not %r"
                           % (what, names))
    return list(names)


class JitDriver:
    """Describes one interpreter loop to the JIT.

    greens: the variables that identify a position in the interpreted
    program (e.g. ['pc', 'code']): the JIT compiles one loop per value of
    the greens and treats them as constants inside it. reds: every other
    variable live at the merge point (e.g. ['frame']). virtualizables: reds
    whose object (the frame) the JIT keeps in registers while running
    compiled code; its class lists those fields in `_virtualizable_`.

    This class is not translated as an RPy class: a driver must be a
    module-level constant, used only as `driver.jit_merge_point(...)`,
    `driver.can_enter_jit(...)` and as the first argument of set_param,
    set_user_param and get_param.
    """

    def __init__(self, greens: list[str], reds: list[str],
                 virtualizables: list[str] | None = None,
                 get_printable_location: Callable[..., str] | None = None,
                 name: str = 'jitdriver', is_recursive: bool = False) -> None:
        self.greens = _check_names('greens', greens)
        self.reds = _check_names('reds', reds)
        self.virtualizables = _check_names('virtualizables', virtualizables or [])
        if not self.reds:
            raise JitHintError("JitDriver needs at least one red variable")
        both = [n for n in self.greens if n in self.reds]
        if both:
            raise JitHintError("JitDriver: '%s' is both green and red" % both[0])
        for names, what in ((self.greens, 'greens'), (self.reds, 'reds')):
            for n in names:
                if names.count(n) > 1:
                    raise JitHintError("JitDriver: '%s' appears twice in %s" % (n, what))
        for v in self.virtualizables:
            if v not in self.reds:
                raise JitHintError("JitDriver: the virtualizable '%s' must be one of the reds %s"
                                   % (v, self.reds))
        if get_printable_location is not None:
            if not callable(get_printable_location):
                raise JitHintError("get_printable_location must be a function")
            try:
                nparams = len(inspect.signature(get_printable_location).parameters)
            except (TypeError, ValueError):
                nparams = len(self.greens)
            if nparams != len(self.greens):
                raise JitHintError("get_printable_location must take the %d greens (%s), "
                                   "not %d arguments" % (len(self.greens), ', '.join(self.greens),
                                                         nparams))
        self.get_printable_location = get_printable_location
        if not isinstance(name, str):
            raise JitHintError("JitDriver(name=...) must be a string")
        self.name = name
        self.is_recursive = is_recursive
        self.params = JitParams()
        ALL_DRIVERS.append(self)
        ALL_PARAMS.append(self.params)

    def __repr__(self) -> str:
        return '<JitDriver %s greens=%s reds=%s>' % (self.name, self.greens, self.reds)

    def livevars_error(self, method: str, given: list[str]) -> str | None:
        """The message for wrong live variables given to a marker, or None."""
        wanted = self.greens + self.reds
        missing = [n for n in wanted if n not in given]
        extra = [n for n in given if n not in wanted]
        if not missing and not extra:
            return None
        parts = []
        if missing:
            parts.append("missing %s" % ', '.join("'%s'" % n for n in missing))
        if extra:
            parts.append("unexpected %s" % ', '.join("'%s'" % n for n in extra))
        return ("%s.%s() must receive exactly the greens %s and reds %s as keyword arguments: "
                "%s" % (self.name, method, self.greens, self.reds, '; '.join(parts)))

    def _check(self, method: str, livevars: dict[str, Any]) -> None:
        msg = self.livevars_error(method, list(livevars))
        if msg is not None:
            raise JitHintError(msg)
        for n in self.greens:
            if isinstance(livevars[n], (list, dict, set)):
                raise JitHintError("%s.%s(): the green '%s' is a %s; greens must be ints, "
                                   "floats, strings or immutable objects"
                                   % (self.name, method, n, type(livevars[n]).__name__))

    def jit_merge_point(self, **livevars: Any) -> None:
        """The top of the interpreter's dispatch loop (one per driver)."""
        self._check('jit_merge_point', livevars)

    def can_enter_jit(self, **livevars: Any) -> None:
        """A backward jump of the interpreted program: a loop may start here."""
        self._check('can_enter_jit', livevars)


# ------------------------------------------------------------ parameters API

def set_param(driver: JitDriver | None, name: str, value: Any) -> None:
    """Set one JIT parameter of `driver` (None: of every driver). `name` must
    be a constant string; `value` an int, or a string for 'enable_opts'."""
    if name not in PARAMETERS and name != 'enable_opts':
        raise JitHintError("unknown JIT parameter '%s'" % name)
    targets = ALL_PARAMS if driver is None else [_driver_params(driver, 'set_param')]
    for p in targets:
        if name == 'enable_opts':
            if not isinstance(value, str):
                raise JitHintError("JIT parameter 'enable_opts' takes a string")
            p.set_enable_opts(value)
        else:
            if not isinstance(value, int):
                raise JitHintError("JIT parameter '%s' takes an int" % name)
            p.set_int(name, value)


def set_user_param(driver: JitDriver | None, text: str) -> None:
    """Parse a user's setting like 'threshold=1000,loop_longevity=300' (or
    'off', or 'default') into the parameters of `driver` (None: of every
    driver). Raises ValueError for an unknown name or a bad value."""
    if not isinstance(text, str):
        raise JitHintError("set_user_param() takes a string")
    if driver is None:
        _params_set_user_param_all(ALL_PARAMS, text)
    else:
        _driver_params(driver, 'set_user_param').set_user_param(text)


def get_param(driver: JitDriver, name: str) -> Any:
    """The current value of one parameter of `driver` (an int; a string for
    'enable_opts')."""
    p = _driver_params(driver, 'get_param')
    if name == 'enable_opts':
        return p.enable_opts
    if name not in PARAMETERS:
        raise JitHintError("unknown JIT parameter '%s'" % name)
    return p.get_int(name)


def _driver_params(driver: Any, fname: str) -> JitParams:
    if not isinstance(driver, JitDriver):
        raise JitHintError("%s() needs a JitDriver, not %r" % (fname, driver))
    return driver.params


# ------------------------------------------------------------ value hints

def promote(x: T) -> T:
    """The JIT turns x into a constant (guarding on its value) in the trace.
    Use on values that rarely change at one place: an object's map, a type."""
    if isinstance(x, (list, dict, set)):
        raise JitHintError("promote() of a %s: promote ints, floats, strings or objects"
                           % type(x).__name__)
    return x


def promote_string(s: str) -> str:
    """Like promote, for a string compared by value (not by identity)."""
    if not isinstance(s, str):
        raise JitHintError("promote_string() takes a str, not %s" % type(s).__name__)
    return s


def we_are_jitted() -> bool:
    """True in code the JIT compiled, False in the interpreter (and always
    False untranslated or translated without the JIT)."""
    return False


# ------------------------------------------------------------ function decorators

HINT_ATTRS = ('_jit_elidable_', '_jit_unroll_safe_', '_jit_dont_look_inside_',
              '_jit_look_inside_iff_')
DECORATORS = ('elidable', 'unroll_safe', 'dont_look_inside', 'look_inside_iff')


def _mark(func: Any, attr: str, value: Any, decorator: str) -> None:
    if not inspect.isfunction(func):
        raise JitHintError("@%s applies to a function, not %r" % (decorator, func))
    conflicts = {
        '_jit_unroll_safe_': ['_jit_dont_look_inside_'],
        '_jit_dont_look_inside_': ['_jit_unroll_safe_', '_jit_look_inside_iff_'],
        '_jit_look_inside_iff_': ['_jit_dont_look_inside_'],
    }
    for other in conflicts.get(attr, []):
        if getattr(func, other, None):
            raise JitHintError("%s(): @%s contradicts @%s" % (
                func.__name__, decorator, DECORATORS[HINT_ATTRS.index(other)]))
    setattr(func, attr, value)


def elidable(func: T) -> T:
    """Promise: the function's result depends only on its arguments, and it
    has no visible side effect (it may cache). With constant arguments the
    JIT calls it at compile time and keeps the result as a constant."""
    _mark(func, '_jit_elidable_', True, 'elidable')
    return func


def unroll_safe(func: T) -> T:
    """The function has loops, but the JIT may trace through them: their
    number of iterations is small and fixed for constant (green) inputs."""
    _mark(func, '_jit_unroll_safe_', True, 'unroll_safe')
    return func


def dont_look_inside(func: T) -> T:
    """The JIT does not trace into the function: it is called as a whole."""
    _mark(func, '_jit_dont_look_inside_', True, 'dont_look_inside')
    return func


def look_inside_iff(predicate: Callable[..., bool]) -> Callable[[T], T]:
    """Trace into the function only when predicate(*args) is true, e.g. when
    an argument is a constant in the trace or a list is short. The predicate
    takes the function's arguments."""
    if not inspect.isfunction(predicate):
        raise JitHintError("look_inside_iff() takes a predicate function")

    def decorate(func: T) -> T:
        if inspect.isfunction(func):
            n1 = len(inspect.signature(func).parameters)
            n2 = len(inspect.signature(predicate).parameters)
            if n1 != n2:
                raise JitHintError("look_inside_iff: the predicate %s() takes %d arguments, "
                                   "%s() takes %d" % (predicate.__name__, n2,
                                                      func.__name__, n1))  # type: ignore[attr-defined]
        _mark(func, '_jit_look_inside_iff_', predicate, 'look_inside_iff')
        return func
    return decorate


def jit_hints_of(func: Any) -> dict[str, Any]:
    """The hints given to a function by the decorators above (for the JIT's
    codewriter and for tests)."""
    return {a.strip('_')[4:]: getattr(func, a) for a in HINT_ATTRS if hasattr(func, a)}
