"""Differential tests of the compiler (ouro/compiler/codegen.py): the
programs of tests/ouro/compile_programs/ run on CPython 3.11 and, compiled by
`compile_source`, on the reference evaluator tests/ouro/bcexec.py (host
objects, our bytecode).

* test_program          stdout identical; for an uncaught exception, the
                        last line of CPython's traceback ("ZeroDivisionError:
                        division by zero"), the line of the innermost frame,
                        and the (line, function) of every frame of the program
                        in the traceback identical too
* test_structure        every code object (recursively): the bytecode decodes
                        (EXTENDED_ARG well formed, arguments in range), jump
                        targets are instruction starts inside the code, the
                        exception table is sorted and non-overlapping,
                        positions() has one entry per instruction, the stack
                        depth is consistent (abstract interpretation with the
                        table's stack_effect) and co_stacksize covers it and
                        the deepest stack the evaluator reached
* test_evaluator_selfcheck  the same programs compiled by CPython and
                        translated to our bytecode (bcexec.from_cpython) give
                        CPython's output: checks the evaluator itself, so a
                        failure of test_program is the compiler's
* test_stdlib_module    pure-Python modules of the standard library compiled
                        by ouro and executed by the evaluator behave as the
                        host's (a few calls each, results compared)
* test_stdlib_structure (slow) the structural checks on the stdlib sample of
                        ouro_testutil, compiled by ouro
* test_evaluator_rejects  the evaluator refuses broken bytecode (BytecodeError)

The compiler tests are skipped while ouro/compiler/codegen.py (with
compile_source) does not exist.  The evaluator is strict about the table
(BytecodeError on what it forbids); OURO_BCEXEC_STRICT=0 relaxes the
checks that have a CPython fallback (CALL_FUNCTION_EX with args that are not
a tuple, kwargs that are not a dict), to see what else a program does.  Run one program by hand, with a listing:
    .venv/bin/python tests/ouro/test_compiler_exec.py PROGRAM.py [--dis] [--cpython]
"""
from __future__ import annotations

import functools
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

import bcexec  # noqa: E402

HERE = Path(__file__).resolve().parent
PROGRAMS_DIR = HERE / "compile_programs"
CPYTHON = os.environ.get("OURO_CPYTHON", "/root/.pyenv/versions/3.11.7/bin/python3")
STRICT = os.environ.get("OURO_BCEXEC_STRICT", "1") != "0"
PROGRAMS = sorted(p.name for p in PROGRAMS_DIR.glob("*.py"))


def get_compile_source() -> Callable[[bytes, str], Any] | None:
    try:
        from ouro.compiler.codegen import compile_source
    except ImportError:
        return None
    return compile_source


class Outcome:
    """What running a program gives: stdout, and for an uncaught exception
    the last traceback line and the innermost frame's line."""

    def __init__(self, stdout: str, error_line: str | None, error_lineno: int | None,
                 status: int, frames: list[tuple[int, str]] | None = None) -> None:
        self.stdout = stdout
        self.error_line = error_line
        self.error_lineno = error_lineno
        self.status = status
        self.frames = frames or []     # (line, function) of the program's frames, outermost first

    def __repr__(self) -> str:
        return "Outcome(status=%d, error=%r, line=%r)" % (self.status, self.error_line, self.error_lineno)


@functools.lru_cache(maxsize=None)
def cpython_outcome(name: str) -> Outcome:
    path = PROGRAMS_DIR / name
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    proc = subprocess.run([CPYTHON, str(path)], capture_output=True, cwd=str(PROGRAMS_DIR),
                          env=env, timeout=120, stdin=subprocess.DEVNULL)
    stdout = proc.stdout.decode("utf-8")
    stderr = proc.stderr.decode("utf-8")
    error_line = None
    error_lineno = None
    frames: list[tuple[int, str]] = []
    if proc.returncode != 0 and "Traceback (most recent call last)" in stderr:
        lines = [ln for ln in stderr.splitlines() if ln.strip()]
        error_line = lines[-1]
        # the final exception's traceback: the last block (chained ones come first)
        last_block = stderr[stderr.rindex("Traceback (most recent call last)"):]
        pat = re.compile(r'^\s*File "%s", line (\d+), in (\S+)' % re.escape(str(path)))
        for ln in last_block.splitlines():
            m = pat.match(ln)
            if m:
                frames.append((int(m.group(1)), m.group(2)))
        if frames:
            error_lineno = frames[-1][0]
    return Outcome(stdout, error_line, error_lineno, proc.returncode, frames)


