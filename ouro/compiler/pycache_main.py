"""An RPy program: compile Python files through the bytecode cache
(ouro/compiler/pycache.py) and print their disassembly.

    python -m rpy.run ouro/compiler/pycache_main.py [OPTIONS] FILE...
    python -m rpy.translate ouro/compiler/pycache_main.py && ./pycache_main-c [OPTIONS] FILE...

Each FILE is compiled with compile_file_cached (its code comes from
DIR/__pycache__/NAME.ouro-311.pyc when that is up to date, and the cache is
written otherwise) and its disassembly printed, as `compile_main --dis`
does.  Options:

    --stats     at the end, print how many files were loaded from the
                cache, compiled, written to it (and not written)
    --no-dis    do not print the disassemblies
    --fuzz N    also check the marshal format on each file: the round trip
                dump(load(dump(code))) == dump(code), then N corrupted
                copies of the dump (bytes changed, inserted, removed,
                truncated) must each load or raise MarshalError; prints
                the counts

A file with a SyntaxError prints CPython's traceback end on stderr; the
exit status is 1 if a file did not compile, 2 if one could not be read.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.code import CodeObject
from ouro.compiler.disassemble import disassemble
from ouro.compiler.marshal import MarshalError, dump_code, load_code
from ouro.compiler.pycache import STATS, compile_file_cached
from ouro.compiler.symtable_main import source_line
from ouro.parser.errors import SourceError
from ouro.parser.parse_main import format_error


class Random:
    """A small deterministic generator (31-bit LCG), the same untranslated
    and translated."""
    state: int

    def __init__(self, seed: int) -> None:
        self.state = seed & 0x7fffffff

    def next(self, n: int) -> int:
        """0 <= result < n (n > 0)."""
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 8) % n


def mutate(data: bytes, rnd: Random) -> bytes:
    """A damaged copy of data (which is not empty)."""
    kind = rnd.next(5)
    pos = rnd.next(len(data))
    if kind == 0:       # one byte changed
        b = (data[pos] + 1 + rnd.next(255)) & 0xff
        return data[:pos] + bytes([b]) + data[pos + 1:]
    if kind == 1:       # one bit flipped
        b = data[pos] ^ (1 << rnd.next(8))
        return data[:pos] + bytes([b]) + data[pos + 1:]
    if kind == 2:       # a byte inserted
        return data[:pos] + bytes([rnd.next(256)]) + data[pos:]
    if kind == 3:       # a byte removed
        return data[:pos] + data[pos + 1:]
    return data[:pos]   # truncated


def fuzz(path: str, code: CodeObject, count: int) -> bool:
    data = dump_code(code)
    again = dump_code(load_code(data))
    ok = again == data
    rnd = Random(len(data) * 7 + count)
    rejected = 0
    loaded = 0
    for _ in range(count):
        bad = mutate(data, rnd)
        try:
            c = load_code(bad)
            dump_code(c)
            loaded += 1
        except MarshalError:
            rejected += 1
    print("fuzz %s: %d bytes, round trip %s, %d corrupted: %d rejected, %d loaded" % (
        path, len(data), "ok" if ok else "DIFFERS", count, rejected, loaded))
    return ok


def run_file(path: str, do_dis: bool, nfuzz: int) -> int:
    """0 if the file compiled, 1 for a SyntaxError (or a failed round
    trip), 2 if it cannot be read."""
    try:
        code = compile_file_cached(path)
    except OSError:
        ros.write_stderr("pycache_main: cannot read %s\n" % path)
        return 2
    except SourceError as e:
        if e.text is None:
            try:
                e.text = source_line(ros.read_file(path), e.lineno)
            except OSError:
                pass
        ros.write_stderr(format_error(path, e))
        return 1
    if do_dis:
        print(disassemble(code), end="")
    if nfuzz > 0 and not fuzz(path, code, nfuzz):
        return 1
    return 0


def entry_point(argv: list[str]) -> int:
    do_dis = True
    stats = False
    nfuzz = 0
    paths: list[str] = []
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--stats":
            stats = True
        elif a == "--no-dis":
            do_dis = False
        elif a == "--fuzz" and i + 1 < len(argv):
            i += 1
            try:
                nfuzz = int(argv[i])
            except ValueError:
                ros.write_stderr("pycache_main: --fuzz needs a number\n")
                return 2
        else:
            paths.append(a)
        i += 1
    if len(paths) == 0:
        ros.write_stderr("usage: pycache_main [--stats] [--no-dis] [--fuzz N] FILE...\n")
        return 2
    status = 0
    for path in paths:
        r = run_file(path, do_dis, nfuzz)
        if r > status:
            status = r
    if stats:
        print("pycache: %d loaded, %d compiled, %d written, %d not written, %d stale or damaged" % (
            STATS.loads, STATS.compiles, STATS.writes, STATS.write_errors, STATS.rejected))
    return status
