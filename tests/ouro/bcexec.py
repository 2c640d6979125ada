"""A reference evaluator for ouro's bytecode, running on the HOST CPython.

Test infrastructure only (plain Python 3.11, not RPy): it executes the
CodeObjects the compiler (ouro/compiler/codegen.py) produces, using host
Python objects (ints, strs, lists, host exceptions...), so that a program
compiled by ouro can be run and compared with CPython before the real
interpreter exists.  It follows the opcode table (ouro/compiler/opcodes.py)
to the letter and checks what it can: an instruction that breaks the table's
contract (stack underflow, a bad argument, a value left on the stack at
RETURN_VALUE, a YIELD_VALUE outside a generator...) raises BytecodeError,
which no handler of the program can catch.

Main entry points:
    run_module(code, filename) -> RunResult   execute a module's CodeObject as
                                               __main__ (stdout captured; the
                                               uncaught exception, its last
                                               traceback line, its traceback)
    exec_module(code, name, filename)          execute a library module
    format_exception_line(exc)                 CPython's last traceback line
    disassemble(code) -> str                   a readable listing (recursive)
    check_code(code) -> list[str]              structural problems (empty: ok):
                                               decoding, jump targets, exception
                                               table, positions, stack depths
    from_cpython(hostcode) -> CodeObject       CPython 3.11 bytecode translated
                                               to ouro's (to test the evaluator
                                               itself without the compiler)

Model (CPython's):
- Frame: value stack, fast locals (co_varnames), cells (co_cellvars then
  co_freevars), a locals mapping for module and class bodies.  Cells are
  host cells (`types.CellType`), not a class of ours: the `__classcell__` a
  class body returns must be a real cell for the host `type.__new__` to fill
  it.  An argument that is a cell lives in its cell only (cell2arg).
- The "currently handled exception" is a chain of ExcState items, one for
  the thread and one per running generator (CPython's exc_info chain);
  PUSH_EXC_INFO / POP_EXCEPT change the current item; implicit chaining sets
  __context__ to the topmost handled exception when an exception is raised;
  while a program runs, sys.exc_info() and sys.exception() answer from it.
- Tracebacks: each exception gets a list of (filename, line, function name)
  entries, innermost first, added when CPython adds a traceback entry (not
  by RERAISE, a bare `raise` or END_ASYNC_FOR); exc.__traceback__ is a chain
  of real traceback objects with our line numbers, whose identity changes
  exactly when CPython's would (PREP_RERAISE_STAR compares it).
- Functions are instances of `Function` (with __get__, so methods bind),
  generators/coroutines/async generators instances of our own classes that
  implement the host protocols (so `for`, `list()`, `asyncio.run` work).
  builtins seen by programs: the host's, with our __build_class__, super
  (zero-argument form), locals/globals/vars/dir, exec/eval/compile.  Host
  callables are called through a trampoline whose globals are the caller's
  (namedtuple, Enum... take __module__ from sys._getframe(1)).

Where the table says nothing, CPython 3.11's behaviour is followed: the
docstring of a function is co_consts[0] if it is a str; the annotations of
MAKE_FUNCTION are a flat tuple (name1, value1, name2, value2...); a
YIELD_VALUE directly after a SEND is the delegating yield of `yield from` /
`await` (what gen.throw()/close() delegate through, and what an async
generator passes through to its driver instead of producing a value);
CHECK_EG_MATCH makes the matched group the handled exception; a thrown
exception is chained to the generator's own handled exception.

Not emulated (host limitations): tracing (sys.settrace), real frames
(sys._getframe, tb_frame, f_lineno, inspect on our functions), `Function`
and our generators are not types.FunctionType/GeneratorType/CoroutineType
(pickling, types.coroutine, ExceptionGroup.split(callable) refuse them),
asyncio's finalizer hooks for abandoned async generators; exceptions raised
during a run stay alive until the next run (their traceback records).
"""
from __future__ import annotations

import builtins
import dis as host_dis
import io
import operator
import sys
import types
from typing import Any

from ouro.compiler import opcodes as O
from ouro.compiler.code import (CodeObject, ConstCode, ConstFrozenset, ConstTuple,
                                encode_exceptiontable, encode_linetable)
from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstEllipsis,
                                    ConstFloat, ConstInt, ConstNone, ConstStr, ConstValue)

CellType = types.CellType

# the builtins this module uses, bound now: a program may replace
# builtins.len & co for a while (test_functools does), which must not
# change the evaluator
globals().update({_k: _v for _k, _v in vars(builtins).items()
                  if not _k.startswith("_") and _k not in ("copyright", "credits", "license",
                                                          "exit", "quit", "help")})


class BytecodeError(BaseException):
    """The bytecode broke the opcode table's contract (a compiler bug, or an
    evaluator bug).  Never caught by the program's handlers."""


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


NULL = _Marker("NULL")          # the stack marker of PUSH_NULL / LOAD_METHOD
UNBOUND = _Marker("<unbound>")  # an unset fast local
NOSEND = _Marker("<nosend>")    # run_frame: nothing to push on entry


# ---------------------------------------------------------------- constants

def const_to_host(c: ConstValue) -> Any:
    if isinstance(c, ConstNone):
        return None
    if isinstance(c, ConstBool):
        return bool(c.value)
    if isinstance(c, ConstEllipsis):
        return ...
    if isinstance(c, ConstInt):
        return int(c.digits)
    if isinstance(c, ConstFloat):
        return float(c.value)
    if isinstance(c, ConstComplex):
        return complex(c.real, c.imag)
    if isinstance(c, ConstStr):
        return c.value
    if isinstance(c, ConstBytes):
        return bytes(c.value)
    if isinstance(c, ConstTuple):
        return tuple(const_to_host(x) for x in c.items)
    if isinstance(c, ConstFrozenset):
        return frozenset(const_to_host(x) for x in c.items)
    if isinstance(c, ConstCode):
        return c.code
    raise BytecodeError("unknown constant %r" % (c,))


# ---------------------------------------------------------------- code info

class Instr:
    """One decoded instruction: `start` the unit where its EXTENDED_ARG
    prefixes begin, `index` the unit of the opcode itself, `next` the unit
    after it."""
    __slots__ = ("op", "arg", "start", "index", "next")

    def __init__(self, op: int, arg: int, start: int, index: int, nxt: int) -> None:
        self.op = op
        self.arg = arg
        self.start = start
        self.index = index
        self.next = nxt


NON_MINIMAL = "non-minimal EXTENDED_ARG"


def decode(code: CodeObject) -> tuple[list[Instr], list[str]]:
    """The instructions of `code` in order (EXTENDED_ARG folded into the
    instruction they prefix) and a list of problems found."""
    raw = code.co_code
    problems: list[str] = []
    if len(raw) % 2:
        problems.append("co_code has an odd length")
    n = len(raw) // 2
    out: list[Instr] = []
    u = 0
    while u < n:
        start = u
        arg = 0
        nprefix = 0
        while True:
            op = raw[2 * u]
            arg = (arg << 8) | raw[2 * u + 1]
            if op != O.EXTENDED_ARG:
                break
            nprefix += 1
            u += 1
            if u >= n:
                problems.append("EXTENDED_ARG at the end of the code (unit %d)" % start)
                return out, problems
        if op not in O.OPINFO:
            problems.append("unknown opcode %d at %d" % (op, u))
        elif op < O.HAVE_ARGUMENT and raw[2 * u + 1] != 0:
            problems.append("%s at %d has a non-zero argument byte" % (O.opname(op), u))
        elif op < O.HAVE_ARGUMENT and nprefix:
            problems.append("EXTENDED_ARG before %s (no argument) at %d" % (O.opname(op), u))
        if nprefix and (arg >> (8 * nprefix)) == 0 and (arg >> (8 * (nprefix - 1))) == 0:
            # the first prefix carries only zero bits: legal, not minimal
            problems.append(NON_MINIMAL + " before %s at %d (arg %d)" % (O.opname(op), u, arg))
        out.append(Instr(op, arg, start, u, u + 1))
        u += 1
    return out, problems


