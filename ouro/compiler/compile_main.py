"""An RPy program: compile Python files with ouro's compiler.

    python -m rpy.run ouro/compiler/compile_main.py [--dis] FILE...
    python -m rpy.translate ouro/compiler/compile_main.py && ./compile_main-c [--dis] FILE...
    ./compile_main-c --list LISTFILE      compile every file named in LISTFILE
                                          (one path per line)

With --dis, prints the disassembly of each file's code objects (what
`python -m ouro.dis FILE` prints).  Without, prints nothing for files that
compile.  A file with a SyntaxError prints the end of CPython's traceback
for it on stderr (file, line, source, carets, message); with --list the
count of compiled and failed files is printed at the end and the exit
status is 0, otherwise it is 1 if any file failed.  This is the program the
compile benchmark (benchmarks/compile_stdlib.py) times.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.codegen import compile_source
from ouro.compiler.disassemble import disassemble
from ouro.compiler.symtable_main import source_line
from ouro.parser.errors import SourceError
from ouro.parser.parse_main import format_error


def compile_file(path: str, do_dis: bool, quiet: bool) -> int:
    """0 if the file compiled, 1 for a SyntaxError, 2 if it cannot be read."""
    try:
        raw = ros.read_file(path)
    except OSError:
        ros.write_stderr("compile_main: cannot read %s\n" % path)
        return 2
    try:
        code = compile_source(raw, path)
    except SourceError as e:
        if not quiet:
            if e.text is None:
                e.text = source_line(raw, e.lineno)
            ros.write_stderr(format_error(path, e))
        return 1
    if do_dis:
        print(disassemble(code), end="")
    return 0


def entry_point(argv: list[str]) -> int:
    do_dis = False
    listfile = ""
    paths: list[str] = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--dis":
            do_dis = True
        elif a == "--list" and i + 1 < len(argv):
            i += 1
            listfile = argv[i]
        else:
            paths.append(a)
        i += 1
    if listfile != "":
        try:
            text = ros.read_file(listfile).decode()
        except OSError:
            ros.write_stderr("compile_main: cannot read %s\n" % listfile)
            return 2
        ok = 0
        failed = 0
        for line in text.split("\n"):
            if line == "":
                continue
            if compile_file(line, do_dis, True) == 0:
                ok += 1
            else:
                failed += 1
        print("compiled %d files, %d failed" % (ok, failed))
        return 0
    if len(paths) == 0:
        ros.write_stderr("usage: compile_main [--dis] FILE... | --list LISTFILE\n")
        return 2
    status = 0
    for path in paths:
        r = compile_file(path, do_dis, False)
        if r > status:
            status = r
    return status
