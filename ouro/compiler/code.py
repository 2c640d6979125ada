"""Code objects: what the compiler produces and the interpreter runs.

A CodeObject has CPython's `co_*` fields, with ouro's bytecode in
`co_code` (see ouro/compiler/opcodes.py) and two compact tables:

- `co_linetable`: the source position (line, end line, column, end column;
  columns are 0-based UTF-8 byte offsets as in CPython's AST, -1 when
  unknown) of every instruction.  Runs of instructions with the same
  position are one entry: varint count, signed varint line - previous line
  (starting from co_firstlineno), signed varint end line - line, varint
  column + 1, varint end column + 1.  A line of -1 means "no line" (code
  the compiler made up, e.g. the implicit `return None` after a loop).
- `co_exceptiontable`: the handlers, entries sorted by start, not
  overlapping: varint start, varint length, varint target, varint depth
  (all in instructions).  `find_handler(i)` returns the handler covering
  instruction i.

Varints are unsigned LEB128 (7 bits per byte, high bit = more follows);
signed ones are zigzag-encoded first.

The locals of a frame are co_varnames (arguments first), then the cells:
co_cellvars (created empty on entry; a cell variable that is also an
argument starts with the argument's value, see `cell2arg`), then
co_freevars (the function's closure).  ARG_DEREF arguments index the cells.

Constants (`co_consts`) are ConstValues: the AST's (ouro.parser.constvalue)
plus the ones only the compiler makes: ConstTuple and ConstFrozenset
(folded literals) and ConstCode (a nested code object).
"""
from __future__ import annotations

from ouro.parser.constvalue import (ConstBool, ConstBytes, ConstComplex, ConstEllipsis,
                                    ConstFloat, ConstInt, ConstNone, ConstStr, ConstValue)


class ConstTuple(ConstValue):
    items: list[ConstValue]

    def __init__(self, items: list[ConstValue]) -> None:
        self.items = items

    def __repr__(self) -> str:
        if len(self.items) == 1:
            return "(" + self.items[0].__repr__() + ",)"
        return "(" + ", ".join([x.__repr__() for x in self.items]) + ")"


class ConstFrozenset(ConstValue):
    """A frozenset of constants (`x in {1, 2}` is folded to one); items
    without duplicates, in the order the source gives them."""
    items: list[ConstValue]

    def __init__(self, items: list[ConstValue]) -> None:
        self.items = items

    def __repr__(self) -> str:
        if len(self.items) == 0:
            return "frozenset()"
        return "frozenset({" + ", ".join([x.__repr__() for x in self.items]) + "})"


class ConstCode(ConstValue):
    code: CodeObject

    def __init__(self, code: CodeObject) -> None:
        self.code = code

    def __repr__(self) -> str:
        return '<code object %s, file "%s", line %d>' % (
            self.code.co_name, self.code.co_filename, self.code.co_firstlineno)


def const_key(c: ConstValue) -> str:
    """A string equal for constants the compiler may share in co_consts:
    same type and same value (1, 1.0 and True differ, so do 0.0 and -0.0);
    "" for a constant that is never shared."""
    if isinstance(c, ConstNone):
        return "N"
    if isinstance(c, ConstEllipsis):
        return "E"
    if isinstance(c, ConstBool):
        return "B" + ("1" if c.value else "0")
    if isinstance(c, ConstInt):
        return "I" + c.digits
    if isinstance(c, ConstFloat):
        return "F" + float_key(c.value)
    if isinstance(c, ConstComplex):
        return "C" + float_key(c.real) + "," + float_key(c.imag)
    if isinstance(c, ConstStr):
        return "S" + c.value
    if isinstance(c, ConstBytes):
        return "Y" + bytes_key(c.value)
    if isinstance(c, ConstTuple):
        return "T(" + ",".join([const_key(x) for x in c.items]) + ")"
    if isinstance(c, ConstFrozenset):
        return "Z(" + ",".join([const_key(x) for x in c.items]) + ")"
    if isinstance(c, ConstCode):
        return ""     # code objects are never shared
    raise ValueError("unknown constant")


def float_key(x: float) -> str:
    """repr, telling -0.0 from 0.0."""
    r = repr(x)
    if x == 0.0 and r.startswith("-"):
        return "-0"
    return r


def bytes_key(b: bytes) -> str:
    parts: list[str] = []
    for x in b:
        parts.append("%02x" % x)
    return "".join(parts)