class CodeInfo:
    """Everything the evaluator derives once from a CodeObject."""

    def __init__(self, code: CodeObject) -> None:
        self.code = code
        instrs, problems = decode(code)
        self.instrs = instrs
        self.problems = problems
        n = code.ninstructions()
        # by_unit[u]: the instruction decoded from unit u (a jump target must
        # be the start of an instruction; mid-prefix targets decode from there)
        self.by_unit: list[Instr | None] = [None] * n
        self.by_index: dict[int, Instr] = {}
        for ins in instrs:
            self.by_index[ins.index] = ins
            for u in range(ins.start, ins.index + 1):
                if u == ins.start:
                    self.by_unit[u] = ins
                else:
                    # decode from the middle of a prefix run (CPython would)
                    arg = 0
                    for w in range(u, ins.index + 1):
                        arg = (arg << 8) | code.co_code[2 * w + 1]
                    self.by_unit[u] = Instr(ins.op, arg, u, ins.index, ins.next)
        self.consts = [const_to_host(c) for c in code.co_consts]
        self.cell2arg = code.cell2arg()
        self.ncells = len(code.co_cellvars)
        self.nfree = len(code.co_freevars)
        self.cellnames = list(code.co_cellvars) + list(code.co_freevars)
        self.maxdepth = 0
        self._lines: list[int] | None = None
        self.check_args()

    def check_args(self) -> None:
        code = self.code
        n = code.ninstructions()
        for ins in self.instrs:
            info = O.OPINFO.get(ins.op)
            if info is None:
                continue
            a = ins.arg
            kind = info.arg
            bad = False
            if kind == O.ARG_CONST:
                bad = a >= len(code.co_consts)
            elif kind == O.ARG_NAME:
                bad = a >= len(code.co_names)
            elif kind == O.ARG_LOCAL:
                bad = a >= len(code.co_varnames)
            elif kind == O.ARG_DEREF:
                bad = a >= self.ncells + self.nfree
            elif kind == O.ARG_JUMP:
                bad = a >= n
            elif kind == O.ARG_CMP:
                bad = a >= len(O.CMP_OPS)
            elif kind == O.ARG_BINOP:
                bad = a >= len(O.BINARY_OPS)
            if bad:
                self.problems.append("%s at %d: argument %d out of range" % (info.name, ins.index, a))

    def line_of(self, index: int) -> int:
        if self._lines is None:
            pos = self.code.positions()
            self._lines = [pos[4 * i] for i in range(len(pos) // 4)]
        if 0 <= index < len(self._lines):
            return self._lines[index]
        return -1


_INFOS: dict[int, tuple[CodeObject, CodeInfo]] = {}


def code_info(code: CodeObject) -> CodeInfo:
    entry = _INFOS.get(id(code))
    if entry is not None and entry[0] is code:
        return entry[1]
    info = CodeInfo(code)
    fatal = [p for p in info.problems if not p.startswith(NON_MINIMAL)]
    if fatal and RT.strict:
        raise BytecodeError("%s (%s line %d): %s" % (code.co_name, code.co_filename,
                                                   code.co_firstlineno, "; ".join(fatal)))
    _INFOS[id(code)] = (code, info)
    return info


# ---------------------------------------------------------------- runtime state

class ExcState:
    """One item of the exc_info chain: the thread's, or a generator's."""
    __slots__ = ("exc_value", "previous")

    def __init__(self) -> None:
        self.exc_value: BaseException | None = None
        self.previous: ExcState | None = None


class TbEntry:
    """One traceback entry.  Keeps what the "Did you mean" suggestion of an
    uncaught NameError needs, not the frame (whose locals would stay alive)."""
    __slots__ = ("filename", "line", "name", "code", "globals", "builtins")

    def __init__(self, filename: str, line: int, name: str, frame: Frame) -> None:
        self.filename = filename
        self.line = line
        self.name = name
        self.code = frame.code
        self.globals = frame.globals
        self.builtins = frame.builtins


class Runtime:
    """The evaluator's global state (one "thread")."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.exc_info = ExcState()
        self.frames: list[Frame] = []
        # id(exc) -> [exc, traceback entries innermost first, __traceback__,
        # optional "seen" marker]; an exception in here with entries or the
        # marker has been "seen" (its context was decided when raised)
        self.tbs: dict[int, list[Any]] = {}
        self.strict = True
        self.codes_run: dict[int, CodeInfo] = {}

    def topmost_exception(self) -> BaseException | None:
        s: ExcState | None = self.exc_info
        while s is not None:
            if s.exc_value is not None:
                return s.exc_value
            s = s.previous
        return None

    def tb_of(self, exc: BaseException) -> list[TbEntry]:
        e = self.tbs.get(id(exc))
        if e is None or e[0] is not exc:
            e = [exc, [], exc.__traceback__]
            self.tbs[id(exc)] = e
        return e[1]

    def mark_seen(self, exc: BaseException) -> None:
        """exc's context is decided (raised by RAISE_VARARGS, thrown...)."""
        self.tb_of(exc)
        e = self.tbs[id(exc)]
        if len(e) == 3:
            e.append(True)


RT = Runtime()


def set_context(exc: BaseException, ctx: BaseException | None) -> None:
    """CPython's implicit chaining (_PyErr_SetObject): exc.__context__ = ctx,
    breaking a cycle through ctx's context chain."""
    if ctx is None or ctx is exc:
        return
    o = ctx
    steps = 0
    while steps < 10000:
        c = o.__context__
        if c is None:
            break
        if c is exc:
            o.__context__ = None
            break
        o = c
        steps += 1
    exc.__context__ = ctx


def new_exc(cls: type, msg: str, **attrs: Any) -> BaseException:
    e = cls(msg)
    for k, v in attrs.items():
        setattr(e, k, v)
    return e


def name_error(name: str) -> BaseException:
    return NameError("name '%s' is not defined" % name, name=name)


def unbound_local(name: str) -> BaseException:
    return UnboundLocalError(
        "cannot access local variable '%s' where it is not associated with a value" % name)


def unbound_free(name: str) -> BaseException:
    return NameError("cannot access free variable '%s' where it is not associated with a "
                     "value in enclosing scope" % name, name=name)


def type_name(x: Any) -> str:
    return type(x).__name__


def lookup_special(obj: Any, name: str) -> Any:
    """_PyObject_LookupSpecial: the attribute found on the type, bound;
    None if missing."""
    for klass in type(obj).__mro__:
        d = klass.__dict__
        if name in d:
            attr = d[name]
            get = getattr(type(attr), "__get__", None)
            if get is None:
                return attr
            return get(attr, obj, type(obj))
    return None


def function_str(f: Any) -> str:
    """_PyObject_FunctionStr: 'module.qualname()' (no module for builtins)."""
    try:
        q = f.__qualname__
    except AttributeError:
        q = None
    if not isinstance(q, str):
        return str(f)
    try:
        m = f.__module__
    except AttributeError:
        m = None
    if m is not None and m != "builtins":
        return "%s.%s()" % (m, q)
    return "%s()" % q


# ---------------------------------------------------------------- cells

def cell_new() -> CellType:
    return CellType()


def cell_get(c: CellType) -> Any:
    """The content of a cell, UNBOUND if empty."""
    try:
        return c.cell_contents
    except ValueError:
        return UNBOUND


def cell_set(c: CellType, v: Any) -> None:
    c.cell_contents = v


def cell_clear(c: CellType) -> bool:
    """Empties the cell; False if it was already empty."""
    try:
        del c.cell_contents
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------- functions

class Function:
    """A function made by MAKE_FUNCTION.  Slots keep `f.__dict__` for the
    program's own attributes, as CPython's."""
    __slots__ = ("__code__", "__globals__", "__name__", "__qualname__", "__defaults__",
                 "__kwdefaults__", "__annotations__", "__closure__", "_doc", "_module",
                 "_builtins", "__dict__", "__weakref__")

    def __init__(self, code: CodeObject, globals_: dict, defaults: tuple | None,
                 kwdefaults: dict | None, annotations: dict | None,
                 closure: tuple | None) -> None:
        self.__code__ = code
        self.__globals__ = globals_
        self.__name__ = code.co_name
        self.__qualname__ = code.co_qualname
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self.__annotations__ = annotations if annotations is not None else {}
        self.__closure__ = closure
        # CPython 3.11: the docstring is co_consts[0] if it is a str (the
        # compiler puts None first in a function without a docstring)
        doc = None
        if code.co_consts and isinstance(code.co_consts[0], ConstStr):
            doc = code.co_consts[0].value
        self._doc = doc
        self._module = globals_.get("__name__")
        self._builtins = get_builtins(globals_)

    def _get_doc(self) -> Any:
        return self._doc

    def _set_doc(self, v: Any) -> None:
        self._doc = v

    __doc__ = property(_get_doc, _set_doc)  # type: ignore[assignment]

    def _get_module(self) -> Any:
        return self._module

    def _set_module(self, v: Any) -> None:
        self._module = v

    __module__ = property(_get_module, _set_module)  # type: ignore[assignment]

    def __get__(self, obj: Any, objtype: Any = None) -> Any:
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __call__(self, /, *args: Any, **kwargs: Any) -> Any:
        return call_function(self, args, kwargs)

    def __repr__(self) -> str:
        return "<function %s at 0x%x>" % (self.__qualname__, id(self))


_DEFAULT_BUILTINS: dict[str, Any] = {}


def get_builtins(globals_: dict) -> dict:
    b = globals_.get("__builtins__")
    if isinstance(b, dict):
        return b
    if isinstance(b, types.ModuleType):
        return b.__dict__
    return _DEFAULT_BUILTINS


def _format_missing(qualname: str, kind: str, names: list[str]) -> str:
    names = [repr(n) for n in names]
    if len(names) == 1:
        s = names[0]
    elif len(names) == 2:
        s = "%s and %s" % (names[0], names[1])
    else:
        s = ", ".join(names[:-2]) + ", %s, and %s" % (names[-2], names[-1])
    return "%s() missing %d required %s argument%s: %s" % (
        qualname, len(names), kind, "" if len(names) == 1 else "s", s)


def bind_arguments(func: Function, code: CodeObject, fast: list, args: tuple, kwargs: dict) -> None:
    """CPython 3.11's initialize_locals, with its messages."""
    qualname = func.__qualname__
    argcount = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly = code.co_kwonlyargcount
    total = argcount + kwonly
    flags = code.co_flags
    varnames = code.co_varnames
    kwdict: dict[str, Any] | None = None
    if flags & O.CO_VARKEYWORDS:
        kwdict = {}
        i = total + (1 if flags & O.CO_VARARGS else 0)
        fast[i] = kwdict
    nargs = len(args)
    n = min(nargs, argcount)
    for i in range(n):
        fast[i] = args[i]
    if flags & O.CO_VARARGS:
        fast[total] = tuple(args[n:])
    for name, value in kwargs.items():
        if not isinstance(name, str):
            raise TypeError("keywords must be strings")
        idx = -1
        for j in range(posonly, total):
            if varnames[j] == name:
                idx = j
                break
        if idx < 0:
            if kwdict is None:
                if posonly:
                    conflicts = [k for p in varnames[:posonly] for k in kwargs if k == p]
                    if conflicts:
                        raise TypeError("%s() got some positional-only arguments passed as "
                                        "keyword arguments: '%s'" % (qualname, ", ".join(conflicts)))
                raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
            kwdict[name] = value
            continue
        if fast[idx] is not UNBOUND:
            raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
        fast[idx] = value
    if nargs > argcount and not (flags & O.CO_VARARGS):
        kwonly_given = sum(1 for i in range(argcount, total) if fast[i] is not UNBOUND)
        defaults = func.__defaults__ or ()
        if defaults:
            plural = True
            sig = "from %d to %d" % (argcount - len(defaults), argcount)
        else:
            plural = argcount != 1
            sig = "%d" % argcount
        if kwonly_given:
            kwsig = " positional argument%s (and %d keyword-only argument%s)" % (
                "s" if nargs != 1 else "", kwonly_given, "s" if kwonly_given != 1 else "")
        else:
            kwsig = ""
        raise TypeError("%s() takes %s positional argument%s but %d%s %s given" % (
            qualname, sig, "s" if plural else "", nargs, kwsig,
            "was" if nargs == 1 and not kwonly_given else "were"))
    if nargs < argcount:
        defaults = func.__defaults__ or ()
        defcount = len(defaults)
        m = argcount - defcount
        missing = [varnames[i] for i in range(nargs, m) if fast[i] is UNBOUND]
        if missing:
            missing = [varnames[i] for i in range(0, m) if fast[i] is UNBOUND]
            raise TypeError(_format_missing(qualname, "positional", missing))
        i = n - m if n > m else 0
        while i < defcount:
            if fast[m + i] is UNBOUND:
                fast[m + i] = defaults[i]
            i += 1
    if kwonly:
        missing = []
        kwdefaults = func.__kwdefaults__
        for i in range(argcount, total):
            if fast[i] is not UNBOUND:
                continue
            name = varnames[i]
            if kwdefaults is not None and name in kwdefaults:
                fast[i] = kwdefaults[name]
                continue
            missing.append(name)
        if missing:
            raise TypeError(_format_missing(qualname, "keyword-only", missing))


def new_frame(code: CodeObject, globals_: dict, builtins_: dict, locals_: Any,
              closure: tuple | None, func: Function | None) -> Frame:
    info = code_info(code)
    f = Frame(code, info, globals_, builtins_, locals_, func)
    nclosure = len(closure) if closure is not None else 0
    if nclosure != info.nfree:
        raise BytecodeError("%s: %d free variables but a closure of %d cells" % (
            code.co_qualname, info.nfree, nclosure))
    if closure:
        for c in closure:
            if not isinstance(c, CellType):
                raise BytecodeError("%s: the closure holds a non-cell %r" % (code.co_qualname, c))
        f.cells[info.ncells:] = list(closure)
    return f


def init_cells(f: Frame) -> None:
    """Creates the cell variables (after the arguments are bound).  An
    argument that is a cell lives in its cell only (CPython's MAKE_CELL
    replaces the local): its fast slot is emptied."""
    info = f.info
    for i in range(info.ncells):
        c = cell_new()
        a = info.cell2arg[i]
        if a >= 0 and f.fast[a] is not UNBOUND:
            cell_set(c, f.fast[a])
            f.fast[a] = UNBOUND
        f.cells[i] = c


def call_function(func: Function, args: tuple, kwargs: dict) -> Any:
    code = func.__code__
    flags = code.co_flags
    f = new_frame(code, func.__globals__, func._builtins, None, func.__closure__, func)
    bind_arguments(func, code, f.fast, args, kwargs)
    init_cells(f)
    if flags & O.CO_GENERATOR:
        return Generator(f, func)
    if flags & O.CO_COROUTINE:
        return Coroutine(f, func)
    if flags & O.CO_ASYNC_GENERATOR:
        return AsyncGenerator(f, func)
    kind, value = run_frame(f)
    if kind != "return":
        raise BytecodeError("%s: YIELD_VALUE in a function that is not a generator" % code.co_qualname)
    return value


# ---------------------------------------------------------------- frames

class Frame:
    def __init__(self, code: CodeObject, info: CodeInfo, globals_: dict, builtins_: dict,
                 locals_: Any, func: Function | None) -> None:
        self.code = code
        self.info = info
        self.globals = globals_
        self.builtins = builtins_
        self.locals = locals_
        self.func = func
        self.fast: list[Any] = [UNBOUND] * len(code.co_varnames)
        self.cells: list[Any] = [None] * (info.ncells + info.nfree)
        self.stack: list[Any] = []
        self.pc = 0
        self.lasti = -1
        self.raise_mode = 0      # RAISE_FRESH / RAISE_RAISED / RAISE_RERAISE
        self.saved_tb: Any = None  # exc.__traceback__ before our own `raise`
        self.is_generator = False  # run by a generator (no reference to it: CPython
        # finalizes an abandoned generator as soon as its last reference goes)
        RT.codes_run[id(code)] = info

    # -- stack helpers (underflow is a bytecode error, not a program error)
    def pop(self) -> Any:
        if not self.stack:
            raise BytecodeError("stack underflow in %s at %d (%s)" % (
                self.code.co_qualname, self.lasti, self.current_opname()))
        return self.stack.pop()

    def popn(self, n: int) -> list[Any]:
        if n < 0 or n > len(self.stack):
            raise BytecodeError("stack underflow in %s at %d (%s): popping %d of %d" % (
                self.code.co_qualname, self.lasti, self.current_opname(), n, len(self.stack)))
        if n == 0:
            return []
        items = self.stack[-n:]
        del self.stack[-n:]
        return items

    def peek(self, n: int) -> Any:
        """The entry n from the top (1 = the top)."""
        if n < 1 or n > len(self.stack):
            raise BytecodeError("stack underflow in %s at %d (%s): peeking %d of %d" % (
                self.code.co_qualname, self.lasti, self.current_opname(), n, len(self.stack)))
        return self.stack[-n]

    def current_opname(self) -> str:
        ins = self.info.by_index.get(self.lasti)
        return O.opname(ins.op) if ins is not None else "?"

    def value(self, x: Any) -> Any:
        """Checks that x is a Python value (not the NULL marker)."""
        if x is NULL or x is UNBOUND:
            raise BytecodeError("%s at %d in %s: NULL where a value is expected" % (
                self.current_opname(), self.lasti, self.code.co_qualname))
        return x

    def locals_dict(self) -> Any:
        """locals(): the mapping of a module or class body; for a function
        a new dict of the bound fast locals and cells (as CPython's)."""
        if self.locals is not None:
            return self.locals
        d: dict[str, Any] = {}
        code = self.code
        for i, name in enumerate(code.co_varnames):
            v = self.fast[i]
            if v is not UNBOUND:
                d[name] = v
        for i, name in enumerate(self.info.cellnames):
            c = self.cells[i]
            if c is None:
                continue
            v = cell_get(c)
            if v is not UNBOUND:
                d[name] = v
            elif name in d and i < self.info.ncells:
                del d[name]
        return d


RAISE_FRESH = 0      # an exception from executing an instruction
RAISE_RAISED = 1     # RAISE_VARARGS 1/2: context already set, add a traceback entry
RAISE_RERAISE = 2    # RERAISE, bare raise, END_ASYNC_FOR: traceback unchanged


def record_exception(f: Frame, exc: BaseException, mode: int, thrown: bool) -> None:
    """What CPython does when an exception appears in a frame: implicit
    chaining for a new exception, a traceback entry unless re-raised.

    exc.__traceback__ is kept as CPython's would be: a chain of real
    traceback objects (carrying our line numbers; their frames are host
    frames), extended exactly when CPython adds an entry.  The host's own
    `raise` statements change __traceback__; it is restored here."""
    rec = RT.tbs.get(id(exc))
    if rec is not None and rec[0] is not exc:
        rec = None
    if mode == RAISE_RERAISE or mode == RAISE_RAISED:
        prev_tb = f.saved_tb
    elif rec is not None:
        prev_tb = rec[2]
    elif thrown:
        prev_tb = exc.__traceback__
    else:
        prev_tb = None
    f.saved_tb = None
    if rec is None:
        rec = [exc, [], prev_tb]
        RT.tbs[id(exc)] = rec
    if mode == RAISE_RERAISE:
        rec[2] = prev_tb
        exc.__traceback__ = prev_tb
        return
    if mode == RAISE_FRESH and not thrown and len(rec[1]) == 0 and not rec[3:]:
        if exc.__context__ is None:
            set_context(exc, RT.topmost_exception())
    line = f.info.line_of(f.lasti)
    rec[1].append(TbEntry(f.code.co_filename, line, f.code.co_name, f))
    tb = types.TracebackType(prev_tb, _INERT_FRAME, -1, line if line >= 0 else 0)
    rec[2] = tb
    exc.__traceback__ = tb


# the tb_frame of our traceback objects: a finished frame holding nothing
# (a real frame of the evaluator would keep its callers' arguments alive)
_INERT_FRAME = (lambda: sys._getframe())()


def run_frame(f: Frame, send: Any = NOSEND, throw: BaseException | None = None) -> tuple[str, Any]:
    """Runs (or resumes) a frame until it returns or yields: ('return', v)
    or ('yield', v).  An exception no handler catches propagates."""
    RT.frames.append(f)
    try:
        if send is not NOSEND:
            f.stack.append(send)
        exc = throw
        thrown = throw is not None
        while True:
            if exc is None:
                try:
                    return execute(f)
                except BytecodeError:
                    raise
                except BaseException as e:   # noqa: B036 -- every program exception
                    exc = e
                thrown = False
            mode = f.raise_mode
            f.raise_mode = RAISE_FRESH
            record_exception(f, exc, mode, thrown)
            target, depth = f.code.find_handler(f.lasti)
            if target < 0:
                raise exc
            if depth > len(f.stack):
                raise BytecodeError("%s: the handler of instruction %d wants depth %d but the "
                                    "stack has %d entries" % (f.code.co_qualname, f.lasti, depth,
                                                              len(f.stack)))
            del f.stack[depth:]
            f.stack.append(exc)
            if len(f.stack) > f.info.maxdepth:
                f.info.maxdepth = len(f.stack)
            f.pc = target
            exc = None
    finally:
        RT.frames.pop()


def execute(f: Frame) -> tuple[str, Any]:
    by_unit = f.info.by_unit
    stack = f.stack
    info = f.info
    handlers = HANDLERS
    n = len(by_unit)
    while True:
        pc = f.pc
        if not 0 <= pc < n:
            raise BytecodeError("%s: execution ran off the code (unit %d of %d)" % (
                f.code.co_qualname, pc, n))
        ins = by_unit[pc]
        if ins is None:
            raise BytecodeError("%s: no instruction at unit %d" % (f.code.co_qualname, pc))
        f.lasti = ins.index
        f.pc = ins.next
        h = handlers[ins.op]
        if h is None:
            raise BytecodeError("unknown opcode %d" % ins.op)
        r = h(f, ins.arg)
        if len(stack) > info.maxdepth:
            info.maxdepth = len(stack)
        if r is not None:
            return r


# ---------------------------------------------------------------- opcode handlers

HANDLERS: list[Any] = [None] * 256


def op(name: str) -> Any:
    def deco(fn: Any) -> Any:
        HANDLERS[O.OPMAP[name]] = fn
        return fn
    return deco


_MISSING = _Marker("<missing>")


def mapping_get(m: Any, name: Any) -> Any:
    """m[name], or _MISSING on KeyError (the lookup of LOAD_NAME & co)."""
    if type(m) is dict:
        return m.get(name, _MISSING)
    try:
        return m[name]
    except KeyError:
        return _MISSING


def need_locals(f: Frame) -> Any:
    if f.locals is None:
        raise BytecodeError("%s at %d in %s: no locals mapping (a function frame)" % (
            f.current_opname(), f.lasti, f.code.co_qualname))
    return f.locals


# Host functions that look at their caller's globals (namedtuple, Enum,
# TypedDict, NewType use sys._getframe(1).f_globals["__name__"] for
# __module__) must see the program's: they are called through a trampoline
# whose globals are the calling frame's (its file is this one, so that
# super() and locals() still know the caller is ours).
_TRAMPOLINE_CODE = builtins.compile(
    "def _ouro_call(fn, args, kwargs):\n    return fn(*args, **kwargs)\n",
    __file__, "exec", dont_inherit=True).co_consts[0]
_TRAMPOLINES: dict[int, tuple[dict, Any]] = {}


def trampoline(g: dict) -> Any:
    t = _TRAMPOLINES.get(id(g))
    if t is None or t[0] is not g:
        t = (g, types.FunctionType(_TRAMPOLINE_CODE, g, "_ouro_call"))
        _TRAMPOLINES[id(g)] = t
    return t[1]


def do_call(fn: Any, args: tuple, kwargs: dict | None, g: dict | None = None) -> Any:
    if type(fn) is Function:
        return call_function(fn, args, kwargs or {})
    if g is not None:
        return trampoline(g)(fn, args, kwargs or {})
    if kwargs:
        return fn(*args, **kwargs)
    return fn(*args)


@op("NOP")
def op_nop(f: Frame, arg: int) -> None:
    pass


@op("POP_TOP")
def op_pop_top(f: Frame, arg: int) -> None:
    f.pop()


@op("PUSH_NULL")
def op_push_null(f: Frame, arg: int) -> None:
    f.stack.append(NULL)


@op("UNARY_POSITIVE")
def op_unary_positive(f: Frame, arg: int) -> None:
    f.stack.append(+f.value(f.pop()))


@op("UNARY_NEGATIVE")
def op_unary_negative(f: Frame, arg: int) -> None:
    f.stack.append(-f.value(f.pop()))


@op("UNARY_NOT")
def op_unary_not(f: Frame, arg: int) -> None:
    f.stack.append(not f.value(f.pop()))


@op("UNARY_INVERT")
def op_unary_invert(f: Frame, arg: int) -> None:
    f.stack.append(~f.value(f.pop()))


@op("BINARY_SUBSCR")
def op_binary_subscr(f: Frame, arg: int) -> None:
    k = f.value(f.pop())
    c = f.value(f.pop())
    f.stack.append(c[k])


@op("STORE_SUBSCR")
def op_store_subscr(f: Frame, arg: int) -> None:
    k = f.value(f.pop())
    c = f.value(f.pop())
    v = f.value(f.pop())
    c[k] = v


@op("DELETE_SUBSCR")
def op_delete_subscr(f: Frame, arg: int) -> None:
    k = f.value(f.pop())
    c = f.value(f.pop())
    del c[k]


@op("GET_ITER")
def op_get_iter(f: Frame, arg: int) -> None:
    f.stack.append(iter(f.value(f.pop())))


def is_coroutine_obj(x: Any) -> bool:
    return isinstance(x, (Coroutine, types.CoroutineType))


def is_generator_obj(x: Any) -> bool:
    return isinstance(x, (Generator, types.GeneratorType))


@op("GET_YIELD_FROM_ITER")
def op_get_yield_from_iter(f: Frame, arg: int) -> None:
    x = f.value(f.pop())
    if is_coroutine_obj(x):
        if not (f.code.co_flags & (O.CO_COROUTINE | O.CO_ITERABLE_COROUTINE)):
            raise TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
        f.stack.append(x)
    elif is_generator_obj(x):
        f.stack.append(x)
    else:
        f.stack.append(iter(x))


@op("GET_AITER")
def op_get_aiter(f: Frame, arg: int) -> None:
    obj = f.value(f.pop())
    getter = getattr(type(obj), "__aiter__", None)
    if getter is None:
        raise TypeError("'async for' requires an object with __aiter__ method, got %s" % type_name(obj))
    it = getter(obj)
    if getattr(type(it), "__anext__", None) is None:
        raise TypeError("'async for' received an object from __aiter__ that does not implement "
                        "__anext__: %s" % type_name(it))
    f.stack.append(it)


@op("GET_ANEXT")
def op_get_anext(f: Frame, arg: int) -> None:
    ait = f.value(f.peek(1))
    getter = getattr(type(ait), "__anext__", None)
    if getter is None:
        raise TypeError("'async for' requires an iterator with __anext__ method, got %s" % type_name(ait))
    nxt = getter(ait)
    err = None
    try:
        aw = get_awaitable_iter(nxt)
    except TypeError as e:
        err = e
    if err is not None:
        new = TypeError("'async for' received an invalid object from __anext__: %s" % type_name(nxt))
        new.__cause__ = err
        new.__context__ = err
        raise new
    f.stack.append(aw)


@op("BEFORE_ASYNC_WITH")
def op_before_async_with(f: Frame, arg: int) -> None:
    mgr = f.value(f.pop())
    enter = lookup_special(mgr, "__aenter__")
    if enter is None:
        raise TypeError("'%s' object does not support the asynchronous context manager protocol"
                        % type_name(mgr))
    exit_ = lookup_special(mgr, "__aexit__")
    if exit_ is None:
        raise TypeError("'%s' object does not support the asynchronous context manager protocol "
                        "(missed __aexit__ method)" % type_name(mgr))
    f.stack.append(exit_)
    f.stack.append(enter())


@op("BEFORE_WITH")
def op_before_with(f: Frame, arg: int) -> None:
    mgr = f.value(f.pop())
    enter = lookup_special(mgr, "__enter__")
    if enter is None:
        raise TypeError("'%s' object does not support the context manager protocol" % type_name(mgr))
    exit_ = lookup_special(mgr, "__exit__")
    if exit_ is None:
        raise TypeError("'%s' object does not support the context manager protocol "
                        "(missed __exit__ method)" % type_name(mgr))
    f.stack.append(exit_)
    f.stack.append(enter())


def check_exception(f: Frame, exc: Any, what: str) -> BaseException:
    if not isinstance(exc, BaseException):
        raise BytecodeError("%s at %d in %s: %r is not an exception" % (
            what, f.lasti, f.code.co_qualname, exc))
    return exc


@op("END_ASYNC_FOR")
def op_end_async_for(f: Frame, arg: int) -> None:
    exc = check_exception(f, f.pop(), "END_ASYNC_FOR")
    f.pop()
    if isinstance(exc, StopAsyncIteration):
        return
    f.saved_tb = exc.__traceback__
    f.raise_mode = RAISE_RERAISE
    raise exc


@op("WITH_EXCEPT_START")
def op_with_except_start(f: Frame, arg: int) -> None:
    exc = check_exception(f, f.peek(1), "WITH_EXCEPT_START")
    exit_ = f.value(f.peek(3))
    res = exit_(type(exc), exc, exc.__traceback__)
    f.stack.append(res)


@op("PUSH_EXC_INFO")
def op_push_exc_info(f: Frame, arg: int) -> None:
    exc = check_exception(f, f.pop(), "PUSH_EXC_INFO")
    prev = RT.exc_info.exc_value
    f.stack.append(prev)
    RT.exc_info.exc_value = exc
    f.stack.append(exc)


@op("POP_EXCEPT")
def op_pop_except(f: Frame, arg: int) -> None:
    prev = f.pop()
    if prev is not None and not isinstance(prev, BaseException):
        raise BytecodeError("POP_EXCEPT at %d in %s: %r is not an exception or None" % (
            f.lasti, f.code.co_qualname, prev))
    RT.exc_info.exc_value = prev


@op("RERAISE")
def op_reraise(f: Frame, arg: int) -> None:
    exc = check_exception(f, f.pop(), "RERAISE")
    f.saved_tb = exc.__traceback__
    f.raise_mode = RAISE_RERAISE
    raise exc


CANNOT_CATCH_MSG = "catching classes that do not inherit from BaseException is not allowed"


def is_exc_class(x: Any) -> bool:
    return isinstance(x, type) and issubclass(x, BaseException)


def check_except_type_valid(t: Any) -> None:
    if isinstance(t, tuple):
        for x in t:
            if not is_exc_class(x):
                raise TypeError(CANNOT_CATCH_MSG)
    elif not is_exc_class(t):
        raise TypeError(CANNOT_CATCH_MSG)


@op("CHECK_EXC_MATCH")
def op_check_exc_match(f: Frame, arg: int) -> None:
    t = f.value(f.pop())
    exc = check_exception(f, f.peek(1), "CHECK_EXC_MATCH")
    check_except_type_valid(t)
    f.stack.append(isinstance(exc, t))


@op("CHECK_EG_MATCH")
def op_check_eg_match(f: Frame, arg: int) -> None:
    t = f.value(f.pop())
    eg = f.pop()
    check_except_type_valid(t)
    ts = t if isinstance(t, tuple) else (t,)
    if any(issubclass(x, BaseExceptionGroup) for x in ts):
        raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    if eg is None:
        match, rest = None, None
    else:
        check_exception(f, eg, "CHECK_EG_MATCH")
        if isinstance(eg, t):
            if isinstance(eg, BaseExceptionGroup):
                match = eg
            else:
                match = BaseExceptionGroup("", [eg])
            rest = None
        elif isinstance(eg, BaseExceptionGroup):
            match, rest = eg.split(t)
        else:
            match, rest = None, eg
    if match is None:
        # CPython: the stack stays [eg None]
        f.stack.append(eg)
        f.stack.append(None)
    else:
        f.stack.append(rest)
        f.stack.append(match)
        # CPython sets the handled exception to the match (bare `raise`
        # in the clause re-raises it)
        RT.exc_info.exc_value = match


def _leaf_ids(e: BaseException, acc: set[int]) -> None:
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            _leaf_ids(x, acc)
    else:
        acc.add(id(e))


def _same_metadata(a: BaseException, b: BaseException) -> bool:
    return (getattr(a, "__notes__", None) is getattr(b, "__notes__", None)
            and a.__traceback__ is b.__traceback__ and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def _projection(eg: Any, keep: list[BaseException]) -> Any:
    ids: set[int] = set()
    for e in keep:
        _leaf_ids(e, ids)
    match, rest = eg.split(lambda leaf: not isinstance(leaf, BaseExceptionGroup) and id(leaf) in ids)
    return match


def prep_reraise_star(orig: Any, excs: list) -> Any:
    """CPython 3.11's _PyExc_PrepReraiseStar."""
    if len(excs) == 0:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised: list[BaseException] = []
    reraised: list[BaseException] = []
    for e in excs:
        if e is None:
            continue
        if _same_metadata(e, orig):
            reraised.append(e)
        else:
            raised.append(e)
    reraised_eg = _projection(orig, reraised)
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return BaseExceptionGroup("", raised)
    return raised[0]


@op("PREP_RERAISE_STAR")
def op_prep_reraise_star(f: Frame, arg: int) -> None:
    excs = f.pop()
    orig = f.pop()
    if not isinstance(excs, list):
        raise BytecodeError("PREP_RERAISE_STAR at %d in %s: %r is not a list" % (
            f.lasti, f.code.co_qualname, excs))
    f.stack.append(prep_reraise_star(orig, excs))


@op("LOAD_ASSERTION_ERROR")
def op_load_assertion_error(f: Frame, arg: int) -> None:
    f.stack.append(AssertionError)


@op("LOAD_BUILD_CLASS")
def op_load_build_class(f: Frame, arg: int) -> None:
    bc = mapping_get(f.builtins, "__build_class__")
    if bc is _MISSING:
        raise NameError("__build_class__ not found")
    f.stack.append(bc)


@op("SETUP_ANNOTATIONS")
def op_setup_annotations(f: Frame, arg: int) -> None:
    loc = need_locals(f)
    if mapping_get(loc, "__annotations__") is _MISSING:
        loc["__annotations__"] = {}


@op("RETURN_VALUE")
def op_return_value(f: Frame, arg: int) -> tuple[str, Any]:
    v = f.value(f.pop())
    if f.stack:
        raise BytecodeError("RETURN_VALUE at %d in %s leaves %d entries on the stack: %r" % (
            f.lasti, f.code.co_qualname, len(f.stack), f.stack))
    return ("return", v)


@op("YIELD_VALUE")
def op_yield_value(f: Frame, arg: int) -> tuple[str, Any]:
    if not f.is_generator:
        raise BytecodeError("YIELD_VALUE at %d in %s: not in a generator" % (f.lasti, f.code.co_qualname))
    return ("yield", f.value(f.pop()))


def import_all_from(loc: Any, mod: Any) -> None:
    try:
        all_ = mod.__all__
        skip = False
    except AttributeError:
        all_ = _MISSING
    if all_ is _MISSING:
        try:
            d = mod.__dict__
        except AttributeError:
            d = _MISSING
        if d is _MISSING:
            raise ImportError("from-import-* object has no __dict__ and no __all__")
        all_ = list(d.keys())
        skip = True
    for name in all_:
        if not isinstance(name, str):
            raise TypeError("%s in %s.%s must be str, not %s" % (
                "Key" if skip else "Item", mod.__name__, "__dict__" if skip else "__all__",
                type_name(name)))
        if skip and name.startswith("_"):
            continue
        loc[name] = getattr(mod, name)


@op("IMPORT_STAR")
def op_import_star(f: Frame, arg: int) -> None:
    mod = f.value(f.pop())
    import_all_from(need_locals(f), mod)


@op("PRINT_EXPR")
def op_print_expr(f: Frame, arg: int) -> None:
    v = f.value(f.pop())
    hook = getattr(sys, "displayhook", None)
    if hook is None:
        raise RuntimeError("lost sys.displayhook")
    hook(v)


@op("GET_LEN")
def op_get_len(f: Frame, arg: int) -> None:
    f.stack.append(len(f.value(f.peek(1))))


# CPython decides with type flags (set for dict/list/tuple/... and inherited
# from collections.abc.Mapping/Sequence, the first one in the MRO winning)
TPFLAGS_SEQUENCE = 1 << 5
TPFLAGS_MAPPING = 1 << 6


@op("MATCH_MAPPING")
def op_match_mapping(f: Frame, arg: int) -> None:
    x = f.value(f.peek(1))
    f.stack.append(bool(type(x).__flags__ & TPFLAGS_MAPPING))


@op("MATCH_SEQUENCE")
def op_match_sequence(f: Frame, arg: int) -> None:
    x = f.value(f.peek(1))
    f.stack.append(bool(type(x).__flags__ & TPFLAGS_SEQUENCE))


_DUMMY = _Marker("<dummy>")


def match_keys(subject: Any, keys: tuple) -> Any:
    if len(keys) == 0:
        return ()
    seen: list[Any] = []
    values = []
    get = subject.get
    for k in keys:
        if k in seen:
            raise ValueError("mapping pattern checks duplicate key (%r)" % (k,))
        seen.append(k)
        v = get(k, _DUMMY)
        if v is _DUMMY:
            return None
        values.append(v)
    return tuple(values)


@op("MATCH_KEYS")
def op_match_keys(f: Frame, arg: int) -> None:
    keys = f.peek(1)
    subject = f.peek(2)
    if not isinstance(keys, tuple):
        raise BytecodeError("MATCH_KEYS at %d in %s: keys %r is not a tuple" % (
            f.lasti, f.code.co_qualname, keys))
    f.stack.append(match_keys(subject, keys))


@op("LIST_TO_TUPLE")
def op_list_to_tuple(f: Frame, arg: int) -> None:
    lst = f.pop()
    if not isinstance(lst, list):
        raise BytecodeError("LIST_TO_TUPLE at %d in %s: not a list" % (f.lasti, f.code.co_qualname))
    f.stack.append(tuple(lst))


@op("EXTENDED_ARG")
def op_extended_arg(f: Frame, arg: int) -> None:
    raise BytecodeError("EXTENDED_ARG executed on its own at %d in %s" % (f.lasti, f.code.co_qualname))


@op("LOAD_CONST")
def op_load_const(f: Frame, arg: int) -> None:
    f.stack.append(f.info.consts[arg])


@op("LOAD_FAST")
def op_load_fast(f: Frame, arg: int) -> None:
    v = f.fast[arg]
    if v is UNBOUND:
        raise unbound_local(f.code.co_varnames[arg])
    f.stack.append(v)


@op("STORE_FAST")
def op_store_fast(f: Frame, arg: int) -> None:
    f.fast[arg] = f.value(f.pop())


@op("DELETE_FAST")
def op_delete_fast(f: Frame, arg: int) -> None:
    if f.fast[arg] is UNBOUND:
        raise unbound_local(f.code.co_varnames[arg])
    f.fast[arg] = UNBOUND


@op("LOAD_NAME")
def op_load_name(f: Frame, arg: int) -> None:
    name = f.code.co_names[arg]
    v = mapping_get(need_locals(f), name)
    if v is _MISSING:
        v = f.globals.get(name, _MISSING)
        if v is _MISSING:
            v = mapping_get(f.builtins, name)
            if v is _MISSING:
                raise name_error(name)
    f.stack.append(v)


@op("STORE_NAME")
def op_store_name(f: Frame, arg: int) -> None:
    v = f.value(f.pop())
    need_locals(f)[f.code.co_names[arg]] = v


@op("DELETE_NAME")
def op_delete_name(f: Frame, arg: int) -> None:
    name = f.code.co_names[arg]
    loc = need_locals(f)
    ok = True
    try:
        del loc[name]
    except Exception:
        ok = False
    if not ok:
        raise name_error(name)


@op("LOAD_GLOBAL")
def op_load_global(f: Frame, arg: int) -> None:
    name = f.code.co_names[arg]
    v = f.globals.get(name, _MISSING)
    if v is _MISSING:
        v = mapping_get(f.builtins, name)
        if v is _MISSING:
            raise name_error(name)
    f.stack.append(v)


@op("STORE_GLOBAL")
def op_store_global(f: Frame, arg: int) -> None:
    f.globals[f.code.co_names[arg]] = f.value(f.pop())


@op("DELETE_GLOBAL")
def op_delete_global(f: Frame, arg: int) -> None:
    name = f.code.co_names[arg]
    if name not in f.globals:
        raise name_error(name)
    del f.globals[name]


def unbound_deref(f: Frame, i: int) -> BaseException:
    name = f.info.cellnames[i]
    if i < f.info.ncells:
        return unbound_local(name)
    return unbound_free(name)


@op("LOAD_DEREF")
def op_load_deref(f: Frame, arg: int) -> None:
    v = cell_get(f.cells[arg])
    if v is UNBOUND:
        raise unbound_deref(f, arg)
    f.stack.append(v)


@op("STORE_DEREF")
def op_store_deref(f: Frame, arg: int) -> None:
    cell_set(f.cells[arg], f.value(f.pop()))


@op("DELETE_DEREF")
def op_delete_deref(f: Frame, arg: int) -> None:
    if not cell_clear(f.cells[arg]):
        raise unbound_deref(f, arg)


@op("LOAD_CLASSDEREF")
def op_load_classderef(f: Frame, arg: int) -> None:
    name = f.info.cellnames[arg]
    v = mapping_get(need_locals(f), name)
    if v is _MISSING:
        v = cell_get(f.cells[arg])
        if v is UNBOUND:
            raise unbound_deref(f, arg)
    f.stack.append(v)


@op("LOAD_CLOSURE")
def op_load_closure(f: Frame, arg: int) -> None:
    f.stack.append(f.cells[arg])


@op("LOAD_ATTR")
def op_load_attr(f: Frame, arg: int) -> None:
    o = f.value(f.pop())
    f.stack.append(getattr(o, f.code.co_names[arg]))


@op("STORE_ATTR")
def op_store_attr(f: Frame, arg: int) -> None:
    o = f.value(f.pop())
    v = f.value(f.pop())
    setattr(o, f.code.co_names[arg], v)


@op("DELETE_ATTR")
def op_delete_attr(f: Frame, arg: int) -> None:
    o = f.value(f.pop())
    delattr(o, f.code.co_names[arg])


@op("LOAD_METHOD")
def op_load_method(f: Frame, arg: int) -> None:
    o = f.value(f.pop())
    name = f.code.co_names[arg]
    tp = type(o)
    found = _MISSING
    if tp.__getattribute__ is object.__getattribute__:
        for klass in tp.__mro__:
            if name in klass.__dict__:
                found = klass.__dict__[name]
                break
    if type(found) is Function:
        d = getattr(o, "__dict__", None) if not isinstance(o, type) else None
        if not (isinstance(d, dict) and name in d):
            f.stack.append(found)
            f.stack.append(o)
            return
    f.stack.append(getattr(o, name))
    f.stack.append(NULL)


def call_method_common(f: Frame, n: int, names: tuple | None) -> None:
    args = f.popn(n)
    self_ = f.pop()
    meth = f.value(f.pop())
    for a in args:
        f.value(a)
    kwargs = None
    if names:
        k = len(names)
        if k > n:
            raise BytecodeError("%d keyword names for %d arguments" % (k, n))
        kwargs = dict(zip(names, args[n - k:]))
        args = args[:n - k]
    if self_ is not NULL:
        args = [self_] + args
    f.stack.append(do_call(meth, tuple(args), kwargs, f.globals))


def pop_names(f: Frame) -> tuple:
    names = f.pop()
    if not (isinstance(names, tuple) and all(isinstance(x, str) for x in names)):
        raise BytecodeError("%s at %d in %s: %r is not a tuple of names" % (
            f.current_opname(), f.lasti, f.code.co_qualname, names))
    return names


@op("CALL_METHOD")
def op_call_method(f: Frame, arg: int) -> None:
    call_method_common(f, arg, None)


@op("CALL_METHOD_KW")
def op_call_method_kw(f: Frame, arg: int) -> None:
    names = pop_names(f)
    call_method_common(f, arg, names)


def call_common(f: Frame, n: int, names: tuple | None) -> None:
    args = f.popn(n)
    fn = f.value(f.pop())
    for a in args:
        f.value(a)
    kwargs = None
    if names:
        k = len(names)
        if k > n:
            raise BytecodeError("%d keyword names for %d arguments" % (k, n))
        kwargs = dict(zip(names, args[n - k:]))
        args = args[:n - k]
    f.stack.append(do_call(fn, tuple(args), kwargs, f.globals))


@op("CALL")
def op_call(f: Frame, arg: int) -> None:
    call_common(f, arg, None)


@op("CALL_KW")
def op_call_kw(f: Frame, arg: int) -> None:
    names = pop_names(f)
    call_common(f, arg, names)


@op("CALL_FUNCTION_EX")
def op_call_function_ex(f: Frame, arg: int) -> None:
    kwargs = None
    if arg & 1:
        kwargs = f.pop()
        if not isinstance(kwargs, dict):
            if RT.strict:
                raise BytecodeError("CALL_FUNCTION_EX at %d in %s: kwargs %r is not a dict" % (
                    f.lasti, f.code.co_qualname, kwargs))
            kwargs = dict(kwargs)
    args = f.pop()
    fn = f.value(f.pop())
    if not isinstance(args, tuple):
        # the table allows any iterable (`f(*x)`), converted here
        if getattr(type(args), "__iter__", None) is None and getattr(type(args), "__getitem__", None) is None:
            raise TypeError("%s argument after * must be an iterable, not %s" % (
                function_str(fn), type_name(args)))
        args = tuple(args)
    f.stack.append(do_call(fn, args, kwargs, f.globals))


BINOPS = [operator.add, operator.and_, operator.floordiv, operator.lshift, operator.matmul,
          operator.mul, operator.mod, operator.or_, operator.pow, operator.rshift, operator.sub,
          operator.truediv, operator.xor,
          operator.iadd, operator.iand, operator.ifloordiv, operator.ilshift, operator.imatmul,
          operator.imul, operator.imod, operator.ior, operator.ipow, operator.irshift,
          operator.isub, operator.itruediv, operator.ixor]
CMPOPS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]


@op("BINARY_OP")
def op_binary_op(f: Frame, arg: int) -> None:
    b = f.value(f.pop())
    a = f.value(f.pop())
    f.stack.append(BINOPS[arg](a, b))


@op("COMPARE_OP")
def op_compare_op(f: Frame, arg: int) -> None:
    b = f.value(f.pop())
    a = f.value(f.pop())
    f.stack.append(CMPOPS[arg](a, b))


@op("IS_OP")
def op_is_op(f: Frame, arg: int) -> None:
    b = f.value(f.pop())
    a = f.value(f.pop())
    if arg not in (0, 1):
        raise BytecodeError("IS_OP with argument %d" % arg)
    f.stack.append((a is b) != bool(arg))


@op("CONTAINS_OP")
def op_contains_op(f: Frame, arg: int) -> None:
    b = f.value(f.pop())
    a = f.value(f.pop())
    if arg not in (0, 1):
        raise BytecodeError("CONTAINS_OP with argument %d" % arg)
    f.stack.append((a in b) != bool(arg))


@op("BUILD_TUPLE")
def op_build_tuple(f: Frame, arg: int) -> None:
    f.stack.append(tuple(f.value(x) for x in f.popn(arg)))


@op("BUILD_LIST")
def op_build_list(f: Frame, arg: int) -> None:
    f.stack.append([f.value(x) for x in f.popn(arg)])


@op("BUILD_SET")
def op_build_set(f: Frame, arg: int) -> None:
    items = f.popn(arg)
    s = set()
    for x in items:
        s.add(f.value(x))
    f.stack.append(s)


@op("BUILD_MAP")
def op_build_map(f: Frame, arg: int) -> None:
    items = f.popn(2 * arg)
    d = {}
    for i in range(arg):
        d[f.value(items[2 * i])] = f.value(items[2 * i + 1])
    f.stack.append(d)


@op("BUILD_CONST_KEY_MAP")
def op_build_const_key_map(f: Frame, arg: int) -> None:
    keys = f.pop()
    if not isinstance(keys, tuple) or len(keys) != arg:
        raise BytecodeError("BUILD_CONST_KEY_MAP %d at %d in %s: keys %r" % (
            arg, f.lasti, f.code.co_qualname, keys))
    vals = f.popn(arg)
    d = {}
    for k, v in zip(keys, vals):
        d[k] = f.value(v)
    f.stack.append(d)


@op("BUILD_STRING")
def op_build_string(f: Frame, arg: int) -> None:
    parts = f.popn(arg)
    for p in parts:
        if not isinstance(p, str):
            raise BytecodeError("BUILD_STRING at %d in %s: %r is not a str" % (
                f.lasti, f.code.co_qualname, p))
    f.stack.append("".join(parts))


@op("BUILD_SLICE")
def op_build_slice(f: Frame, arg: int) -> None:
    if arg not in (2, 3):
        raise BytecodeError("BUILD_SLICE with argument %d" % arg)
    items = [f.value(x) for x in f.popn(arg)]
    f.stack.append(slice(*items))


def peek_typed(f: Frame, n: int, t: type) -> Any:
    x = f.peek(n)
    if not isinstance(x, t):
        raise BytecodeError("%s at %d in %s: entry %d from the top is %r, not a %s" % (
            f.current_opname(), f.lasti, f.code.co_qualname, n, x, t.__name__))
    return x


@op("LIST_APPEND")
def op_list_append(f: Frame, arg: int) -> None:
    x = f.value(f.pop())
    peek_typed(f, arg, list).append(x)


@op("SET_ADD")
def op_set_add(f: Frame, arg: int) -> None:
    x = f.value(f.pop())
    peek_typed(f, arg, set).add(x)


@op("MAP_ADD")
def op_map_add(f: Frame, arg: int) -> None:
    v = f.value(f.pop())
    k = f.value(f.pop())
    peek_typed(f, arg, dict)[k] = v


def is_iterable_type(x: Any) -> bool:
    t = type(x)
    if getattr(t, "__iter__", None) is not None:
        return True
    return getattr(t, "__getitem__", None) is not None and not issubclass(t, dict)


@op("LIST_EXTEND")
def op_list_extend(f: Frame, arg: int) -> None:
    it = f.value(f.pop())
    lst = peek_typed(f, arg, list)
    err = None
    try:
        lst.extend(it)
    except TypeError as e:
        err = e
    if err is not None:
        if not is_iterable_type(it):
            raise TypeError("Value after * must be an iterable, not %s" % type_name(it))
        raise err


@op("SET_UPDATE")
def op_set_update(f: Frame, arg: int) -> None:
    it = f.value(f.pop())
    peek_typed(f, arg, set).update(it)


@op("DICT_UPDATE")
def op_dict_update(f: Frame, arg: int) -> None:
    m = f.value(f.pop())
    d = peek_typed(f, arg, dict)
    if isinstance(m, dict) and type(m).__iter__ is dict.__iter__:
        d.update(m)
        return
    try:
        keys = m.keys
    except AttributeError:
        keys = _MISSING
    if keys is _MISSING:
        raise TypeError("'%s' object is not a mapping" % type_name(m))
    for k in keys():
        d[k] = m[k]


@op("DICT_MERGE")
def op_dict_merge(f: Frame, arg: int) -> None:
    m = f.value(f.pop())
    d = peek_typed(f, arg, dict)
    fn = f.peek(arg + 2)
    if isinstance(m, dict) and type(m).__iter__ is dict.__iter__:
        keys = list(m)
    else:
        try:
            km = m.keys
        except AttributeError:
            km = _MISSING
        if km is _MISSING:
            raise TypeError("%s argument after ** must be a mapping, not %s" % (
                function_str(fn), type_name(m)))
        keys = km()
    for k in keys:
        if k in d:
            if not isinstance(k, str):
                raise TypeError("%s keywords must be strings" % function_str(fn))
            raise TypeError("%s got multiple values for keyword argument '%s'" % (
                function_str(fn), k))
        d[k] = m[k]


def unpack_iterable(v: Any, argcnt: int, argcntafter: int) -> list[Any]:
    """CPython's unpack_iterable: the items in order (the starred list
    included when argcntafter >= 0)."""
    try:
        it = iter(v)
    except TypeError:
        it = _MISSING
    if it is _MISSING:
        if not is_iterable_type(v):
            raise TypeError("cannot unpack non-iterable %s object" % type_name(v))
        iter(v)    # raises the original error
    out: list[Any] = []
    for i in range(argcnt):
        w = next(it, _MISSING)
        if w is _MISSING:
            if argcntafter == -1:
                raise ValueError("not enough values to unpack (expected %d, got %d)" % (argcnt, i))
            raise ValueError("not enough values to unpack (expected at least %d, got %d)" % (
                argcnt + argcntafter, i))
        out.append(w)
    if argcntafter == -1:
        w = next(it, _MISSING)
        if w is _MISSING:
            return out
        raise ValueError("too many values to unpack (expected %d)" % argcnt)
    rest = list(it)
    if len(rest) < argcntafter:
        raise ValueError("not enough values to unpack (expected at least %d, got %d)" % (
            argcnt + argcntafter, argcnt + len(rest)))
    cut = len(rest) - argcntafter
    out.append(rest[:cut])
    out.extend(rest[cut:])
    return out


@op("UNPACK_SEQUENCE")
def op_unpack_sequence(f: Frame, arg: int) -> None:
    seq = f.value(f.pop())
    items = unpack_iterable(seq, arg, -1)
    items.reverse()
    f.stack.extend(items)


@op("UNPACK_EX")
def op_unpack_ex(f: Frame, arg: int) -> None:
    seq = f.value(f.pop())
    items = unpack_iterable(seq, arg & 0xff, arg >> 8)
    items.reverse()
    f.stack.extend(items)


@op("FORMAT_VALUE")
def op_format_value(f: Frame, arg: int) -> None:
    spec = ""
    if arg & O.FVS_HAVE_SPEC:
        spec = f.pop()
        if not isinstance(spec, str):
            raise BytecodeError("FORMAT_VALUE at %d in %s: spec %r is not a str" % (
                f.lasti, f.code.co_qualname, spec))
    x = f.value(f.pop())
    conv = arg & O.FVC_MASK
    if conv == O.FVC_STR:
        x = str(x)
    elif conv == O.FVC_REPR:
        x = repr(x)
    elif conv == O.FVC_ASCII:
        x = ascii(x)
    if arg & ~7:
        raise BytecodeError("FORMAT_VALUE with flags %d" % arg)
    f.stack.append(format(x, spec))


def annotations_dict(f: Frame, ann: Any) -> dict:
    """The annotations tuple of MAKE_FUNCTION: flat, (name1, value1, name2,
    value2, ...), as CPython 3.11's (the table says "a tuple of annotation
    name/value pairs")."""
    if not isinstance(ann, tuple) or len(ann) % 2 or not all(
            isinstance(ann[i], str) for i in range(0, len(ann), 2)):
        raise BytecodeError("MAKE_FUNCTION at %d in %s: annotations %r are not a flat tuple of "
                            "name/value pairs" % (f.lasti, f.code.co_qualname, ann))
    d = {}
    for i in range(0, len(ann), 2):
        d[ann[i]] = ann[i + 1]
    return d


@op("MAKE_FUNCTION")
def op_make_function(f: Frame, arg: int) -> None:
    code = f.pop()
    if not isinstance(code, CodeObject):
        raise BytecodeError("MAKE_FUNCTION at %d in %s: %r is not a code object" % (
            f.lasti, f.code.co_qualname, code))
    closure = f.pop() if arg & O.MF_CLOSURE else None
    ann = annotations_dict(f, f.pop()) if arg & O.MF_ANNOTATIONS else None
    kwdefaults = f.pop() if arg & O.MF_KWDEFAULTS else None
    defaults = f.pop() if arg & O.MF_DEFAULTS else None
    if arg & ~15:
        raise BytecodeError("MAKE_FUNCTION with flags %d" % arg)
    if closure is not None and not isinstance(closure, tuple):
        raise BytecodeError("MAKE_FUNCTION: closure %r is not a tuple" % (closure,))
    if kwdefaults is not None and not isinstance(kwdefaults, dict):
        raise BytecodeError("MAKE_FUNCTION: kwdefaults %r is not a dict" % (kwdefaults,))
    if defaults is not None and not isinstance(defaults, tuple):
        raise BytecodeError("MAKE_FUNCTION: defaults %r is not a tuple" % (defaults,))
    if len(closure or ()) != len(code.co_freevars):
        raise BytecodeError("MAKE_FUNCTION at %d in %s: %s has %d free variables, closure of %d" % (
            f.lasti, f.code.co_qualname, code.co_qualname, len(code.co_freevars), len(closure or ())))
    f.stack.append(Function(code, f.globals, defaults, kwdefaults, ann, closure))


@op("RAISE_VARARGS")
def op_raise_varargs(f: Frame, arg: int) -> None:
    if arg not in (0, 1, 2):
        raise BytecodeError("RAISE_VARARGS with argument %d" % arg)
    cause: Any = _MISSING
    if arg == 2:
        cause = f.value(f.pop())
    if arg == 0:
        e = RT.topmost_exception()
        if e is None:
            raise RuntimeError("No active exception to reraise")
        f.saved_tb = e.__traceback__
        f.raise_mode = RAISE_RERAISE
        raise e
    exc = f.value(f.pop())
    if is_exc_class(exc):
        value = exc()
        if not isinstance(value, BaseException):
            raise TypeError("calling %r should have returned an instance of BaseException, not %r"
                            % (exc, type(value)))
    elif isinstance(exc, BaseException):
        value = exc
    else:
        raise TypeError("exceptions must derive from BaseException")
    if cause is not _MISSING:
        if is_exc_class(cause):
            fixed = cause()
        elif isinstance(cause, BaseException):
            fixed = cause
        elif cause is None:
            fixed = None
        else:
            raise TypeError("exception causes must derive from BaseException")
        value.__cause__ = fixed
    set_context(value, RT.topmost_exception())
    RT.mark_seen(value)
    f.saved_tb = value.__traceback__
    f.raise_mode = RAISE_RAISED
    raise value


@op("IMPORT_NAME")
def op_import_name(f: Frame, arg: int) -> None:
    fromlist = f.pop()
    level = f.pop()
    name = f.code.co_names[arg]
    imp = mapping_get(f.builtins, "__import__")
    if imp is _MISSING:
        raise ImportError("__import__ not found")
    f.stack.append(imp(name, f.globals, f.locals, fromlist, level))


def import_from(mod: Any, name: str) -> Any:
    try:
        return getattr(mod, name)
    except AttributeError:
        pass
    pkgname = getattr(mod, "__name__", None)
    if isinstance(pkgname, str):
        sub = sys.modules.get("%s.%s" % (pkgname, name))
        if sub is not None:
            return sub
    path = getattr(mod, "__file__", None)
    if not isinstance(path, str):
        path = "unknown location"
    if not isinstance(pkgname, str):
        raise ImportError("cannot import name %r from %r (unknown location)" % (
            name, "<unknown module name>"))
    spec = getattr(mod, "__spec__", None)
    if spec is not None and getattr(spec, "_initializing", False):
        raise ImportError("cannot import name %r from partially initialized module %r (most likely "
                          "due to a circular import) (%s)" % (name, pkgname, path),
                          name=pkgname, path=path)
    raise ImportError("cannot import name %r from %r (%s)" % (name, pkgname, path),
                      name=pkgname, path=path)


@op("IMPORT_FROM")
def op_import_from(f: Frame, arg: int) -> None:
    mod = f.value(f.peek(1))
    f.stack.append(import_from(mod, f.code.co_names[arg]))


def get_awaitable_iter(o: Any) -> Any:
    """_PyCoro_GetAwaitableIter."""
    if isinstance(o, (Coroutine, types.CoroutineType)):
        return o
    if isinstance(o, types.GeneratorType) and o.gi_code.co_flags & O.CO_ITERABLE_COROUTINE:
        return o
    getter = getattr(type(o), "__await__", None)
    if getter is None:
        raise TypeError("object %s can't be used in 'await' expression" % type_name(o))
    res = getter(o)
    if isinstance(res, (Coroutine, types.CoroutineType)):
        raise TypeError("__await__() returned a coroutine")
    if getattr(type(res), "__next__", None) is None:
        raise TypeError("__await__() returned non-iterator of type '%s'" % type_name(res))
    return res


@op("GET_AWAITABLE")
def op_get_awaitable(f: Frame, arg: int) -> None:
    x = f.value(f.pop())
    if arg not in (0, 1, 2):
        raise BytecodeError("GET_AWAITABLE with argument %d" % arg)
    if arg and getattr(type(x), "__await__", None) is None and not is_coroutine_obj(x):
        which = "__aenter__" if arg == 1 else "__aexit__"
        raise TypeError("'async with' received an object from %s that does not implement "
                        "__await__: %s" % (which, type_name(x)))
    it = get_awaitable_iter(x)
    if isinstance(it, Coroutine) and it._yf() is not None:
        raise RuntimeError("coroutine is being awaited already")
    f.stack.append(it)


@op("COPY")
def op_copy(f: Frame, arg: int) -> None:
    f.stack.append(f.peek(arg))


@op("SWAP")
def op_swap(f: Frame, arg: int) -> None:
    f.peek(arg)
    if arg < 2:
        raise BytecodeError("SWAP with argument %d" % arg)
    s = f.stack
    s[-1], s[-arg] = s[-arg], s[-1]


MATCH_SELF_TYPES = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def match_class_attr(subject: Any, tp: type, name: str, seen: list[str]) -> Any:
    if name in seen:
        raise TypeError("%s() got multiple sub-patterns for attribute %r" % (tp.__name__, name))
    seen.append(name)
    try:
        return getattr(subject, name)
    except AttributeError:
        return _MISSING


def match_class(subject: Any, tp: Any, nargs: int, kwargs: tuple) -> Any:
    if not isinstance(tp, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subject, tp):
        return None
    seen: list[str] = []
    attrs: list[Any] = []
    if nargs:
        match_self = False
        try:
            match_args = getattr(tp, "__match_args__")
        except AttributeError:
            match_args = _MISSING
        if match_args is _MISSING:
            match_args = ()
            match_self = issubclass(tp, MATCH_SELF_TYPES)
        elif type(match_args) is not tuple:
            raise TypeError("%s.__match_args__ must be a tuple (got %s)" % (
                tp.__name__, type_name(match_args)))
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)" % (
                tp.__name__, allowed, "" if allowed == 1 else "s", nargs))
        if match_self:
            attrs.append(subject)
        else:
            for i in range(nargs):
                name = match_args[i]
                if type(name) is not str:
                    raise TypeError("__match_args__ elements must be strings (got %s)" % type_name(name))
                a = match_class_attr(subject, tp, name, seen)
                if a is _MISSING:
                    return None
                attrs.append(a)
    for name in kwargs:
        a = match_class_attr(subject, tp, name, seen)
        if a is _MISSING:
            return None
        attrs.append(a)
    return tuple(attrs)