def evaluator_outcome(code: Any, strict: bool = True) -> tuple[Outcome, bcexec.RunResult]:
    r = bcexec.run_module(code, strict=strict)
    frames = [(line, name) for (fname, line, name) in r.traceback if fname == code.co_filename]
    return Outcome(r.stdout, r.error_line, r.error_lineno, r.exit_code, frames), r


def compare(name: str, expected: Outcome, got: Outcome, how: str = "") -> None:
    problems = []
    if got.stdout != expected.stdout:
        exp_lines = expected.stdout.splitlines()
        got_lines = got.stdout.splitlines()
        i = 0
        while i < min(len(exp_lines), len(got_lines)) and exp_lines[i] == got_lines[i]:
            i += 1
        problems.append("stdout differs at line %d:\n  expected %r\n  got      %r" % (
            i + 1, exp_lines[i] if i < len(exp_lines) else "<end>",
            got_lines[i] if i < len(got_lines) else "<end>"))
    if got.error_line != expected.error_line:
        problems.append("uncaught exception: expected %r, got %r" % (expected.error_line, got.error_line))
    elif expected.error_line is not None and got.error_lineno != expected.error_lineno:
        problems.append("line of the innermost frame: expected %r, got %r" % (
            expected.error_lineno, got.error_lineno))
    elif expected.error_line is not None and got.frames != expected.frames:
        problems.append("traceback (line, function), outermost first: expected %r, got %r" % (
            expected.frames, got.frames))
    if expected.status != got.status and not problems:
        problems.append("exit status: expected %d, got %d" % (expected.status, got.status))
    if problems:
        problems.append("reproduce: .venv/bin/python tests/ouro/test_compiler_exec.py %s --dis%s"
                        % (name, how))
        pytest.fail("%s:\n%s" % (name, "\n".join(problems)), pytrace=False)


def compile_program(name: str) -> Any:
    compile_source = get_compile_source()
    if compile_source is None:
        pytest.skip("ouro/compiler/codegen.py (compile_source) does not exist yet")
    path = PROGRAMS_DIR / name
    return compile_source(path.read_bytes(), str(path))


def run_compiled(name: str) -> tuple[Outcome, bcexec.RunResult, Any]:
    code = compile_program(name)
    try:
        got, res = evaluator_outcome(code, STRICT)
    except bcexec.BytecodeError as e:
        pytest.fail("%s: bad bytecode: %s" % (name, e), pytrace=False)
    return got, res, code


def test_programs_exist() -> None:
    assert len(PROGRAMS) >= 60, PROGRAMS


@pytest.mark.parametrize("name", PROGRAMS)
def test_program(name: str) -> None:
    got, _res, code = run_compiled(name)
    compare(name, cpython_outcome(name), got)


@pytest.mark.parametrize("name", PROGRAMS)
def test_structure(name: str) -> None:
    code = compile_program(name)
    problems = bcexec.check_code(code)
    try:
        _got, res = evaluator_outcome(code, STRICT)
    except bcexec.BytecodeError as e:
        problems.append("bad bytecode while running: %s" % e)
        res = None
    if res is not None:
        for c, depth in res.max_depths.values():
            if depth > c.co_stacksize:
                problems.append("%s (line %d): the evaluator reached stack depth %d > co_stacksize %d"
                                % (c.co_qualname, c.co_firstlineno, depth, c.co_stacksize))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", PROGRAMS)
