"""A small RPy program: parse a Python file and print its symbol tables.

    python -m rpy.run ouro/compiler/symtable_main.py FILE
    python -m rpy.translate ouro/compiler/symtable_main.py && ./symtable_main-c FILE

Prints `format_symtable(build_symtable(parse(source)))` (see
ouro/compiler/symtable.py for the format; tests/ouro/test_symtable.py
prints the same format from CPython's `symtable` module).  An invalid file
(a parse error, or an error of the symbol-table pass) prints the end of
CPython's traceback on stderr, as `python -m ouro.parser` does, and exits
with status 1.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.symtable import build_symtable, format_symtable
from ouro.parser.errors import SourceError
from ouro.parser.parse_main import format_error
from ouro.parser.parser import parse
from ouro.parser.source import decode_source


def source_line(raw: bytes, lineno: int) -> str | None:
    """Line `lineno` (1-based) of the source, with its newline, or None."""
    if lineno < 1:
        return None
    try:
        data = decode_source(raw).data
    except SourceError:
        return None
    start = 0
    n = 1
    while n < lineno:
        i = data.find(b"\n", start)
        if i < 0:
            return None
        start = i + 1
        n += 1
    end = data.find(b"\n", start)
    if end < 0:
        end = len(data)
    else:
        end += 1
    if start >= len(data):
        return None
    return data[start:end].decode()


def entry_point(argv: list[str]) -> int:
    if len(argv) != 2:
        ros.write_stderr("usage: symtable_main FILE\n")
        return 2
    path = argv[1]
    try:
        raw = ros.read_file(path)
    except OSError:
        ros.write_stderr("symtable_main: cannot read %s\n" % path)
        return 2
    try:
        tree = parse(raw)
        top = build_symtable(tree)
    except SourceError as e:
        if e.text is None:
            e.text = source_line(raw, e.lineno)
        ros.write_stderr(format_error(path, e))
        return 1
    print(format_symtable(top), end="")
    return 0
