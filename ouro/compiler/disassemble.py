"""A listing of a code object's instructions, in the shape of CPython's
`dis` module, in RPy.

    disassemble(code) -> str     the code object, then every code object
                                 in its constants, recursively

Each line shows the source line where it changes, `>>` on jump targets,
the byte offset, the opcode, its argument and what the argument means
(the constant, the name, the jump target, the operator).  The exception
table follows each code object, as in CPython 3.11.
"""
from __future__ import annotations

from ouro.compiler import opcodes as op
from ouro.compiler.code import CodeObject, ConstCode


def _pad_right(s: str, width: int) -> str:
    if len(s) >= width:
        return s
    return s + " " * (width - len(s))


def _pad_left(s: str, width: int) -> str:
    if len(s) >= width:
        return s
    return " " * (width - len(s)) + s


def _argrepr(code: CodeObject, opcode: int, arg: int) -> str:
    info = op.OPINFO[opcode]
    kind = info.arg
    if kind == op.ARG_CONST:
        if 0 <= arg < len(code.co_consts):
            return code.co_consts[arg].__repr__()
    elif kind == op.ARG_NAME:
        if 0 <= arg < len(code.co_names):
            return code.co_names[arg]
    elif kind == op.ARG_LOCAL:
        if 0 <= arg < len(code.co_varnames):
            return code.co_varnames[arg]
    elif kind == op.ARG_DEREF:
        ncells = len(code.co_cellvars)
        if 0 <= arg < ncells:
            return code.co_cellvars[arg]
        if 0 <= arg - ncells < len(code.co_freevars):
            return code.co_freevars[arg - ncells]
    elif kind == op.ARG_JUMP:
        return "to %d" % (2 * arg)
    elif kind == op.ARG_CMP:
        if 0 <= arg < len(op.CMP_OPS):
            return op.CMP_OPS[arg]
    elif kind == op.ARG_BINOP:
        if 0 <= arg < len(op.BINARY_OPS):
            return op.BINARY_OPS[arg]
    elif opcode == op.FORMAT_VALUE:
        parts: list[str] = []
        conv = arg & op.FVC_MASK
        if conv == op.FVC_STR:
            parts.append("str")
        elif conv == op.FVC_REPR:
            parts.append("repr")
        elif conv == op.FVC_ASCII:
            parts.append("ascii")
        if arg & op.FVS_HAVE_SPEC:
            parts.append("with format")
        return ", ".join(parts)
    elif opcode == op.IS_OP:
        return "is not" if arg else "is"
    elif opcode == op.CONTAINS_OP:
        return "not in" if arg else "in"
    return ""


def disassemble_one(code: CodeObject, out: list[str]) -> None:
    raw = code.co_code
    n = len(raw) // 2
    positions = code.positions()
    targets: dict[int, bool] = {}
    ext = 0
    i = 0
    while i < n:
        opcode = raw[2 * i]
        arg = raw[2 * i + 1] | ext
        if opcode == op.EXTENDED_ARG:
            ext = arg << 8
        else:
            ext = 0
            if op.is_jump(opcode):
                targets[arg] = True
        i += 1
    last_line = -2
    ext = 0
    i = 0
    while i < n:
        opcode = raw[2 * i]
        arg = raw[2 * i + 1] | ext
        if opcode == op.EXTENDED_ARG:
            ext = arg << 8
        else:
            ext = 0
        line = positions[4 * i] if 4 * i < len(positions) else -1
        if line != last_line and line >= 0:
            if i > 0:
                out.append("")
            lcol = _pad_left("%d" % line, 4)
            last_line = line
        else:
            lcol = "    "
        mark = ">>" if i in targets else "  "
        text = "%s %s %s %s" % (lcol, mark, _pad_left("%d" % (2 * i), 6), _pad_right(op.opname(opcode), 22))
        if opcode >= op.HAVE_ARGUMENT:
            text += _pad_left("%d" % arg, 4)
            rep = _argrepr(code, opcode, arg)
            if rep != "":
                text += " (" + rep + ")"
        out.append(text.rstrip())
        i += 1
    entries = code.exception_entries()
    if len(entries) > 0:
        out.append("ExceptionTable:")
        k = 0
        while k + 3 < len(entries):
            out.append("  %d to %d -> %d [%d]" % (2 * entries[k], 2 * entries[k + 1] - 2,
                                                  2 * entries[k + 2], entries[k + 3]))
            k += 4


def disassemble(code: CodeObject) -> str:
    out: list[str] = []
    todo = [code]
    first = True
    while len(todo) > 0:
        c = todo.pop(0)
        if not first:
            out.append("")
        first = False
        out.append("Disassembly of %s:" % ConstCode(c).__repr__())
        disassemble_one(c, out)
        for k in c.co_consts:
            if isinstance(k, ConstCode):
                todo.append(k.code)
    out.append("")
    return "\n".join(out)