def test_evaluator_selfcheck(name: str) -> None:
    path = PROGRAMS_DIR / name
    hostcode = compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    code = bcexec.from_cpython(hostcode)
    problems = bcexec.check_code(code)
    assert not problems, "\n".join(problems)
    got, res = evaluator_outcome(code, strict=False)
    compare(name, cpython_outcome(name), got, " --cpython")
    for c, depth in res.max_depths.values():
        assert depth <= c.co_stacksize, (c.co_qualname, depth, c.co_stacksize)


# ---------------------------------------------------------------- the standard library

STDLIB_CHECKS: dict[str, Callable[[Any], Any]] = {
    "textwrap": lambda m: (m.wrap("The quick brown fox jumps over the lazy dog " * 3, 20),
                           m.dedent("  a\n   b\n"), m.shorten("Hello  world, this is long", 15),
                           m.indent("x\ny", "> ")),
    "colorsys": lambda m: (m.rgb_to_hsv(0.2, 0.4, 0.4), m.hls_to_rgb(0.5, 0.5, 0.5)),
    "fnmatch": lambda m: (m.fnmatch("foo.py", "*.py"), m.translate("a?b*[!c]"),
                          m.filter(["a.py", "b.txt"], "*.py")),
    "shlex": lambda m: (m.split("a 'b c' \"d e\" f\\ g"), m.quote("it's"), m.join(["a b", "c"])),
    "bisect": lambda m: (m.bisect([1, 3, 5], 4), m.bisect_left([1, 3, 3, 5], 3)),
    "heapq": lambda m: (m.nsmallest(3, [5, 1, 4, 2, 3]), m.nlargest(2, [5, 1, 4]),
                        list(m.merge([1, 4], [2, 3]))),
    "fractions": lambda m: (str(m.Fraction(3, 4) + m.Fraction(1, 6)), str(m.Fraction("0.125")),
                            str(m.Fraction(7, 3).limit_denominator(2))),
    "statistics": lambda m: (m.mean([1, 2, 3, 4]), m.median([3, 1, 2]), m.stdev([1, 2, 3, 4]),
                             m.mode("aabbbc")),
    "difflib": lambda m: (list(m.unified_diff(["a\n", "b\n"], ["a\n", "c\n"])),
                          m.SequenceMatcher(None, "abcd", "bcde").ratio(),
                          m.get_close_matches("appel", ["ape", "apple", "peach"])),
    "string": lambda m: (m.capwords("hello world"), m.Template("$a-${b}").substitute(a=1, b=2),
                         m.Formatter().format("{0}{x}", 1, x=2)),
    "pprint": lambda m: (m.pformat({"a": list(range(30)), "b": {"c": (1, 2)}}, width=40),),
    "reprlib": lambda m: (m.repr(list(range(100))), m.repr("x" * 100)),
    "json.encoder": lambda m: (m.JSONEncoder(indent=2, sort_keys=True).encode(
        {"b": [1, 2.5, None, True], "a": "\u00e9"}),),
    "json.decoder": lambda m: (m.JSONDecoder().decode('{"a": [1, 2, {"b": null}], "c": "\\u00e9"}'),),
    "calendar": lambda m: (m.month(2024, 2), m.isleap(2000), m.monthrange(2023, 2)),
    "ipaddress": lambda m: (str(m.ip_network("192.168.0.0/28").broadcast_address),
                            [str(h) for h in m.ip_network("10.0.0.0/30").hosts()],
                            str(m.ip_address("::1"))),
    "enum": lambda m: ([x.name for x in m.Enum("Color", "RED GREEN BLUE")],
                       repr(m.IntFlag("Perm", "R W X").R | 4)),
    "dataclasses": lambda m: (repr(m.make_dataclass("P", ["x", ("y", int, m.field(default=0))])(1)),),
    "functools": lambda m: (m.reduce(lambda a, b: a * b, range(1, 6)),
                            m.cmp_to_key(lambda a, b: b - a)(1) < m.cmp_to_key(lambda a, b: b - a)(2)),
    "collections": lambda m: (m.Counter("abracadabra").most_common(3), list(m.OrderedDict.fromkeys("abc")),
                              m.namedtuple("P", "x y")(1, 2)._asdict(), m.deque([1, 2, 3], maxlen=2)),
    "operator": lambda m: (m.itemgetter(1, 0)("ab"), m.attrgetter("real")(3), m.methodcaller("upper")("x")),
    "copy": lambda m: (m.deepcopy({"a": [1, {"b": 2}]}),),
    "base64": lambda m: (m.b64encode(b"hello"), m.b32decode(m.b32encode(b"xyz")), m.a85encode(b"data")),
    "html": lambda m: (m.escape("<a href='x'>&</a>"), m.unescape("&lt;&amp;&#39;&eacute;")),
    "urllib.parse": lambda m: (m.urlparse("http://u:p@h:80/p;q?a=1#f"), m.quote("a b/\u00e9"),
                               m.parse_qs("a=1&a=2&b=3"), m.urljoin("http://a/b/c", "../d")),
    "tokenize": lambda m: ([t.string for t in m.generate_tokens(iter(["x = (1 +\n", "  2)\n"]).__next__)],),
    "ast": lambda m: (m.dump(m.parse("x = 1 + 2")), m.literal_eval("[1, (2, 'a'), {3: None}]"),
                      m.unparse(m.parse("f(*a, **k)"))),
    "random": lambda m: (m.Random(42).random(), m.Random(1).sample(range(100), 5), m.Random(3).choice("abcdef")),
    "datetime": lambda m: (str(m.date(2024, 2, 29) + m.timedelta(days=1)),
                           m.datetime(2020, 1, 1, 12).isoformat(), str(m.timedelta(hours=25, seconds=3))),
    "graphlib": lambda m: (list(m.TopologicalSorter({"b": {"a"}, "c": {"b"}}).static_order()),),
    "shutil": lambda m: (m.get_terminal_size((80, 24)).columns > 0,),
    "typing": lambda m: (repr(m.Optional[int]), repr(m.List[m.Dict[str, int]])),
}


