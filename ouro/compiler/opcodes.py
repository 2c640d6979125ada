"""The opcode table of ouro's bytecode: the one place where it is defined.

ouro's bytecode is a stack machine close to CPython 3.11's, simplified
where 3.11's shape only serves CPython's specializing interpreter (no CACHE
entries, no PRECALL/KW_NAMES, no RESUME) and where a tracing JIT prefers
something else (loops end in JUMP_BACKWARD, the JIT's `can_enter_jit`
point; method calls are LOAD_METHOD/CALL_METHOD pairs, as in PyPy).

Encoding (`CodeObject.co_code`, bytes): instructions of two bytes, opcode
then argument.  Opcodes >= HAVE_ARGUMENT use their argument; the others
ignore it (it is 0).  An argument wider than a byte is preceded by
EXTENDED_ARG instructions carrying its higher bytes, as in CPython.  Jump
arguments are ABSOLUTE targets counted in instructions (code units of two
bytes): the target of a jump with argument N is byte offset 2*N.

Exceptions use a table (`CodeObject.co_exceptiontable`), not a block
stack: each entry covers instructions [start, end) with a handler target
and a stack depth.  When an exception escapes an instruction in a covered
range, the interpreter pops the value stack down to `depth`, pushes the
exception and jumps to the handler; with no covering entry, the exception
leaves the frame.  (CPython's entries can also push the instruction
offset, `lasti`; ours never do: RERAISE keeps the traceback as it is.)

Stack pictures read bottom to top; `NULL` is a marker no Python code can
see.  The table below, `OPCODES`, gives for each opcode its number, its
argument kind, its stack effect (popped, pushed; for jumps, also when the
jump is taken) and its meaning.  `docs/bytecode.md` is generated from it:
    python -m ouro.compiler.opcodes > docs/bytecode.md
"""
from __future__ import annotations

HAVE_ARGUMENT = 90

# argument kinds
ARG_NONE = 0      # no argument
ARG_CONST = 1     # index into co_consts
ARG_NAME = 2      # index into co_names
ARG_LOCAL = 3     # index into co_varnames (the fast locals)
ARG_DEREF = 4     # index into co_cellvars + co_freevars (the cells)
ARG_JUMP = 5      # absolute jump target, in instructions
ARG_COUNT = 6     # a count or a stack depth
ARG_CMP = 7       # comparison, index into CMP_OPS
ARG_BINOP = 8     # binary operator, index into BINARY_OPS
ARG_FLAGS = 9     # bit flags, described per opcode

ARG_KIND_NAMES = ["", "const", "name", "local", "deref", "jump", "count", "cmp", "binop", "flags"]

# COMPARE_OP arguments (CPython's order)
CMP_OPS = ["<", "<=", "==", "!=", ">", ">="]
CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5

# BINARY_OP arguments (CPython 3.11's NB_* numbering): 0..12 the binary
# operators, 13..25 the same as augmented assignments (`x += y` may work in
# place: __iadd__ first)
BINARY_OPS = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
              "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="]
NB_ADD = 0
NB_AND = 1
NB_FLOOR_DIVIDE = 2
NB_LSHIFT = 3
NB_MATRIX_MULTIPLY = 4
NB_MULTIPLY = 5
NB_REMAINDER = 6
NB_OR = 7
NB_POWER = 8
NB_RSHIFT = 9
NB_SUBTRACT = 10
NB_TRUE_DIVIDE = 11
NB_XOR = 12
NB_INPLACE = 13     # NB_INPLACE + NB_X is the augmented form of NB_X

# FORMAT_VALUE flags
FVC_MASK = 3
FVC_NONE = 0
FVC_STR = 1
FVC_REPR = 2
FVC_ASCII = 3
FVS_HAVE_SPEC = 4

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_ANNOTATIONS = 4
MF_CLOSURE = 8

# code flags (CPython's values)
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200
CO_FUTURE_ANNOTATIONS = 0x1000000