class CodeObject:
    co_argcount: int
    co_posonlyargcount: int
    co_kwonlyargcount: int
    co_stacksize: int
    co_flags: int
    co_code: bytes
    co_consts: list[ConstValue]
    co_names: list[str]
    co_varnames: list[str]
    co_cellvars: list[str]
    co_freevars: list[str]
    co_filename: str
    co_name: str
    co_qualname: str
    co_firstlineno: int
    co_linetable: bytes
    co_exceptiontable: bytes
    positions_cache: list[int] | None    # positions(), decoded once
    # a function CPython runs in C: its frames add no traceback entry
    # (ouro/interpreter/importing.py, C_ACCELERATED)
    hidden_in_tracebacks: bool

    def __init__(self, argcount: int, posonlyargcount: int, kwonlyargcount: int,
                 stacksize: int, flags: int, code: bytes, consts: list[ConstValue],
                 names: list[str], varnames: list[str], cellvars: list[str],
                 freevars: list[str], filename: str, name: str, qualname: str,
                 firstlineno: int, linetable: bytes, exceptiontable: bytes) -> None:
        self.co_argcount = argcount
        self.co_posonlyargcount = posonlyargcount
        self.co_kwonlyargcount = kwonlyargcount
        self.co_stacksize = stacksize
        self.co_flags = flags
        self.co_code = code
        self.co_consts = consts
        self.co_names = names
        self.co_varnames = varnames
        self.co_cellvars = cellvars
        self.co_freevars = freevars
        self.co_filename = filename
        self.co_name = name
        self.co_qualname = qualname
        self.co_firstlineno = firstlineno
        self.co_linetable = linetable
        self.co_exceptiontable = exceptiontable
        self.positions_cache = None
        self.hidden_in_tracebacks = False

    def ninstructions(self) -> int:
        return len(self.co_code) // 2

    def cell2arg(self) -> list[int]:
        """For each cell variable, the index of the argument it starts with,
        or -1 (a cell that is not an argument starts empty)."""
        nargs = self.co_argcount + self.co_kwonlyargcount
        if self.co_flags & 0x4:
            nargs += 1
        if self.co_flags & 0x8:
            nargs += 1
        result: list[int] = []
        for name in self.co_cellvars:
            found = -1
            i = 0
            while i < nargs and i < len(self.co_varnames):
                if self.co_varnames[i] == name:
                    found = i
                    break
                i += 1
            result.append(found)
        return result

    def positions(self) -> list[int]:
        """(line, end line, column, end column) of every instruction,
        flattened: four ints per instruction (decoded at the first call,
        then shared: do not mutate)."""
        cached = self.positions_cache
        if cached is not None:
            return cached
        result = self.decode_positions()
        self.positions_cache = result
        return result

    def decode_positions(self) -> list[int]:
        result: list[int] = []
        table = self.co_linetable
        pos = 0
        line = self.co_firstlineno
        while pos < len(table):
            count, pos = read_varint(table, pos)
            delta, pos = read_svarint(table, pos)
            line += delta
            span, pos = read_svarint(table, pos)
            col, pos = read_varint(table, pos)
            endcol, pos = read_varint(table, pos)
            for _ in range(count):
                result.append(line)
                result.append(line + span if line >= 0 else -1)
                result.append(col - 1)
                result.append(endcol - 1)
        return result

    def line_of(self, index: int) -> int:
        """The line of instruction `index` (-1 if it has none)."""
        table = self.co_linetable
        pos = 0
        line = self.co_firstlineno
        seen = 0
        while pos < len(table):
            count, pos = read_varint(table, pos)
            delta, pos = read_svarint(table, pos)
            line += delta
            span, pos = read_svarint(table, pos)
            col, pos = read_varint(table, pos)
            endcol, pos = read_varint(table, pos)
            seen += count
            if index < seen:
                return line
        return -1

    def exception_entries(self) -> list[int]:
        """The exception table: (start, end, target, depth) per entry,
        flattened."""
        result: list[int] = []
        table = self.co_exceptiontable
        pos = 0
        while pos < len(table):
            start, pos = read_varint(table, pos)
            length, pos = read_varint(table, pos)
            target, pos = read_varint(table, pos)
            depth, pos = read_varint(table, pos)
            result.append(start)
            result.append(start + length)
            result.append(target)
            result.append(depth)
        return result

    def find_handler(self, index: int) -> tuple[int, int]:
        """(target, depth) of the handler covering instruction `index`, or
        (-1, 0) if an exception there leaves the frame."""
        table = self.co_exceptiontable
        pos = 0
        while pos < len(table):
            start, pos = read_varint(table, pos)
            length, pos = read_varint(table, pos)
            target, pos = read_varint(table, pos)
            depth, pos = read_varint(table, pos)
            if index < start:
                break
            if index < start + length:
                return (target, depth)
        return (-1, 0)


# -- varints

def write_varint(out: list[int], n: int) -> None:
    assert n >= 0
    while n >= 0x80:
        out.append((n & 0x7f) | 0x80)
        n >>= 7
    out.append(n)


def write_svarint(out: list[int], n: int) -> None:
    if n < 0:
        write_varint(out, ((-n) << 1) - 1)
    else:
        write_varint(out, n << 1)


def read_varint(data: bytes, pos: int) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7f) << shift
        if b < 0x80:
            break
        shift += 7
    return (result, pos)


def read_svarint(data: bytes, pos: int) -> tuple[int, int]:
    n, pos = read_varint(data, pos)
    if n & 1:
        return (-((n + 1) >> 1), pos)
    return (n >> 1, pos)


def encode_linetable(firstlineno: int, positions: list[int]) -> bytes:
    """The co_linetable of a list of positions, four ints per instruction."""
    out: list[int] = []
    prev = firstlineno
    n = len(positions) // 4
    i = 0
    while i < n:
        line = positions[4 * i]
        endline = positions[4 * i + 1]
        col = positions[4 * i + 2]
        endcol = positions[4 * i + 3]
        j = i + 1
        while (j < n and positions[4 * j] == line and positions[4 * j + 1] == endline
               and positions[4 * j + 2] == col and positions[4 * j + 3] == endcol):
            j += 1
        write_varint(out, j - i)
        write_svarint(out, line - prev)
        write_svarint(out, (endline - line) if line >= 0 else 0)
        write_varint(out, col + 1)
        write_varint(out, endcol + 1)
        prev = line
        i = j
    return bytes(out)


def encode_exceptiontable(entries: list[int]) -> bytes:
    """The co_exceptiontable of (start, end, target, depth) entries,
    flattened, sorted and not overlapping."""
    out: list[int] = []
    i = 0
    while i + 3 < len(entries):
        start = entries[i]
        write_varint(out, start)
        write_varint(out, entries[i + 1] - start)
        write_varint(out, entries[i + 2])
        write_varint(out, entries[i + 3])
        i += 4
    return bytes(out)