@pytest.mark.parametrize("modname", sorted(STDLIB_CHECKS))
def test_stdlib_module(modname: str) -> None:
    import importlib
    compile_source = get_compile_source()
    if compile_source is None:
        pytest.skip("ouro/compiler/codegen.py (compile_source) does not exist yet")
    host = importlib.import_module(modname)
    path = host.__file__
    assert path is not None and path.endswith(".py")
    code = compile_source(Path(path).read_bytes(), path)
    try:
        g = bcexec.exec_module(code, modname, path, STRICT)
        mine = type(sys)(modname)
        mine.__dict__.update(g)
        got = repr(STDLIB_CHECKS[modname](mine))
    except bcexec.BytecodeError as e:
        pytest.fail("%s: bad bytecode: %s" % (modname, e), pytrace=False)
    expected = repr(STDLIB_CHECKS[modname](host))
    assert got == expected


@pytest.mark.slow
def test_stdlib_structure() -> None:
    from ouro_testutil import read, sample_files
    compile_source = get_compile_source()
    if compile_source is None:
        pytest.skip("ouro/compiler/codegen.py (compile_source) does not exist yet")
    problems: list[str] = []
    for rel in sample_files():
        raw = read(rel)
        try:
            compile(raw, rel, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        problems.extend("%s: %s" % (rel, p) for p in bcexec.check_code(compile_source(raw, rel)))
    assert not problems, "\n".join(problems[:50])


# ---------------------------------------------------------------- broken bytecode

def _assemble(ops: list[tuple[str, int]], consts: list[Any], names: tuple[str, ...] = (),
              varnames: tuple[str, ...] = (), stacksize: int = 4,
              exctable: tuple[int, ...] = ()) -> Any:
    from ouro.compiler import opcodes as O
    from ouro.compiler.code import CodeObject, encode_exceptiontable, encode_linetable
    code = bytearray()
    for name, arg in ops:
        op = O.OPMAP[name]
        if arg > 255:
            code += bytes([O.EXTENDED_ARG, arg >> 8])
        code += bytes([op, arg & 0xff if op >= O.HAVE_ARGUMENT else 0])
    n = len(code) // 2
    return CodeObject(0, 0, 0, stacksize, 0, bytes(code), [bcexec.host_const(c) for c in consts],
                      list(names), list(varnames), [], [], "<asm>", "<module>", "<module>", 1,
                      encode_linetable(1, [1, 1, 0, 1] * n), encode_exceptiontable(list(exctable)))


@pytest.mark.parametrize("ops,consts,names,why", [
    ([("POP_TOP", 0), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)], [None], [], "stack underflow"),
    ([("LOAD_CONST", 0), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)], [None], [], "leaves 1 entries"),
    ([("LOAD_CONST", 5), ("RETURN_VALUE", 0)], [None], [], "out of range"),
    ([("YIELD_VALUE", 0)], [None], [], "not in a generator"),
    ([("LOAD_CONST", 0), ("LOAD_CONST", 0), ("LOAD_CONST", 0), ("CALL_FUNCTION_EX", 1)], [1], [],
     "not a dict"),
    ([("LOAD_CONST", 0), ("JUMP_FORWARD", 3)], [None], [], "out of range"),
])
def test_evaluator_rejects(ops: list, consts: list, names: list, why: str) -> None:
    code = _assemble(ops, consts, tuple(names))
    with pytest.raises(bcexec.BytecodeError, match=why):
        bcexec.run_module(code)