@op("MATCH_CLASS")
def op_match_class(f: Frame, arg: int) -> None:
    names = pop_names(f)
    tp = f.value(f.pop())
    subject = f.value(f.pop())
    f.stack.append(match_class(subject, tp, arg, names))


@op("JUMP_FORWARD")
def op_jump_forward(f: Frame, arg: int) -> None:
    f.pc = arg


@op("JUMP_BACKWARD")
def op_jump_backward(f: Frame, arg: int) -> None:
    f.pc = arg


@op("POP_JUMP_IF_FALSE")
def op_pop_jump_if_false(f: Frame, arg: int) -> None:
    if not f.value(f.pop()):
        f.pc = arg


@op("POP_JUMP_IF_TRUE")
def op_pop_jump_if_true(f: Frame, arg: int) -> None:
    if f.value(f.pop()):
        f.pc = arg


@op("POP_JUMP_IF_NONE")
def op_pop_jump_if_none(f: Frame, arg: int) -> None:
    if f.value(f.pop()) is None:
        f.pc = arg


@op("POP_JUMP_IF_NOT_NONE")
def op_pop_jump_if_not_none(f: Frame, arg: int) -> None:
    if f.value(f.pop()) is not None:
        f.pc = arg


@op("JUMP_IF_FALSE_OR_POP")
def op_jump_if_false_or_pop(f: Frame, arg: int) -> None:
    if not f.value(f.peek(1)):
        f.pc = arg
    else:
        f.pop()


