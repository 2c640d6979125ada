"""A small RPy program: parse a Python file and print its AST dump.

    python -m ouro.parser --dump FILE          (ouro/parser/__main__.py calls this)
    python -m rpy.run ouro/parser/parse_main.py --dump FILE
    python -m rpy.translate ouro/parser/parse_main.py && ./parse_main-c --dump FILE

With --dump it prints `dump(parse(source))`, exactly what
`print(ast.dump(ast.parse(open(FILE, 'rb').read(), FILE), include_attributes=True))`
prints under CPython 3.11; without it, it only parses (silent on success).
An invalid file prints the end of CPython's traceback on stderr -- the
`  File "FILE", line N` line, the source line and its carets, and
`SyntaxError: message` -- and exits with status 1.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.parser.dump import dump
from ouro.parser.errors import SourceError
from ouro.parser.parser import parse


def format_error(path: str, e: SourceError) -> str:
    """The lines CPython's default excepthook prints for a SyntaxError
    raised by compile(): file and line, source text and carets, message."""
    parts: list[str] = ['  File "%s", line %d\n' % (path, e.lineno)]
    text = e.text
    if text is not None:
        offset = e.offset - 1
        i = 0
        while i < len(text) and (text[i] == " " or text[i] == "\t" or text[i] == "\x0c"):
            i += 1
        stripped = text[i:]
        offset -= i
        n = len(stripped)
        if n > 0 and stripped[n - 1] == "\n":
            n -= 1
        if offset > n:
            offset = n
        parts.append("    ")
        parts.append(stripped)
        if not stripped.endswith("\n"):
            parts.append("\n")
        if e.offset >= 0 and offset >= 0:
            end = e.end_offset - 1 - i
            if e.end_lineno > e.lineno:
                end = n
            count = end - offset
            if count < 1 or e.end_offset <= 0 or e.kind != "SyntaxError":
                count = 1       # (CPython marks an IndentationError with one caret)
            parts.append("    " + " " * offset + "^" * count + "\n")
    parts.append("%s: %s\n" % (e.kind, e.msg))
    return "".join(parts)


def entry_point(argv: list[str]) -> int:
    path = ""
    do_dump = False
    for a in argv[1:]:
        if a == "--dump":
            do_dump = True
        else:
            path = a
    if path == "":
        ros.write_stderr("usage: python -m ouro.parser [--dump] FILE\n")
        return 2
    try:
        raw = ros.read_file(path)
    except OSError:
        ros.write_stderr("ouro.parser: cannot read %s\n" % path)
        return 2
    try:
        tree = parse(raw)
    except SourceError as e:
        ros.write_stderr(format_error(path, e))
        return 1
    if do_dump:
        print(dump(tree))
    return 0