class OpInfo:
    """One row of the table.  `pops`/`pushes` are the stack effect when the
    instruction falls through; -1 means "depends on the argument" (see
    stack_effect).  `jump_pops`/`jump_pushes` apply when a jump is taken."""
    name: str
    num: int
    arg: int
    pops: int
    pushes: int
    jump_pops: int
    jump_pushes: int
    stack: str
    doc: str

    def __init__(self, name: str, num: int, arg: int, pops: int, pushes: int,
                 jump_pops: int, jump_pushes: int, stack: str, doc: str) -> None:
        self.name = name
        self.num = num
        self.arg = arg
        self.pops = pops
        self.pushes = pushes
        self.jump_pops = jump_pops
        self.jump_pushes = jump_pushes
        self.stack = stack
        self.doc = doc


OPCODES: list[OpInfo] = []
OPMAP: dict[str, int] = {}
OPINFO: dict[int, OpInfo] = {}


def _def(name: str, num: int, arg: int, pops: int, pushes: int, stack: str, doc: str,
         jump_pops: int = -2, jump_pushes: int = -2) -> int:
    assert name not in OPMAP and num not in OPINFO, name
    assert (num >= HAVE_ARGUMENT) == (arg != ARG_NONE), name
    if jump_pops == -2:
        jump_pops = pops
        jump_pushes = pushes
    info = OpInfo(name, num, arg, pops, pushes, jump_pops, jump_pushes, stack, doc)
    OPCODES.append(info)
    OPMAP[name] = num
    OPINFO[num] = info
    return num


# -- no argument ------------------------------------------------------------

NOP = _def("NOP", 1, ARG_NONE, 0, 0, "", "Does nothing (keeps a line number alive).")
POP_TOP = _def("POP_TOP", 2, ARG_NONE, 1, 0, "x ->", "Discards the top of the stack.")
PUSH_NULL = _def("PUSH_NULL", 3, ARG_NONE, 0, 1, "-> NULL", "Pushes the NULL marker.")
UNARY_POSITIVE = _def("UNARY_POSITIVE", 4, ARG_NONE, 1, 1, "x -> +x", "`+x` (`__pos__`).")
UNARY_NEGATIVE = _def("UNARY_NEGATIVE", 5, ARG_NONE, 1, 1, "x -> -x", "`-x` (`__neg__`).")
UNARY_NOT = _def("UNARY_NOT", 6, ARG_NONE, 1, 1, "x -> not x", "`not x`: a bool from x's truth.")
UNARY_INVERT = _def("UNARY_INVERT", 7, ARG_NONE, 1, 1, "x -> ~x", "`~x` (`__invert__`).")
BINARY_SUBSCR = _def("BINARY_SUBSCR", 8, ARG_NONE, 2, 1, "c k -> c[k]", "Subscription.")
STORE_SUBSCR = _def("STORE_SUBSCR", 9, ARG_NONE, 3, 0, "v c k ->", "`c[k] = v`.")
DELETE_SUBSCR = _def("DELETE_SUBSCR", 10, ARG_NONE, 2, 0, "c k ->", "`del c[k]`.")
GET_ITER = _def("GET_ITER", 11, ARG_NONE, 1, 1, "x -> iter(x)", "`iter(x)`.")
GET_YIELD_FROM_ITER = _def(
    "GET_YIELD_FROM_ITER", 12, ARG_NONE, 1, 1, "x -> it",
    "For `yield from x`: a generator or coroutine stays itself (a coroutine "
    "only inside a coroutine-compatible generator, else TypeError); "
    "anything else becomes `iter(x)`.")
GET_AITER = _def("GET_AITER", 13, ARG_NONE, 1, 1, "x -> x.__aiter__()",
                 "For `async for`; TypeError if there is no `__aiter__`.")
GET_ANEXT = _def("GET_ANEXT", 14, ARG_NONE, 1, 2, "ait -> ait aw",
                 "Pushes the awaitable of `ait.__anext__()` (as GET_AWAITABLE makes it).")
BEFORE_ASYNC_WITH = _def("BEFORE_ASYNC_WITH", 15, ARG_NONE, 1, 2, "mgr -> aexit aw",
                         "For `async with`: the bound `__aexit__`, then the awaitable "
                         "of `__aenter__()`.")
BEFORE_WITH = _def("BEFORE_WITH", 16, ARG_NONE, 1, 2, "mgr -> exit res",
                   "For `with`: looks up `__enter__` and `__exit__` on the type "
                   "(TypeError as CPython's if missing), pushes the bound `__exit__` "
                   "and the result of calling `__enter__`.")