@op("JUMP_IF_TRUE_OR_POP")
def op_jump_if_true_or_pop(f: Frame, arg: int) -> None:
    if f.value(f.peek(1)):
        f.pc = arg
    else:
        f.pop()


@op("FOR_ITER")
def op_for_iter(f: Frame, arg: int) -> None:
    it = f.value(f.peek(1))
    nxt = getattr(type(it), "__next__", None)
    if nxt is None:
        raise BytecodeError("FOR_ITER at %d in %s: %r is not an iterator" % (
            f.lasti, f.code.co_qualname, it))
    done = False
    try:
        v = nxt(it)
    except StopIteration:
        done = True
    if done:
        f.pop()
        f.pc = arg
    else:
        f.stack.append(v)


@op("SEND")
def op_send(f: Frame, arg: int) -> None:
    v = f.value(f.pop())
    recv = f.value(f.peek(1))
    done = False
    result = None
    try:
        if isinstance(recv, (Generator, Coroutine, types.GeneratorType, types.CoroutineType)):
            result = recv.send(v)
        elif v is None and getattr(type(recv), "__next__", None) is not None:
            result = type(recv).__next__(recv)
        else:
            result = recv.send(v)
    except StopIteration as e:
        done = True
        result = e.value
    if done:
        f.pop()
        f.stack.append(result)
        f.pc = arg
    else:
        f.stack.append(result)


