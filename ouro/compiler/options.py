"""The compiler's settings that come from the command line rather than from
the source: the optimization level of -O / -OO (sys.flags.optimize).

`DEFAULTS.optimize` is the interpreter-wide level, used by imports and by
compile(..., optimize=-1).  `CURRENT.optimize` is the level of the
compilation in progress (compilation never runs Python code, so there is
one at a time); constant folding reads it for `__debug__`.
Level 1 removes assert statements and makes `__debug__` False; level 2
also drops docstrings, as CPython does.
"""
from __future__ import annotations


class CompilerOptions:
    optimize: int
    write_bytecode: bool        # False after -B / PYTHONDONTWRITEBYTECODE

    def __init__(self) -> None:
        self.optimize = 0
        self.write_bytecode = True


DEFAULTS = CompilerOptions()
CURRENT = CompilerOptions()


def resolve(optimize: int) -> int:
    """An explicit level, or the interpreter's for -1; made current."""
    if optimize < 0:
        optimize = DEFAULTS.optimize
    CURRENT.optimize = optimize
    return optimize