END_ASYNC_FOR = _def("END_ASYNC_FOR", 17, ARG_NONE, 2, 0, "ait exc ->",
                     "The handler of an `async for` loop: if exc is a "
                     "StopAsyncIteration, pops both and goes on; else re-raises exc "
                     "(its traceback unchanged).")
WITH_EXCEPT_START = _def("WITH_EXCEPT_START", 18, ARG_NONE, 3, 4,
                         "exit prev exc -> exit prev exc res",
                         "Calls `exit(type(exc), exc, exc.__traceback__)`.")
PUSH_EXC_INFO = _def("PUSH_EXC_INFO", 19, ARG_NONE, 1, 2, "exc -> prev exc",
                     "Starts handling exc: pushes the exception being handled so "
                     "far (`sys.exc_info()`, or None) below it and makes exc the one.")
POP_EXCEPT = _def("POP_EXCEPT", 20, ARG_NONE, 1, 0, "prev ->",
                  "Ends handling: `prev` becomes the handled exception again.")
RERAISE = _def("RERAISE", 21, ARG_NONE, 1, 0, "exc ->",
               "Raises exc again, its traceback unchanged.")
CHECK_EXC_MATCH = _def("CHECK_EXC_MATCH", 22, ARG_NONE, 2, 2, "exc T -> exc b",
                       "b = isinstance(exc, T); TypeError if T is not an exception "
                       "class or a tuple of them.")
CHECK_EG_MATCH = _def("CHECK_EG_MATCH", 23, ARG_NONE, 2, 2, "eg T -> rest match",
                      "For `except* T`: splits eg (wrapping a naked exception in an "
                      "ExceptionGroup) into the part matching T (`match`, None if "
                      "nothing matches, then `rest` is eg) and the rest; a match "
                      "becomes the exception being handled (`sys.exception()`).")
PREP_RERAISE_STAR = _def("PREP_RERAISE_STAR", 24, ARG_NONE, 2, 1, "orig excs -> exc",
                         "After the `except*` clauses: from the original group and the "
                         "list of exceptions raised or re-raised by the clauses, the "
                         "exception to raise (None if none).")
LOAD_ASSERTION_ERROR = _def("LOAD_ASSERTION_ERROR", 25, ARG_NONE, 0, 1, "-> AssertionError",
                            "Pushes the built-in AssertionError class.")
LOAD_BUILD_CLASS = _def("LOAD_BUILD_CLASS", 26, ARG_NONE, 0, 1, "-> __build_class__",
                        "Pushes `builtins.__build_class__`.")
SETUP_ANNOTATIONS = _def("SETUP_ANNOTATIONS", 27, ARG_NONE, 0, 0, "",
                         "Creates `__annotations__ = {}` in the locals if missing.")
RETURN_VALUE = _def("RETURN_VALUE", 28, ARG_NONE, 1, 0, "x ->", "Returns x from the frame.")
YIELD_VALUE = _def("YIELD_VALUE", 29, ARG_NONE, 1, 1, "x -> sent",
                   "Suspends the generator, producing x; resumes with the sent value "
                   "(None for `next()`) on the stack, or raises what `throw()` gives.")
IMPORT_STAR = _def("IMPORT_STAR", 30, ARG_NONE, 1, 0, "mod ->",
                   "`from mod import *` into the locals (`__all__`, else the public names).")
PRINT_EXPR = _def("PRINT_EXPR", 31, ARG_NONE, 1, 0, "x ->",
                  "Interactive mode: `sys.displayhook(x)`.")
GET_LEN = _def("GET_LEN", 32, ARG_NONE, 1, 2, "x -> x len(x)", "For match statements.")
MATCH_MAPPING = _def("MATCH_MAPPING", 33, ARG_NONE, 1, 2, "x -> x b",
                     "b: is x a mapping (for match statements).")
MATCH_SEQUENCE = _def("MATCH_SEQUENCE", 34, ARG_NONE, 1, 2, "x -> x b",
                      "b: is x a sequence (not str, bytes, bytearray) (match).")
MATCH_KEYS = _def("MATCH_KEYS", 35, ARG_NONE, 2, 3, "x keys -> x keys vals",
                  "vals: a tuple of x[k] for the keys (a tuple), None if one is "
                  "missing; ValueError on duplicate keys (match).")