# ---------------------------------------------------------------- generators

def normalize_throw(typ: Any, val: Any = None, tb: Any = None) -> BaseException:
    """The exception of gen.throw(typ[, val[, tb]])."""
    if isinstance(typ, BaseException):
        if val is not None:
            raise TypeError("instance exception may not have a separate value")
        exc = typ
    elif is_exc_class(typ):
        if isinstance(val, typ):
            exc = val
        elif val is None:
            exc = typ()
        elif isinstance(val, tuple):
            exc = typ(*val)
        else:
            exc = typ(val)
    else:
        raise TypeError("exceptions must be classes or instances deriving from BaseException, "
                        "not %s" % type_name(typ))
    if tb is not None:
        exc = exc.with_traceback(tb)
    return exc


def close_iter(yf: Any) -> None:
    if isinstance(yf, (GenBase, types.GeneratorType, types.CoroutineType)):
        yf.close()
        return
    meth = getattr(yf, "close", None)
    if meth is not None:
        meth()


class GenBase:
    """What generators, coroutines and async generators share: a suspended
    frame and its own exc_info item."""
    _kind = "generator"

    def __init__(self, frame: Frame, func: Function) -> None:
        self._frame: Frame | None = frame
        frame.is_generator = True
        self._state = "created"      # created, suspended, running, finished
        self._exc_state = ExcState()
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self._code = frame.code

    def __repr__(self) -> str:
        return "<%s object %s at 0x%x>" % (self._kind, self.__qualname__, id(self))

    def _finish(self) -> None:
        self._state = "finished"
        self._frame = None
        self._exc_state.exc_value = None

    def _yf(self) -> Any:
        """The object this generator delegates to (`yield from`/`await`):
        suspended at a YIELD_VALUE that directly follows a SEND."""
        if self._state != "suspended" or self._frame is None:
            return None
        f = self._frame
        ins = f.info.by_index.get(f.lasti)
        prev = f.info.by_index.get(f.lasti - 1)
        if ins is None or ins.op != O.YIELD_VALUE or prev is None or prev.op != O.SEND:
            return None
        return f.stack[-1] if f.stack else None

    def _last_yield_delegated(self) -> bool:
        f = self._frame
        if f is None:
            return False
        prev = f.info.by_index.get(f.lasti - 1)
        return prev is not None and prev.op == O.SEND

    def _stop_message(self) -> str:
        return "%s raised StopIteration" % self._kind

    def _run(self, send: Any = NOSEND, throw: BaseException | None = None) -> tuple[str, Any]:
        """Resumes the frame; ('yield', v) or ('return', v); an exception
        propagates (StopIteration turned into RuntimeError)."""
        f = self._frame
        assert f is not None
        self._state = "running"
        es = self._exc_state
        es.previous = RT.exc_info
        RT.exc_info = es
        if throw is not None and es.exc_value is not None:
            # gen_send_ex2's _PyErr_ChainStackItem: a thrown exception is
            # chained to the generator's own handled exception only
            set_context(throw, es.exc_value)
        err = None
        result: tuple[str, Any] = ("return", None)
        try:
            result = run_frame(f, send, throw)
        except BytecodeError:
            raise
        except BaseException as e:   # noqa: B036
            err = e
        finally:
            RT.exc_info = es.previous if es.previous is not None else RT.exc_info
            es.previous = None
        if err is not None:
            self._finish()
            if isinstance(err, StopIteration) or (
                    isinstance(err, StopAsyncIteration) and isinstance(self, AsyncGenerator)):
                if isinstance(err, StopIteration):
                    msg = self._stop_message()
                else:
                    msg = "async generator raised StopAsyncIteration"
                new = RuntimeError(msg)
                new.__cause__ = err
                new.__context__ = err
                RT.mark_seen(new)
                raise new
            raise err
        if result[0] == "return":
            self._finish()
        else:
            self._state = "suspended"
        return result

    def _check_not_running(self) -> None:
        if self._state == "running":
            raise ValueError("%s already executing" % self._kind)

    def _send(self, value: Any) -> tuple[str, Any]:
        self._check_not_running()
        if self._state == "created":
            if value is not None:
                raise TypeError("can't send non-None value to a just-started %s" % self._kind)
            return self._run(NOSEND)
        if self._state == "finished":
            return self._exhausted()
        return self._run(value)

    def _exhausted(self) -> tuple[str, Any]:
        return ("return", None)

    def _throw(self, exc: BaseException, close_on_genexit: bool) -> tuple[str, Any]:
        self._check_not_running()
        if self._state == "finished":
            raise exc
        if self._state == "created":
            # the exception is raised at the start of the frame: no handler
            self._finish()
            RT.mark_seen(exc)
            raise exc
        yf = self._yf()
        if yf is not None:
            f = self._frame
            assert f is not None
            if isinstance(exc, GeneratorExit) and close_on_genexit:
                self._state = "running"
                err = None
                try:
                    close_iter(yf)
                except BaseException as e:   # noqa: B036
                    err = e
                self._state = "suspended"
                return self._run(throw=err if err is not None else exc)
            meth = None
            if isinstance(yf, GenBase):
                meth = yf._delegate_throw(close_on_genexit)
            else:
                meth = getattr(yf, "throw", None)
            if meth is not None:
                self._state = "running"
                done = False
                err = None
                y = None
                try:
                    y = meth(exc)
                except StopIteration as e:
                    done = True
                    y = e.value
                except BaseException as e:   # noqa: B036
                    err = e
                self._state = "suspended"
                if err is not None:
                    return self._run(throw=err)
                if done:
                    send_ins = f.info.by_index[f.lasti - 1]
                    f.stack.pop()
                    f.stack.append(y)
                    f.pc = send_ins.arg
                    return self._run(NOSEND)
                return ("yield", y)
        return self._run(throw=exc)

    def _delegate_throw(self, close_on_genexit: bool) -> Any:
        def throw(exc: BaseException) -> Any:
            return self._result(self._throw(exc, close_on_genexit))
        return throw

    def _result(self, r: tuple[str, Any]) -> Any:
        if r[0] == "yield":
            return r[1]
        v = r[1]
        if v is None:
            raise StopIteration
        raise StopIteration(v)

    def send(self, value: Any) -> Any:
        return self._result(self._send(value))

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        return self._result(self._throw(normalize_throw(typ, val, tb), True))

    def close(self) -> None:
        if self._state == "created":
            self._finish()
            return None
        if self._state == "finished":
            return None
        self._check_not_running()
        closed = False
        r: tuple[str, Any] = ("return", None)
        try:
            r = self._throw(GeneratorExit(), True)
        except (GeneratorExit, StopIteration):
            closed = True
        if closed:
            return None
        if r[0] == "yield":
            raise RuntimeError("%s ignored GeneratorExit" % self._kind)
        return None

    def __del__(self) -> None:
        if getattr(self, "_state", None) == "suspended":
            try:
                self.close()
            except BaseException:   # noqa: B036 -- CPython prints "Exception ignored in"
                pass