def test_print_expr() -> None:
    # interactive mode only: no module compiled by ouro contains it
    code = _assemble([("LOAD_CONST", 0), ("PRINT_EXPR", 0), ("LOAD_CONST", 1), ("PRINT_EXPR", 0),
                      ("LOAD_CONST", 1), ("RETURN_VALUE", 0)], ["x", None])
    r = bcexec.run_module(code)
    assert r.stdout == "'x'\n" and r.exc is None


def test_check_code_finds_problems() -> None:
    # a jump into the middle of nowhere and an unsorted exception table
    code = _assemble([("LOAD_CONST", 0), ("POP_JUMP_IF_FALSE", 1), ("LOAD_CONST", 0),
                      ("RETURN_VALUE", 0)], [None], exctable=(2, 3, 0, 0, 0, 2, 0, 0))
    problems = bcexec.check_code(code)
    assert any("not sorted" in p for p in problems), problems
    code = _assemble([("LOAD_CONST", 0), ("POP_JUMP_IF_FALSE", 3), ("LOAD_CONST", 0),
                      ("RETURN_VALUE", 0)], [None])
    problems = bcexec.check_code(code)
    assert any("reached with depths 1 and 0" in p for p in problems), problems
    code = _assemble([("POP_TOP", 0), ("LOAD_CONST", 0), ("RETURN_VALUE", 0)], [None])
    problems = bcexec.check_code(code)
    assert any("needs 1 stack entries, has 0" in p for p in problems), problems


def main(argv: list[str]) -> int:
    """Runs one program: ours (or CPython's bytecode translated, --cpython)
    against CPython; --dis prints the listing."""
    name = Path(argv[0]).name
    path = PROGRAMS_DIR / name if (PROGRAMS_DIR / name).exists() else Path(argv[0])
    if "--cpython" in argv:
        code = bcexec.from_cpython(compile(path.read_bytes(), str(path), "exec", dont_inherit=True))
        strict = False
    else:
        compile_source = get_compile_source()
        if compile_source is None:
            print("no compile_source yet")
            return 2
        code = compile_source(path.read_bytes(), str(path))
        strict = STRICT
    if "--dis" in argv:
        print(bcexec.disassemble(code))
    for p in bcexec.check_code(code):
        print("STRUCTURE:", p)
    r = bcexec.run_module(code, strict=strict)
    sys.stdout.write(r.stdout)
    if r.exc is not None:
        print("UNCAUGHT (line %s): %s" % (r.error_lineno, r.error_line))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