LIST_TO_TUPLE = _def("LIST_TO_TUPLE", 36, ARG_NONE, 1, 1, "l -> tuple(l)", "")

# -- with an argument ---------------------------------------------------------

EXTENDED_ARG = _def("EXTENDED_ARG", 90, ARG_COUNT, 0, 0, "",
                    "Prefix: the next instruction's argument is "
                    "`(this argument << 8) | its own byte`.")
LOAD_CONST = _def("LOAD_CONST", 91, ARG_CONST, 0, 1, "-> c", "Pushes co_consts[arg].")
LOAD_FAST = _def("LOAD_FAST", 92, ARG_LOCAL, 0, 1, "-> v",
                 "Pushes a local; UnboundLocalError (CPython's message) if unset.")
STORE_FAST = _def("STORE_FAST", 93, ARG_LOCAL, 1, 0, "v ->", "Sets a local.")
DELETE_FAST = _def("DELETE_FAST", 94, ARG_LOCAL, 0, 0, "",
                   "Unsets a local; UnboundLocalError if unset.")
LOAD_NAME = _def("LOAD_NAME", 95, ARG_NAME, 0, 1, "-> v",
                 "Module and class bodies: locals, then globals, then builtins; NameError.")
STORE_NAME = _def("STORE_NAME", 96, ARG_NAME, 1, 0, "v ->", "Sets a name in the locals.")
DELETE_NAME = _def("DELETE_NAME", 97, ARG_NAME, 0, 0, "", "Deletes a name from the locals.")
LOAD_GLOBAL = _def("LOAD_GLOBAL", 98, ARG_NAME, 0, 1, "-> v",
                   "Globals, then builtins; NameError.")
STORE_GLOBAL = _def("STORE_GLOBAL", 99, ARG_NAME, 1, 0, "v ->", "")
DELETE_GLOBAL = _def("DELETE_GLOBAL", 100, ARG_NAME, 0, 0, "", "")
LOAD_DEREF = _def("LOAD_DEREF", 101, ARG_DEREF, 0, 1, "-> v",
                  "The content of a cell; an empty cell raises UnboundLocalError "
                  "(a cell variable) or NameError (a free variable: \"cannot access "
                  "free variable 'x' where it is not associated with a value in "
                  "enclosing scope\").")
STORE_DEREF = _def("STORE_DEREF", 102, ARG_DEREF, 1, 0, "v ->", "Sets a cell's content.")
DELETE_DEREF = _def("DELETE_DEREF", 103, ARG_DEREF, 0, 0, "", "Empties a cell.")
LOAD_CLASSDEREF = _def("LOAD_CLASSDEREF", 104, ARG_DEREF, 0, 1, "-> v",
                       "In a class body, a free variable: the class namespace first, "
                       "then the cell.")
LOAD_CLOSURE = _def("LOAD_CLOSURE", 105, ARG_DEREF, 0, 1, "-> cell",
                    "Pushes the cell itself (to build a closure tuple).")
LOAD_ATTR = _def("LOAD_ATTR", 106, ARG_NAME, 1, 1, "o -> o.name", "")
STORE_ATTR = _def("STORE_ATTR", 107, ARG_NAME, 2, 0, "v o ->", "`o.name = v`.")
DELETE_ATTR = _def("DELETE_ATTR", 108, ARG_NAME, 1, 0, "o ->", "`del o.name`.")
LOAD_METHOD = _def("LOAD_METHOD", 109, ARG_NAME, 1, 2, "o -> meth o | attr NULL",
                   "If `o.name` is a plain function found on the type (and not "
                   "shadowed by the instance), pushes it unbound and o; else pushes "
                   "`o.name` and NULL.  Followed by CALL_METHOD(_KW).")
CALL_METHOD = _def("CALL_METHOD", 110, ARG_COUNT, -1, 1, "meth self|NULL a1..an -> r",
                   "Calls `meth(self, a1..an)`, or `meth(a1..an)` when NULL; n = arg.")