class Generator(GenBase):
    _kind = "generator"

    def __iter__(self) -> Generator:
        return self

    def __next__(self) -> Any:
        return self._result(self._send(None))

    @property
    def gi_running(self) -> bool:
        return self._state == "running"

    @property
    def gi_code(self) -> CodeObject:
        return self._code

    @property
    def gi_yieldfrom(self) -> Any:
        return self._yf()

    @property
    def gi_suspended(self) -> bool:
        return self._state == "suspended"

    gi_frame = None


class CoroWrapper:
    """What coroutine.__await__() returns."""

    def __init__(self, coro: Coroutine) -> None:
        self._coro = coro

    def __iter__(self) -> CoroWrapper:
        return self

    def __next__(self) -> Any:
        return self._coro.send(None)

    def send(self, v: Any) -> Any:
        return self._coro.send(v)

    def throw(self, *args: Any) -> Any:
        return self._coro.throw(*args)

    def close(self) -> None:
        self._coro.close()


class Coroutine(GenBase):
    _kind = "coroutine"

    def _exhausted(self) -> tuple[str, Any]:
        raise RuntimeError("cannot reuse already awaited coroutine")

    def __await__(self) -> CoroWrapper:
        return CoroWrapper(self)

    @property
    def cr_running(self) -> bool:
        return self._state == "running"

    @property
    def cr_code(self) -> CodeObject:
        return self._code

    @property
    def cr_await(self) -> Any:
        return self._yf()

    @property
    def cr_suspended(self) -> bool:
        return self._state == "suspended"

    cr_frame = None


class AsyncGenerator(GenBase):
    _kind = "async generator"

    def _exhausted(self) -> tuple[str, Any]:
        raise StopAsyncIteration

    def __aiter__(self) -> AsyncGenerator:
        return self

    def __anext__(self) -> AGenASend:
        return AGenASend(self, None)

    def asend(self, value: Any) -> AGenASend:
        return AGenASend(self, value)

    def athrow(self, typ: Any, val: Any = None, tb: Any = None) -> AGenAThrow:
        return AGenAThrow(self, normalize_throw(typ, val, tb))

    def aclose(self) -> AGenAThrow:
        return AGenAThrow(self, None)

    @property
    def ag_running(self) -> bool:
        return self._state == "running"

    @property
    def ag_code(self) -> CodeObject:
        return self._code

    @property
    def ag_await(self) -> Any:
        return self._yf()

    ag_frame = None

    def __del__(self) -> None:
        pass    # (CPython hands unfinished async generators to the event loop's finalizer)


class AGenASend:
    """The awaitable of agen.__anext__() / agen.asend(v)."""

    def __init__(self, agen: AsyncGenerator, value: Any) -> None:
        self._agen = agen
        self._value = value
        self._state = 0     # 0 init, 1 iterating, 2 closed

    def __await__(self) -> AGenASend:
        return self

    def __iter__(self) -> AGenASend:
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def _unwrap(self, r: tuple[str, Any]) -> Any:
        if r[0] == "yield":
            if self._agen._last_yield_delegated():
                return r[1]
            self._state = 2
            raise StopIteration(r[1])
        self._state = 2
        raise StopAsyncIteration

    def send(self, v: Any) -> Any:
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        if self._state == 0:
            if v is None:
                v = self._value
            self._state = 1
        ok = False
        try:
            r = self._agen._send(v)
            ok = True
        finally:
            if not ok:
                self._state = 2
        return self._unwrap(r)

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited __anext__()/asend()")
        ok = False
        try:
            r = self._agen._throw(normalize_throw(typ, val, tb), True)
            ok = True
        finally:
            if not ok:
                self._state = 2
        return self._unwrap(r)

    def close(self) -> None:
        self._state = 2


class AGenAThrow:
    """The awaitable of agen.athrow(exc) (exc given) or agen.aclose() (None)."""

    def __init__(self, agen: AsyncGenerator, exc: BaseException | None) -> None:
        self._agen = agen
        self._exc = exc
        self._state = 0

    def __await__(self) -> AGenAThrow:
        return self

    def __iter__(self) -> AGenAThrow:
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def _step(self, thunk: Any) -> Any:
        agen = self._agen
        closing = self._exc is None
        err = None
        r: tuple[str, Any] = ("return", None)
        try:
            r = thunk()
        except BaseException as e:   # noqa: B036
            err = e
        if err is not None:
            self._state = 2
            if closing and isinstance(err, (StopAsyncIteration, GeneratorExit)):
                raise StopIteration
            raise err
        if r[0] == "yield":
            if agen._last_yield_delegated():
                return r[1]
            self._state = 2
            if closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(r[1])
        self._state = 2
        if closing:
            raise StopIteration
        raise StopAsyncIteration

    def send(self, v: Any) -> Any:
        agen = self._agen
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        if self._state == 0:
            if agen._state in ("created", "finished"):
                if self._exc is None:
                    agen._finish()
                    self._state = 2
                    raise StopIteration
                if agen._state == "finished":
                    self._state = 2
                    raise StopAsyncIteration
            if v is not None:
                raise RuntimeError("can't send non-None value to a just-started coroutine")
            self._state = 1
            exc = self._exc if self._exc is not None else GeneratorExit()
            return self._step(lambda: agen._throw(exc, False))
        return self._step(lambda: agen._send(v))

    def throw(self, typ: Any, val: Any = None, tb: Any = None) -> Any:
        if self._state == 2:
            raise RuntimeError("cannot reuse already awaited aclose()/athrow()")
        exc = normalize_throw(typ, val, tb)
        return self._step(lambda: self._agen._throw(exc, True))

    def close(self) -> None:
        self._state = 2


# what type(x).__name__ shows, as CPython's
for _cls, _name in ((Function, "function"), (Generator, "generator"), (Coroutine, "coroutine"),
                    (AsyncGenerator, "async_generator"), (CoroWrapper, "coroutine_wrapper"),
                    (AGenASend, "async_generator_asend"), (AGenAThrow, "async_generator_athrow")):
    _cls.__name__ = _name
    _cls.__qualname__ = _name
    if _cls is not Function:    # (Function.__module__ is the property of instances)
        _cls.__module__ = "builtins"


# ---------------------------------------------------------------- classes, super

def calculate_metaclass(meta: type, bases: tuple) -> type:
    winner = meta
    for base in bases:
        t = type(base)
        if issubclass(winner, t):
            continue
        if issubclass(t, winner):
            winner = t
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def build_class(func: Any, name: Any, /, *bases: Any, **kwds: Any) -> Any:
    """builtins.__build_class__ for classes whose body is one of our
    Functions."""
    if isinstance(func, types.FunctionType):
        # a class statement of host code (a string given to exec)
        return builtins.__build_class__(func, name, *bases, **kwds)
    if not isinstance(func, Function):
        raise TypeError("__build_class__: func must be a function")
    if not isinstance(name, str):
        raise TypeError("__build_class__: name is not a string")
    orig_bases = bases
    bases = types.resolve_bases(bases)
    meta = kwds.pop("metaclass", None)
    if meta is None:
        meta = type(bases[0]) if bases else type
        isclass = True
    else:
        isclass = isinstance(meta, type)
    if isclass:
        meta = calculate_metaclass(meta, bases)
    prep = getattr(meta, "__prepare__", None)
    if prep is None:
        ns: Any = {}
    else:
        ns = prep(name, bases, **kwds)
    if not hasattr(type(ns), "__getitem__"):
        raise TypeError("%s.__prepare__() must return a mapping, not %s" % (
            meta.__name__ if isclass else "<metaclass>", type_name(ns)))
    code = func.__code__
    f = new_frame(code, func.__globals__, func._builtins, ns, func.__closure__, func)
    init_cells(f)
    kind, cell = run_frame(f)
    if kind != "return":
        raise BytecodeError("a class body yielded")
    if bases is not orig_bases:
        ns["__orig_bases__"] = orig_bases
    cls = meta(name, bases, ns, **kwds)
    if isinstance(cls, type) and isinstance(cell, CellType):
        cell_cls = cell_get(cell)
        if cell_cls is not cls:
            if cell_cls is UNBOUND:
                raise RuntimeError("__class__ not set defining %r as %r. Was __classcell__ "
                                   "propagated to type.__new__?" % (name, cls))
            raise TypeError("__class__ set to %r defining %r as %r" % (cell_cls, name, cls))
    elif cell is not None and not isinstance(cell, CellType):
        raise BytecodeError("the class body of %s returned %r (not a cell or None)" % (name, cell))
    if isinstance(cls, type):
        # what type.__new__ does for plain functions (ours are not)
        d = cls.__dict__
        for n in ("__init_subclass__", "__class_getitem__"):
            if isinstance(d.get(n), Function):
                type.__setattr__(cls, n, classmethod(d[n]))
        if isinstance(d.get("__new__"), Function):
            type.__setattr__(cls, "__new__", staticmethod(d["__new__"]))
    return cls


class OuroSuper(builtins.super):
    """super with CPython's zero-argument form, reading the current frame
    of the evaluator."""

    def __init__(self, *args: Any) -> None:
        caller = sys._getframe(1)
        if not args and caller.f_code.co_filename != __file__:
            # called by host code (a string given to exec): CPython's rule
            # on the host frame
            co = caller.f_code
            if co.co_argcount == 0:
                raise RuntimeError("super(): no arguments")
            loc = caller.f_locals
            if co.co_varnames[0] not in loc:
                raise RuntimeError("super(): arg[0] deleted")
            if "__class__" not in co.co_freevars:
                raise RuntimeError("super(): __class__ cell not found")
            args = (loc["__class__"], loc[co.co_varnames[0]])
        if not args:
            if not RT.frames:
                raise RuntimeError("super(): no current frame")
            f = RT.frames[-1]
            code = f.code
            if code.co_argcount == 0:
                raise RuntimeError("super(): no arguments")
            first = f.fast[0] if code.co_varnames else UNBOUND
            name0 = code.co_varnames[0]
            if name0 in code.co_cellvars:
                first = cell_get(f.cells[list(code.co_cellvars).index(name0)])
            if first is UNBOUND:
                raise RuntimeError("super(): arg[0] deleted")
            if "__class__" not in code.co_freevars:
                raise RuntimeError("super(): __class__ cell not found")
            cell = f.cells[f.info.ncells + list(code.co_freevars).index("__class__")]
            cls = cell_get(cell)
            if cls is UNBOUND:
                raise RuntimeError("super(): empty __class__ cell")
            if not isinstance(cls, type):
                raise RuntimeError("super(): __class__ is not a type (%s)" % type_name(cls))
            args = (cls, first)
        if len(args) > 2:
            raise TypeError("super() expected at most 2 arguments, got %d" % len(args))
        if not isinstance(args[0], type):
            raise TypeError("super() argument 1 must be a type, not %s" % type_name(args[0]))
        builtins.super.__init__(self, *args)


OuroSuper.__name__ = "super"
OuroSuper.__qualname__ = "super"


def _caller() -> Frame:
    if not RT.frames:
        raise RuntimeError("no current frame")
    return RT.frames[-1]


def _host_caller(depth: int) -> Any:
    """The host frame calling a builtin of ours if it is host code (a
    string given to exec), else None (the caller is one of our frames)."""
    fr = sys._getframe(depth + 1)
    return None if fr.f_code.co_filename == __file__ else fr


def ouro_locals() -> Any:
    hf = _host_caller(1)
    if hf is not None:
        return hf.f_locals
    return _caller().locals_dict()


def ouro_globals() -> dict:
    hf = _host_caller(1)
    if hf is not None:
        return hf.f_globals
    return _caller().globals


def ouro_vars(*args: Any) -> Any:
    if args:
        return builtins.vars(*args)
    hf = _host_caller(1)
    if hf is not None:
        return hf.f_locals
    return _caller().locals_dict()


def ouro_dir(*args: Any) -> list[str]:
    if args:
        return builtins.dir(*args)
    hf = _host_caller(1)
    if hf is not None:
        return sorted(hf.f_locals.keys())
    return sorted(_caller().locals_dict().keys())


FUTURE_FLAGS = O.CO_FUTURE_ANNOTATIONS


