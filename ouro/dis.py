"""`python -m ouro.dis FILE`: compile a Python file with ouro's compiler
and list the instructions of each code object, with line numbers (see
ouro/compiler/disassemble.py for the format).

A SyntaxError prints the end of CPython's traceback for it (file, line,
source, carets, message) on stderr and exits with status 1.  This runs the
RPy program ouro/compiler/compile_main.py untranslated.
"""
from __future__ import annotations

import sys

from ouro.compiler.compile_main import entry_point

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: python -m ouro.dis FILE\n")
        sys.exit(2)
    sys.exit(entry_point(["ouro.dis", "--dis", sys.argv[1]]))