CALL_METHOD_KW = _def("CALL_METHOD_KW", 111, ARG_COUNT, -1, 1,
                      "meth self|NULL a1..an names -> r",
                      "As CALL_METHOD; names is a tuple of k strings: the last k of the "
                      "n arguments are passed by keyword.")
CALL = _def("CALL", 112, ARG_COUNT, -1, 1, "f a1..an -> r", "Calls `f(a1..an)`; n = arg.")
CALL_KW = _def("CALL_KW", 113, ARG_COUNT, -1, 1, "f a1..an names -> r",
               "As CALL; the last len(names) arguments are passed by keyword.")
CALL_FUNCTION_EX = _def("CALL_FUNCTION_EX", 114, ARG_FLAGS, -1, 1, "f args [kwargs] -> r",
                        "`f(*args, **kwargs)`: args is a tuple, or any iterable (`f(*x)`: "
                        "converted to a tuple, TypeError \"f() argument after * must be an "
                        "iterable, not T\"); kwargs (present when arg & 1) is a dict.")
BINARY_OP = _def("BINARY_OP", 115, ARG_BINOP, 2, 1, "a b -> a op b",
                 "A binary operator, BINARY_OPS[arg] (13 and up: augmented assignment, "
                 "in place first).")
COMPARE_OP = _def("COMPARE_OP", 116, ARG_CMP, 2, 1, "a b -> a op b",
                  "A rich comparison, CMP_OPS[arg].")
IS_OP = _def("IS_OP", 117, ARG_COUNT, 2, 1, "a b -> r",
             "`a is b` (`a is not b` when arg is 1).")
CONTAINS_OP = _def("CONTAINS_OP", 118, ARG_COUNT, 2, 1, "a b -> r",
                   "`a in b` (`a not in b` when arg is 1).")
BUILD_TUPLE = _def("BUILD_TUPLE", 119, ARG_COUNT, -1, 1, "x1..xn -> t", "")
BUILD_LIST = _def("BUILD_LIST", 120, ARG_COUNT, -1, 1, "x1..xn -> l", "")
BUILD_SET = _def("BUILD_SET", 121, ARG_COUNT, -1, 1, "x1..xn -> s", "")
BUILD_MAP = _def("BUILD_MAP", 122, ARG_COUNT, -1, 1, "k1 v1 .. kn vn -> d", "")
BUILD_CONST_KEY_MAP = _def("BUILD_CONST_KEY_MAP", 123, ARG_COUNT, -1, 1,
                           "v1..vn keys -> d", "keys: a constant tuple of n keys.")
BUILD_STRING = _def("BUILD_STRING", 124, ARG_COUNT, -1, 1, "s1..sn -> s",
                    "Concatenates n strings (f-strings).")
BUILD_SLICE = _def("BUILD_SLICE", 125, ARG_COUNT, -1, 1, "a b [c] -> slice",
                   "`slice(a, b)` (arg 2) or `slice(a, b, c)` (arg 3).")
LIST_APPEND = _def("LIST_APPEND", 126, ARG_COUNT, 1, 0, "l .. x -> l ..",
                   "Appends x to the list arg entries below it (comprehensions).")
SET_ADD = _def("SET_ADD", 127, ARG_COUNT, 1, 0, "s .. x -> s ..", "As LIST_APPEND, for a set.")
MAP_ADD = _def("MAP_ADD", 128, ARG_COUNT, 2, 0, "d .. k v -> d ..",
               "`d[k] = v` for the dict arg entries below k.")
LIST_EXTEND = _def("LIST_EXTEND", 129, ARG_COUNT, 1, 0, "l .. it -> l ..",
                   "`l.extend(it)` (starred items of displays and calls).")
SET_UPDATE = _def("SET_UPDATE", 130, ARG_COUNT, 1, 0, "s .. it -> s ..", "")
DICT_UPDATE = _def("DICT_UPDATE", 131, ARG_COUNT, 1, 0, "d .. m -> d ..",
                   "`d.update(m)` for `{**m}`; TypeError \"'T' object is not a mapping\".")
DICT_MERGE = _def("DICT_MERGE", 132, ARG_COUNT, 1, 0, "f args d .. m -> f args d ..",
                  "For `f(**m)`: as DICT_UPDATE, but a repeated key raises CPython's "
                  "\"f() got multiple values for keyword argument 'k'\" (f is the "
                  "entry arg + 2 below m).")