def _source_globals_locals(globals_: Any, locals_: Any) -> tuple[Any, Any, int]:
    """exec/eval without explicit namespaces use the calling frame's (the
    program's, not the evaluator's host frame)."""
    f = _caller()
    if globals_ is None:
        globals_ = f.globals
        if locals_ is None:
            locals_ = f.locals_dict()
    elif locals_ is None:
        locals_ = globals_
    return globals_, locals_, f.code.co_flags & FUTURE_FLAGS


def _host_code(source: Any, mode: str, flags: int) -> Any:
    if isinstance(source, (str, bytes, bytearray)):
        # dont_inherit: not the future flags of this file (the host frame)
        return builtins.compile(source, "<string>", mode, flags, dont_inherit=True)
    return source


def ouro_exec(source: Any, globals_: Any = None, locals_: Any = None, /, **kw: Any) -> None:
    g, l, flags = _source_globals_locals(globals_, locals_)
    if isinstance(source, CodeObject):
        _run_code_object(source, g, l, "exec")
        return None
    return builtins.exec(_host_code(source, "exec", flags), g, l, **kw)


def _run_code_object(code: CodeObject, g: Any, l: Any, what: str) -> Any:
    if code.co_freevars:
        raise TypeError("code object passed to %s() may not contain free variables" % what)
    fr = new_frame(code, g, get_builtins(g), l, None, None)
    init_cells(fr)
    return run_frame(fr)[1]


def ouro_eval(source: Any, globals_: Any = None, locals_: Any = None, /) -> Any:
    g, l, flags = _source_globals_locals(globals_, locals_)
    if isinstance(source, CodeObject):
        return _run_code_object(source, g, l, "eval")
    if isinstance(source, str):
        source = source.lstrip(" \t")
    return builtins.eval(_host_code(source, "eval", flags), g, l)


def ouro_compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                 optimize: int = -1, **kw: Any) -> Any:
    if not dont_inherit and RT.frames:
        flags |= _caller().code.co_flags & FUTURE_FLAGS
    return builtins.compile(source, filename, mode, flags, True, optimize, **kw)


def make_builtins() -> dict[str, Any]:
    b = dict(builtins.__dict__)
    b["__build_class__"] = build_class
    b["super"] = OuroSuper
    b["locals"] = ouro_locals
    b["globals"] = ouro_globals
    b["vars"] = ouro_vars
    b["dir"] = ouro_dir
    b["exec"] = ouro_exec
    b["eval"] = ouro_eval
    b["compile"] = ouro_compile
    return b


_DEFAULT_BUILTINS.update(make_builtins())


# ---------------------------------------------------------------- running a module

class RunResult:
    def __init__(self) -> None:
        self.stdout = ""
        self.exc: BaseException | None = None
        self.error_line: str | None = None      # CPython's last traceback line
        self.error_lineno: int | None = None    # line of the innermost frame
        self.traceback: list[tuple[str, int, str]] = []   # outermost first
        self.exit_code = 0
        self.max_depths: dict[int, tuple[CodeObject, int]] = {}


class evaluator_hooks:
    """While programs run: a higher recursion limit, and sys.exc_info() /
    sys.exception() answering with the evaluator's handled exception (the
    host's own handlers, in host code, still see theirs)."""

    def __enter__(self) -> evaluator_hooks:
        self.old_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(self.old_limit, 20000))
        self.host_exc_info = host_exc_info = sys.exc_info
        self.host_exception = sys.exception

        def exc_info() -> tuple[Any, Any, Any]:
            t = host_exc_info()
            if t[1] is not None:
                return t
            e = RT.topmost_exception()
            return (type(e), e, e.__traceback__) if e is not None else (None, None, None)

        def exception() -> BaseException | None:
            return exc_info()[1]

        sys.exc_info = exc_info
        sys.exception = exception
        return self

    def __exit__(self, *exc: Any) -> None:
        sys.exc_info = self.host_exc_info
        sys.exception = self.host_exception
        sys.setrecursionlimit(self.old_limit)


def run_module(code: CodeObject, filename: str | None = None, strict: bool = True) -> RunResult:
    """Runs a module's code object as __main__, capturing stdout.  A
    BytecodeError propagates (after restoring stdout)."""
    import contextlib
    RT.reset()
    RT.strict = strict
    b = make_builtins()
    if filename is None:
        filename = code.co_filename
    g: dict[str, Any] = {"__name__": "__main__", "__doc__": None, "__package__": None,
                         "__loader__": None, "__spec__": None, "__builtins__": b,
                         "__file__": filename, "__cached__": None}
    res = RunResult()
    buf = io.StringIO()
    exc: BaseException | None = None
    try:
        with evaluator_hooks(), contextlib.redirect_stdout(buf):
            try:
                f = new_frame(code, g, b, g, None, None)
                init_cells(f)
                run_frame(f)
            except BytecodeError:
                raise
            except SystemExit as e:
                code_ = e.code
                if code_ is None:
                    res.exit_code = 0
                elif isinstance(code_, int):
                    res.exit_code = code_
                else:
                    print(code_, file=sys.stderr)
                    res.exit_code = 1
            except BaseException as e:   # noqa: B036
                exc = e
            sys.stdout.flush()
    finally:
        for cid, info in RT.codes_run.items():
            res.max_depths[cid] = (info.code, info.maxdepth)
    res.stdout = buf.getvalue()
    if exc is not None:
        res.exc = exc
        res.exit_code = 1
        entries = RT.tb_of(exc)
        res.traceback = [(e.filename, e.line, e.name) for e in reversed(entries)]
        if entries:
            res.error_lineno = entries[0].line
        res.error_line = format_exception_line(exc, entries[0] if entries else None)
    return res


def exec_module(code: CodeObject, name: str, filename: str, strict: bool = True) -> dict[str, Any]:
    """Executes a module's code object as module `name` (not __main__) and
    returns its globals: for running library modules compiled by ouro."""
    RT.reset()
    RT.strict = strict
    b = make_builtins()
    g: dict[str, Any] = {"__name__": name, "__doc__": None, "__package__": name.rpartition(".")[0],
                         "__loader__": None, "__spec__": None, "__builtins__": b,
                         "__file__": filename, "__cached__": None}
    f = new_frame(code, g, b, g, None, None)
    init_cells(f)
    with evaluator_hooks():
        run_frame(f)
    return g


# "Did you mean" (CPython 3.11's Python/suggestions.c)

MOVE_COST = 2
CASE_COST = 1


def _substitution_cost(a: int, b: int) -> int:
    if (a & 31) != (b & 31):
        return MOVE_COST
    if a == b:
        return 0
    if 65 <= a <= 90:
        a += 32
    if 65 <= b <= 90:
        b += 32
    return CASE_COST if a == b else MOVE_COST


def _levenshtein(a: bytes, b: bytes, max_cost: int) -> int:
    if a == b:
        return 0
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if not a or not b:
        return (len(a) + len(b)) * MOVE_COST
    if len(a) > 40 or len(b) > 40:
        return max_cost + 1
    if len(b) < len(a):
        a, b = b, a
    if (len(b) - len(a)) * MOVE_COST > max_cost:
        return max_cost + 1
    buf = [MOVE_COST * (i + 1) for i in range(len(a))]
    result = 0
    for bi, code in enumerate(b):
        distance = result = bi * MOVE_COST
        minimum = sys.maxsize
        for i in range(len(a)):
            substitute = distance + _substitution_cost(code, a[i])
            distance = buf[i]
            insert_delete = min(result, distance) + MOVE_COST
            result = min(insert_delete, substitute)
            buf[i] = result
            minimum = min(minimum, result)
        if minimum > max_cost:
            return max_cost + 1
    return result


def _calculate_suggestion(candidates: list[Any], name: str) -> str | None:
    if len(candidates) >= 750:
        return None
    best = None
    best_dist = sys.maxsize
    nb = name.encode("utf-8", "surrogatepass")
    for item in candidates:
        if not isinstance(item, str) or item == name:
            continue
        ib = item.encode("utf-8", "surrogatepass")
        max_dist = (len(nb) + len(ib) + 3) * MOVE_COST // 6
        max_dist = min(max_dist, best_dist - 1)
        d = _levenshtein(nb, ib, max_dist)
        if d > max_dist:
            continue
        if best is None or d < best_dist:
            best = item
            best_dist = d
    return best


def _suggestion(exc: BaseException, frame: TbEntry | None) -> str | None:
    name = getattr(exc, "name", None)
    if not isinstance(name, str):
        return None
    if type(exc) is NameError or (isinstance(exc, NameError) and not isinstance(exc, UnboundLocalError)):
        if frame is None:
            return None
        for cands in (list(frame.code.co_varnames), list(frame.globals), list(frame.builtins)):
            s = _calculate_suggestion(cands, name)
            if s:
                return s
        return None
    if isinstance(exc, AttributeError):
        try:
            obj = exc.obj
        except AttributeError:
            return None
        try:
            cands = builtins.dir(obj)
        except Exception:
            return None
        return _calculate_suggestion(cands, name)
    return None


def format_exception_line(exc: BaseException, frame: TbEntry | None = None) -> str:
    """The last line CPython prints for an uncaught exception, e.g.
    'ZeroDivisionError: division by zero' (with the "Did you mean"
    suggestion of NameError/AttributeError, or the last note)."""
    t = type(exc)
    stype = t.__qualname__
    smod = t.__module__
    if smod not in ("__main__", "builtins"):
        stype = "%s.%s" % (smod, stype)
    try:
        text = str(exc)
    except Exception:   # noqa: BLE001
        text = "<exception str() failed>"
    line = "%s: %s" % (stype, text) if text else stype
    if isinstance(exc, (NameError, AttributeError)):
        sug = _suggestion(exc, frame)
        if sug:
            line += ". Did you mean: '%s'?" % sug
    lines = line.split("\n")
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            lines.extend(str(note).split("\n"))
    return lines[-1]


# ---------------------------------------------------------------- listing and checks

def iter_codes(code: CodeObject) -> list[CodeObject]:
    """code and every code object nested in its constants, depth first."""
    out = [code]
    for c in code.co_consts:
        if isinstance(c, ConstCode):
            out.extend(iter_codes(c.code))
    return out


def _argrepr(code: CodeObject, op: int, arg: int) -> str:
    kind = O.OPINFO[op].arg if op in O.OPINFO else O.ARG_NONE
    try:
        if kind == O.ARG_CONST:
            return repr(code.co_consts[arg])
        if kind == O.ARG_NAME:
            return code.co_names[arg]
        if kind == O.ARG_LOCAL:
            return code.co_varnames[arg]
        if kind == O.ARG_DEREF:
            return (list(code.co_cellvars) + list(code.co_freevars))[arg]
        if kind == O.ARG_JUMP:
            return "to %d" % arg
        if kind == O.ARG_CMP:
            return O.CMP_OPS[arg]
        if kind == O.ARG_BINOP:
            return O.BINARY_OPS[arg]
    except IndexError:
        return "<out of range>"
    if op == O.MAKE_FUNCTION:
        names = [n for b, n in ((1, "defaults"), (2, "kwdefaults"), (4, "annotations"), (8, "closure"))
                 if arg & b]
        return ", ".join(names)
    if op == O.FORMAT_VALUE:
        return ["", "str", "repr", "ascii"][arg & 3] + (" with spec" if arg & 4 else "")
    return ""


def disassemble(code: CodeObject, recursive: bool = True) -> str:
    out: list[str] = []
    codes = iter_codes(code) if recursive else [code]
    for c in codes:
        out.append("Disassembly of %s (%s, line %d), argcount %d posonly %d kwonly %d flags 0x%x "
                   "stacksize %d" % (c.co_qualname, c.co_name, c.co_firstlineno, c.co_argcount,
                                     c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags,
                                     c.co_stacksize))
        out.append("  varnames %s cellvars %s freevars %s" % (
            list(c.co_varnames), list(c.co_cellvars), list(c.co_freevars)))
        instrs, problems = decode(c)
        pos = c.positions()
        targets = {i.arg for i in instrs if i.op in O.JUMP_OPS}
        ex = c.exception_entries()
        for i in range(0, len(ex), 4):
            targets.add(ex[i + 2])
        prevline = None
        for ins in instrs:
            line = pos[4 * ins.index] if 4 * ins.index < len(pos) else -2
            ls = "%4d" % line if line != prevline else "    "
            prevline = line
            mark = ">>" if ins.start in targets else "  "
            name = O.opname(ins.op)
            if ins.op >= O.HAVE_ARGUMENT:
                out.append("%s %s %4d %-22s %5d (%s)" % (ls, mark, ins.index, name, ins.arg,
                                                       _argrepr(c, ins.op, ins.arg)))
            else:
                out.append("%s %s %4d %s" % (ls, mark, ins.index, name))
        if ex:
            out.append("  exception table:")
            for i in range(0, len(ex), 4):
                out.append("    %d to %d -> %d [%d]" % (ex[i], ex[i + 1], ex[i + 2], ex[i + 3]))
        for p in problems:
            out.append("  PROBLEM: " + p)
        out.append("")
    return "\n".join(out)


def required_depth(op: int, arg: int) -> int:
    """How many stack entries the instruction reads (pops or peeks)."""
    if op == O.CALL:
        return arg + 1
    if op == O.CALL_METHOD:
        return arg + 2
    if op == O.CALL_KW:
        return arg + 2
    if op == O.CALL_METHOD_KW:
        return arg + 3
    if op == O.CALL_FUNCTION_EX:
        return 2 + (arg & 1)
    if op in (O.BUILD_TUPLE, O.BUILD_LIST, O.BUILD_SET, O.BUILD_STRING, O.BUILD_SLICE):
        return arg
    if op == O.BUILD_MAP:
        return 2 * arg
    if op == O.BUILD_CONST_KEY_MAP:
        return arg + 1
    if op in (O.LIST_APPEND, O.SET_ADD, O.LIST_EXTEND, O.SET_UPDATE, O.DICT_UPDATE):
        return arg + 1
    if op == O.MAP_ADD:
        return arg + 2
    if op == O.DICT_MERGE:
        return arg + 3
    if op == O.FORMAT_VALUE:
        return 2 if arg & O.FVS_HAVE_SPEC else 1
    if op == O.MAKE_FUNCTION:
        return 1 + bin(arg & 15).count("1")
    if op == O.RAISE_VARARGS:
        return arg
    if op in (O.COPY, O.SWAP):
        return arg
    if op == O.WITH_EXCEPT_START:
        return 3
    info = O.OPINFO[op]
    return max(info.pops, info.jump_pops, 0)


def static_depths(code: CodeObject) -> tuple[dict[int, int], int, list[str]]:
    """Abstract interpretation of the stack depth with the table's
    stack_effect: (depth before each reachable instruction, the maximum,
    problems: underflows, inconsistent depths at merge points, handlers)."""
    instrs, problems = decode(code)
    if problems:
        return {}, 0, []
    by_start = {i.start: i for i in instrs}
    ex = code.exception_entries()
    entries = [(ex[i], ex[i + 1], ex[i + 2], ex[i + 3]) for i in range(0, len(ex), 4)]
    depth_at: dict[int, int] = {}
    out: list[str] = []
    maxd = 0
    work: list[tuple[int, int, str]] = [(0, 0, "entry")]
    while work:
        u, d, why = work.pop()
        if u not in by_start:
            out.append("%s: target %d is not the start of an instruction" % (why, u))
            continue
        if u in depth_at:
            if depth_at[u] != d:
                out.append("instruction %d reached with depths %d and %d (%s)" % (
                    u, depth_at[u], d, why))
            continue
        depth_at[u] = d
        ins = by_start[u]
        op, arg = ins.op, ins.arg
        maxd = max(maxd, d)
        need = required_depth(op, arg)
        if need > d:
            out.append("%s at %d needs %d stack entries, has %d" % (O.opname(op), ins.index, need, d))
            continue
        for (s, e, t, dep) in entries:
            if s <= ins.index < e:
                if dep > d:
                    out.append("instruction %d (depth %d) covered by a handler of depth %d" % (
                        ins.index, d, dep))
                work.append((t, dep + 1, "handler of %d" % ins.index))
                break
        if op in O.JUMP_OPS:
            dj = d + O.stack_effect(op, arg, True)
            maxd = max(maxd, dj)
            work.append((arg, dj, "jump from %d" % ins.index))
        if op in O.SCOPE_EXITS or op in O.UNCONDITIONAL_JUMPS:
            continue
        dn = d + O.stack_effect(op, arg, False)
        maxd = max(maxd, dn)
        if ins.next >= code.ninstructions():
            out.append("%s at %d falls off the end of the code" % (O.opname(op), ins.index))
            continue
        work.append((ins.next, dn, "after %d" % ins.index))
    return depth_at, maxd, out