UNPACK_SEQUENCE = _def("UNPACK_SEQUENCE", 133, ARG_COUNT, 1, -1, "seq -> xn..x1",
                       "Unpacks exactly n items, the first on top; ValueError as CPython's.")
UNPACK_EX = _def("UNPACK_EX", 134, ARG_COUNT, 1, -1, "seq -> after.. list before..",
                 "Starred unpacking: arg = before + (after << 8); the first item on top.")
FORMAT_VALUE = _def("FORMAT_VALUE", 135, ARG_FLAGS, -1, 1, "x [spec] -> s",
                    "f-string field: arg & 3 converts first (1 str, 2 repr, 3 ascii), "
                    "then `format(x, spec)` (spec on the stack when arg & 4, else '').")
MAKE_FUNCTION = _def("MAKE_FUNCTION", 136, ARG_FLAGS, -1, 1,
                     "[defaults] [kwdefaults] [annotations] [closure] code -> f",
                     "A function from a code object (its name and qualname from the "
                     "code, its `__doc__` co_consts[0] when that is a str); optional "
                     "parts as flagged: 1 a tuple of defaults, 2 a dict of keyword-only "
                     "defaults, 4 a flat tuple (name1, value1, name2, value2, ...) of "
                     "annotations, 8 a tuple of cells.")
RAISE_VARARGS = _def("RAISE_VARARGS", 137, ARG_COUNT, -1, 0, "[exc [cause]] ->",
                     "`raise` (arg 0: re-raise the handled exception, its traceback "
                     "unchanged), `raise exc` (1), `raise exc from cause` (2).")
IMPORT_NAME = _def("IMPORT_NAME", 138, ARG_NAME, 2, 1, "level fromlist -> mod",
                   "`__import__(name, globals, locals, fromlist, level)`.")
IMPORT_FROM = _def("IMPORT_FROM", 139, ARG_NAME, 1, 2, "mod -> mod x",
                   "`mod.name`, else the submodule `mod.name` from sys.modules; "
                   "ImportError as CPython's.")
GET_AWAITABLE = _def("GET_AWAITABLE", 140, ARG_COUNT, 1, 1, "x -> aw",
                     "The iterator of `await x` (a coroutine itself, or "
                     "`x.__await__()`); arg 1 or 2 say x came from `__aenter__` or "
                     "`__aexit__`, for the error message.")
COPY = _def("COPY", 141, ARG_COUNT, 0, 1, ".. x .. -> .. x .. x",
            "Pushes the entry arg from the top (1 = the top).")
SWAP = _def("SWAP", 142, ARG_COUNT, 0, 0, "", "Swaps the top with the entry arg from the top.")
MATCH_CLASS = _def("MATCH_CLASS", 143, ARG_COUNT, 3, 1, "x cls names -> attrs|None",
                   "`case cls(p1..pn, k1=..)`: n = arg positional sub-patterns via "
                   "`__match_args__`, names the keywords; pushes the tuple of the "
                   "attributes, or None if x is not an instance of cls.  TypeError "
                   "as CPython's.")
JUMP_FORWARD = _def("JUMP_FORWARD", 150, ARG_JUMP, 0, 0, "", "Jumps (forward).")
JUMP_BACKWARD = _def("JUMP_BACKWARD", 151, ARG_JUMP, 0, 0, "",
                     "Jumps back: the end of a loop body, where the JIT may enter.")
POP_JUMP_IF_FALSE = _def("POP_JUMP_IF_FALSE", 152, ARG_JUMP, 1, 0, "x ->",
                         "Jumps if x is false.")
POP_JUMP_IF_TRUE = _def("POP_JUMP_IF_TRUE", 153, ARG_JUMP, 1, 0, "x ->", "Jumps if x is true.")
POP_JUMP_IF_NONE = _def("POP_JUMP_IF_NONE", 154, ARG_JUMP, 1, 0, "x ->", "Jumps if x is None.")
POP_JUMP_IF_NOT_NONE = _def("POP_JUMP_IF_NOT_NONE", 155, ARG_JUMP, 1, 0, "x ->",
                            "Jumps if x is not None.")