def check_code(code: CodeObject, recursive: bool = True) -> list[str]:
    """Structural problems of a code object (and the nested ones): decoding,
    jump targets, the exception table, positions, stack depths."""
    problems: list[str] = []
    for c in (iter_codes(code) if recursive else [code]):
        where = "%s (line %d)" % (c.co_qualname, c.co_firstlineno)
        instrs, probs = decode(c)
        problems.extend("%s: %s" % (where, p) for p in probs)
        n = c.ninstructions()
        starts = {i.start for i in instrs}
        info_probs: list[str] = []
        try:
            CodeInfo(c)
        except Exception as e:   # noqa: BLE001
            info_probs.append("CodeInfo failed: %r" % e)
        problems.extend("%s: %s" % (where, p) for p in info_probs)
        for ins in instrs:
            if ins.op in O.JUMP_OPS:
                if not 0 <= ins.arg < n:
                    problems.append("%s: jump at %d to %d outside the code (%d)" % (where, ins.index, ins.arg, n))
                elif ins.arg not in starts:
                    problems.append("%s: jump at %d to %d, not an instruction start" % (where, ins.index, ins.arg))
                if ins.op == O.JUMP_FORWARD and ins.arg <= ins.index:
                    problems.append("%s: JUMP_FORWARD at %d goes back to %d" % (where, ins.index, ins.arg))
                if ins.op == O.JUMP_BACKWARD and ins.arg > ins.index:
                    problems.append("%s: JUMP_BACKWARD at %d goes forward to %d" % (where, ins.index, ins.arg))
            if ins.op == O.SEND:
                nxt = [j for j in instrs if j.start == ins.next]
                if not nxt or nxt[0].op != O.YIELD_VALUE:
                    problems.append("%s: SEND at %d is not followed by YIELD_VALUE" % (where, ins.index))
        if instrs and instrs[-1].op not in O.SCOPE_EXITS and instrs[-1].op not in O.UNCONDITIONAL_JUMPS:
            problems.append("%s: the last instruction %s can fall off the end" % (
                where, O.opname(instrs[-1].op)))
        ex = c.exception_entries()
        prev_end = -1
        for i in range(0, len(ex), 4):
            s, end, t, d = ex[i:i + 4]
            if not (0 <= s < end <= n):
                problems.append("%s: exception entry %d..%d out of the code (%d)" % (where, s, end, n))
            if s < prev_end:
                problems.append("%s: exception entry %d..%d overlaps or is not sorted (previous end %d)"
                                % (where, s, end, prev_end))
            prev_end = max(prev_end, end)
            if t not in starts:
                problems.append("%s: exception handler target %d is not an instruction" % (where, t))
            if d > c.co_stacksize:
                problems.append("%s: exception entry depth %d > co_stacksize %d" % (where, d, c.co_stacksize))
        pos = c.positions()
        if len(pos) != 4 * n:
            problems.append("%s: positions() has %d entries for %d instructions" % (where, len(pos) // 4, n))
        nargs = c.co_argcount + c.co_kwonlyargcount + (1 if c.co_flags & O.CO_VARARGS else 0) + \
            (1 if c.co_flags & O.CO_VARKEYWORDS else 0)
        if len(c.co_varnames) < nargs:
            problems.append("%s: %d varnames for %d arguments" % (where, len(c.co_varnames), nargs))
        if c.co_posonlyargcount > c.co_argcount:
            problems.append("%s: posonlyargcount > argcount" % where)
        if not probs:
            _, maxd, sprobs = static_depths(c)
            problems.extend("%s: %s" % (where, p) for p in sprobs)
            if maxd > c.co_stacksize:
                problems.append("%s: static stack depth %d > co_stacksize %d" % (where, maxd, c.co_stacksize))
    return problems


# ---------------------------------------------------------------- CPython 3.11 -> ouro

def host_const(v: Any) -> ConstValue:
    if v is None:
        return ConstNone()
    if v is ...:
        return ConstEllipsis()
    if isinstance(v, bool):
        return ConstBool(v)
    if isinstance(v, int):
        fits = -2 ** 63 <= v < 2 ** 63
        return ConstInt(str(v), v if fits else 0, fits)
    if isinstance(v, float):
        return ConstFloat(v)
    if isinstance(v, complex):
        return ConstComplex(v.real, v.imag)
    if isinstance(v, str):
        return ConstStr(v)
    if isinstance(v, bytes):
        return ConstBytes(v)
    if isinstance(v, tuple):
        return ConstTuple([host_const(x) for x in v])
    if isinstance(v, frozenset):
        return ConstFrozenset([host_const(x) for x in v])
    if isinstance(v, types.CodeType):
        return ConstCode(from_cpython(v))
    raise ValueError("constant %r" % (v,))


_JUMP_MAP = {
    "JUMP_FORWARD": "JUMP_FORWARD", "JUMP_BACKWARD": "JUMP_BACKWARD",
    "JUMP_BACKWARD_NO_INTERRUPT": "JUMP_BACKWARD",
    "POP_JUMP_FORWARD_IF_FALSE": "POP_JUMP_IF_FALSE", "POP_JUMP_BACKWARD_IF_FALSE": "POP_JUMP_IF_FALSE",
    "POP_JUMP_FORWARD_IF_TRUE": "POP_JUMP_IF_TRUE", "POP_JUMP_BACKWARD_IF_TRUE": "POP_JUMP_IF_TRUE",
    "POP_JUMP_FORWARD_IF_NONE": "POP_JUMP_IF_NONE", "POP_JUMP_BACKWARD_IF_NONE": "POP_JUMP_IF_NONE",
    "POP_JUMP_FORWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "POP_JUMP_BACKWARD_IF_NOT_NONE": "POP_JUMP_IF_NOT_NONE",
    "JUMP_IF_FALSE_OR_POP": "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP": "JUMP_IF_TRUE_OR_POP",
    "FOR_ITER": "FOR_ITER", "SEND": "SEND",
}
_DROP = {"CACHE", "RESUME", "PRECALL", "MAKE_CELL", "COPY_FREE_VARS", "EXTENDED_ARG", "ASYNC_GEN_WRAP"}
_SAME_NOARG = {"NOP", "POP_TOP", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT",
               "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "GET_ITER", "GET_YIELD_FROM_ITER",
               "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "BEFORE_WITH", "END_ASYNC_FOR",
               "PUSH_EXC_INFO", "POP_EXCEPT", "CHECK_EXC_MATCH", "CHECK_EG_MATCH",
               "PREP_RERAISE_STAR", "LOAD_ASSERTION_ERROR", "LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS",
               "RETURN_VALUE", "YIELD_VALUE", "IMPORT_STAR", "PRINT_EXPR", "GET_LEN",
               "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "LIST_TO_TUPLE"}
_SAME_ARG = {"LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_NAME", "STORE_NAME",
             "DELETE_NAME", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_ATTR", "STORE_ATTR",
             "DELETE_ATTR", "BINARY_OP", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BUILD_TUPLE",
             "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_CONST_KEY_MAP", "BUILD_STRING",
             "BUILD_SLICE", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE",
             "DICT_UPDATE", "DICT_MERGE", "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE",
             "MAKE_FUNCTION", "RAISE_VARARGS", "IMPORT_NAME", "IMPORT_FROM", "GET_AWAITABLE",
             "COPY", "SWAP", "MATCH_CLASS"}
_DEREF = {"LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF"}


def from_cpython(hc: types.CodeType) -> CodeObject:
    """CPython 3.11 bytecode translated to ouro's (for testing the evaluator
    without the compiler).  The `lasti` CPython pushes for some handlers is
    pushed by a small stub, so handler code keeps CPython's stack layout;
    WITH_EXCEPT_START (which reads exit 4 below the top there) becomes a
    COPY/SWAP sequence around ours."""
    consts = [host_const(v) for v in hc.co_consts]
    lasti_const = len(consts)
    consts.append(ConstInt("-1", -1, True))
    # 3.11's DEREF arguments index "localsplus": the varnames (cell
    # arguments among them), the other cellvars, the freevars
    nlocals = len(hc.co_varnames)
    pure_cells = [c for c in hc.co_cellvars if c not in hc.co_varnames]

    def deref_index(a: int) -> int:
        if a < nlocals:
            return list(hc.co_cellvars).index(hc.co_varnames[a])
        a -= nlocals
        if a < len(pure_cells):
            return list(hc.co_cellvars).index(pure_cells[a])
        return len(hc.co_cellvars) + a - len(pure_cells)

    out: list[list[Any]] = []          # [opname, arg, jump target, positions]
    start_of: dict[int, int] = {}       # CPython byte offset -> index in `out`
    markers: list[str] = []
    pending_kw = False
    drop_pop = False
    prev_name = ""
    for ins in host_dis.get_instructions(hc):
        name = ins.opname
        iarg: int = ins.arg if ins.arg is not None else 0
        before = prev_name
        if name not in _DROP:
            prev_name = name
        start_of[ins.offset] = len(out)
        p = ins.positions
        pos = [p.lineno if p and p.lineno is not None else -1,
               p.end_lineno if p and p.end_lineno is not None else -1,
               p.col_offset if p and p.col_offset is not None else -1,
               p.end_col_offset if p and p.end_col_offset is not None else -1]
        if pos[0] < 0:
            pos = [-1, -1, -1, -1]

        def emit(opname: str, arg: int = 0, target: Any = None) -> None:
            out.append([opname, arg, target, pos])

        if name in _DROP:
            continue
        if name == "RETURN_GENERATOR":
            drop_pop = True
            continue
        if name == "POP_TOP" and drop_pop:
            drop_pop = False
            continue
        drop_pop = False
        if name == "PUSH_NULL":
            markers.append("null")
            continue
        if name == "LOAD_GLOBAL":
            if iarg & 1:
                markers.append("null")
            emit("LOAD_GLOBAL", iarg >> 1)
            continue
        if name == "LOAD_METHOD":
            markers.append("method")
            emit("LOAD_METHOD", iarg)
            continue
        if name == "KW_NAMES":
            emit("LOAD_CONST", iarg)
            pending_kw = True
            continue
        if name == "CALL":
            # 3.11 pushes no NULL for the calls of comprehensions
            # (`func iter CALL 0`), decorators, `with` exits, assert
            # messages: CALL then sees a callable and "self" (method style)
            if iarg == 0 and before in ("GET_ITER", "GET_AITER"):
                kind = "method"
            else:
                kind = markers.pop() if markers else "method"
            if kind == "null":
                emit("CALL_KW" if pending_kw else "CALL", iarg)
            else:
                emit("CALL_METHOD_KW" if pending_kw else "CALL_METHOD", iarg)
            pending_kw = False
            continue
        if name == "CALL_FUNCTION_EX":
            kind = markers.pop() if markers else "?"
            if kind != "null":
                raise ValueError("CALL_FUNCTION_EX without PUSH_NULL in %s" % hc.co_qualname)
            emit("CALL_FUNCTION_EX", iarg)
            continue
        if name in _JUMP_MAP:
            emit(_JUMP_MAP[name], 0, ins.argval)
            continue
        if name == "RERAISE":
            emit("RERAISE")
            continue
        if name == "WITH_EXCEPT_START":
            emit("COPY", 4)
            emit("COPY", 3)
            emit("COPY", 3)
            emit("WITH_EXCEPT_START")
            emit("SWAP", 4)
            emit("POP_TOP")
            emit("POP_TOP")
            emit("POP_TOP")
            continue
        if name in _DEREF:
            emit(name, deref_index(iarg))
            continue
        if name in _SAME_NOARG:
            emit(name)
            continue
        if name in _SAME_ARG:
            emit(name, iarg)
            continue
        raise ValueError("from_cpython: no translation for %s in %s" % (name, hc.co_qualname))
    if markers:
        raise ValueError("from_cpython: unbalanced calls in %s: %r" % (hc.co_qualname, markers))
    nbody = len(out)

    def index_of(offset: int) -> int:
        # the first translated instruction at or after a CPython offset
        o = offset
        while o not in start_of:
            o += 2
            if o > 2 * len(hc.co_code) + 2:
                return nbody
        return start_of[o]

    # exception table: lasti handlers get a stub pushing a fake lasti below exc
    entries = []
    stubs: dict[int, int] = {}
    for e in host_dis._parse_exception_table(hc):  # type: ignore[attr-defined]
        s, t = index_of(e.start), index_of(e.end)
        if s >= t:
            continue
        h = index_of(e.target)
        if e.lasti:
            if h not in stubs:
                stubs[h] = len(out)
                nopos = [-1, -1, -1, -1]
                out.append(["LOAD_CONST", lasti_const, None, nopos])
                out.append(["SWAP", 2, None, nopos])
                out.append(["JUMP_BACKWARD", 0, ("idx", h), nopos])
            h = stubs[h]
        entries.append([s, t, h, e.depth])
    # jump targets as instruction indices of `out`
    for item in out:
        tgt = item[2]
        if isinstance(tgt, int):
            item[2] = ("idx", index_of(tgt))
    # layout with EXTENDED_ARG, until stable
    sizes = [1] * len(out)
    while True:
        addr = [0] * (len(out) + 1)
        for i in range(len(out)):
            addr[i + 1] = addr[i] + sizes[i]
        changed = False
        for i, item in enumerate(out):
            arg = addr[item[2][1]] if item[2] is not None else item[1]
            n = 1
            while arg >= 256 ** n:
                n += 1
            if n != sizes[i]:
                sizes[i] = max(n, sizes[i])
                changed = True
        if not changed:
            break
    code_bytes: list[int] = []
    positions: list[int] = []
    for i, item in enumerate(out):
        op = O.OPMAP[item[0]]
        arg = addr[item[2][1]] if item[2] is not None else item[1]
        n = sizes[i]
        for k in range(n - 1, 0, -1):
            code_bytes += [O.EXTENDED_ARG, (arg >> (8 * k)) & 0xff]
            positions += item[3]
        code_bytes += [op, arg & 0xff if op >= O.HAVE_ARGUMENT else 0]
        positions += item[3]
    flat: list[int] = []
    for s, t, h, d in sorted(entries):
        flat += [addr[s], addr[t], addr[h], d]
    return CodeObject(hc.co_argcount, hc.co_posonlyargcount, hc.co_kwonlyargcount,
                      hc.co_stacksize + 4, hc.co_flags, bytes(code_bytes), consts,
                      list(hc.co_names), list(hc.co_varnames), list(hc.co_cellvars),
                      list(hc.co_freevars), hc.co_filename, hc.co_name, hc.co_qualname,
                      hc.co_firstlineno, encode_linetable(hc.co_firstlineno, positions),
                      encode_exceptiontable(flat))