JUMP_IF_FALSE_OR_POP = _def("JUMP_IF_FALSE_OR_POP", 156, ARG_JUMP, 1, 0, "x -> | x",
                            "If x is false, jumps keeping x; else pops it (`and`).",
                            1, 1)
JUMP_IF_TRUE_OR_POP = _def("JUMP_IF_TRUE_OR_POP", 157, ARG_JUMP, 1, 0, "x -> | x",
                           "If x is true, jumps keeping x; else pops it (`or`).", 1, 1)
FOR_ITER = _def("FOR_ITER", 158, ARG_JUMP, 1, 2, "it -> it x | ",
                "Pushes next(it); when it is exhausted, pops it and jumps.", 1, 0)
SEND = _def("SEND", 159, ARG_JUMP, 2, 2, "recv v -> recv y | r",
            "`yield from`/`await`: sends v into recv (`next` when v is None and recv "
            "is not a generator or coroutine); if it yields y, falls through (to a "
            "YIELD_VALUE); if it returns r, pops recv, pushes r and jumps.  A "
            "YIELD_VALUE right after a SEND belongs to it: `throw()` and `close()` "
            "on a frame suspended there go to recv (the top of the suspended "
            "frame's stack) first.", 2, 1)

JUMP_OPS = [JUMP_FORWARD, JUMP_BACKWARD, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
            POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND]
UNCONDITIONAL_JUMPS = [JUMP_FORWARD, JUMP_BACKWARD]
# instructions after which control never falls through
SCOPE_EXITS = [RETURN_VALUE, RERAISE, RAISE_VARARGS]


def opname(num: int) -> str:
    if num in OPINFO:
        return OPINFO[num].name
    return "<%d>" % num


def is_jump(num: int) -> bool:
    return num in JUMP_OPS


def stack_effect(op: int, arg: int, jump: bool) -> int:
    """The change of the stack depth by one instruction (taking the jump if
    `jump`): what the compiler uses to compute co_stacksize."""
    info = OPINFO[op]
    if op == CALL or op == CALL_METHOD:
        return -arg - (1 if op == CALL else 2) + 1
    if op == CALL_KW or op == CALL_METHOD_KW:
        return -arg - (2 if op == CALL_KW else 3) + 1
    if op == CALL_FUNCTION_EX:
        return -1 - (arg & 1)
    if op in (BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE):
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == BUILD_CONST_KEY_MAP:
        return -arg
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == UNPACK_EX:
        return (arg & 0xff) + (arg >> 8)
    if op == FORMAT_VALUE:
        return -1 if (arg & FVS_HAVE_SPEC) else 0
    if op == MAKE_FUNCTION:
        n = 0
        flag = 1
        while flag <= MF_CLOSURE:
            if arg & flag:
                n += 1
            flag <<= 1
        return -n
    if op == RAISE_VARARGS:
        return -arg
    if jump:
        return info.jump_pushes - info.jump_pops
    return info.pushes - info.pops


def markdown() -> str:
    """docs/bytecode.md, generated from the table."""
    out = ["# ouro bytecode", "",
           "Generated by `python -m ouro.compiler.opcodes > docs/bytecode.md` from",
           "`ouro/compiler/opcodes.py` (edit that file, not this one).", ""]
    doc = __doc__ or ""
    paragraphs = doc.split("\n\n")
    for p in paragraphs[1:]:
        out.append(p.strip())
        out.append("")
    out.append("Stack pictures read bottom to top, `before -> after`; `|` separates the")
    out.append("result when a jump is taken.")
    out.append("")
    out.append("| # | opcode | argument | stack | meaning |")
    out.append("|---|---|---|---|---|")
    for info in OPCODES:
        out.append("| %d | `%s` | %s | `%s` | %s |" % (
            info.num, info.name, ARG_KIND_NAMES[info.arg], (info.stack or " ").replace("|", "\\|"),
            info.doc.replace("|", "\\|")))
    out.append("")
    out.append("`BINARY_OP` arguments: " + ", ".join(
        "%d `%s`" % (i, s) for i, s in enumerate(BINARY_OPS)) + ".")
    out.append("")
    out.append("`COMPARE_OP` arguments: " + ", ".join(
        "%d `%s`" % (i, s) for i, s in enumerate(CMP_OPS)) + ".")
    out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown(), end="")
