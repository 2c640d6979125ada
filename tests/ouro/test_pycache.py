"""ouro/compiler/marshal.py and ouro/compiler/pycache.py: the bytecode cache.

* test_marshal_sample_file   every file of the stdlib sample that compiles:
                             load(dump(code)) is the same code object (every
                             co_* field, constants by type and value, floats
                             bit for bit), dump(load(dump(c))) == dump(c),
                             same disassembly
* test_marshal_constants     the awkward constants: -0.0, infinities, NaNs of
                             both signs, complex parts, lone surrogates,
                             big and extreme ints, nested tuples and code,
                             frozensets, hand-made ConstInts
* test_marshal_rejects_*     truncated, corrupted (a few hundred mutations),
                             garbage, wrong magic, trailing bytes, too deep
                             nesting: MarshalError, never another exception
* test_cache_path            DIR/__pycache__/NAME.ouro-311.pyc, as CPython
                             names its NAME.cpython-311.pyc
* test_cache_*               hit (the second call loads, the file is not
                             rewritten), invalidation by mtime, size and
                             compiler version, damaged cache files ignored and
                             rewritten, unwritable directory, co_filename of
                             a cache written under another spelling, errors
* test_pycache_main_translated  (translated) pycache_main translated prints
                             what it prints untranslated and writes the same
                             cache files byte for byte; its second run loads
                             them; a damaged file is rewritten; the marshal
                             fuzzing gives the same counts
"""
from __future__ import annotations

import contextlib
import importlib.util
import io
import math
import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from ouro.compiler import marshal, pycache, pycache_main
from ouro.compiler.code import CodeObject, ConstCode, ConstFrozenset, ConstTuple
from ouro.compiler.codegen import compile_source
from ouro.compiler.disassemble import disassemble
from ouro.compiler.marshal import MarshalError, dump_code, load_code
from ouro.parser.constvalue import (CONST_ELLIPSIS, CONST_FALSE, CONST_NONE, CONST_TRUE,
                                    ConstBool, ConstBytes, ConstComplex, ConstEllipsis,
                                    ConstFloat, ConstInt, ConstNone, ConstStr, ConstValue)
from ouro.parser.errors import SourceError
from ouro_testutil import STDLIB, read, sample_files

REPO = Path(__file__).resolve().parent.parent.parent


# ---------------------------------------------------------------- exact comparison

def fbits(x: float) -> bytes:
    return struct.pack("<d", x)


def const_key(c: ConstValue) -> object:
    """Type and exact value of a constant (floats by their bits)."""
    if isinstance(c, ConstNone):
        assert c is CONST_NONE
        return ("None",)
    if isinstance(c, ConstEllipsis):
        assert c is CONST_ELLIPSIS
        return ("Ellipsis",)
    if isinstance(c, ConstBool):
        assert c is (CONST_TRUE if c.value else CONST_FALSE)
        return ("bool", c.value)
    if isinstance(c, ConstInt):
        return ("int", c.digits, c.value, c.fits)
    if isinstance(c, ConstFloat):
        return ("float", fbits(c.value))
    if isinstance(c, ConstComplex):
        return ("complex", fbits(c.real), fbits(c.imag))
    if isinstance(c, ConstStr):
        return ("str", c.value)
    if isinstance(c, ConstBytes):
        return ("bytes", c.value)
    if isinstance(c, ConstTuple):
        return ("tuple", tuple(const_key(x) for x in c.items))
    if isinstance(c, ConstFrozenset):
        return ("frozenset", tuple(const_key(x) for x in c.items))
    if isinstance(c, ConstCode):
        return ("code", code_key(c.code))
    raise AssertionError(c)


FIELDS = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_stacksize", "co_flags",
          "co_code", "co_names", "co_varnames", "co_cellvars", "co_freevars", "co_filename",
          "co_name", "co_qualname", "co_firstlineno", "co_linetable", "co_exceptiontable"]


def code_key(code: CodeObject) -> object:
    for f in FIELDS:   # the types are the declared ones (no bytes/str mix-ups)
        v = getattr(code, f)
        assert type(v) in (int, bytes, str, list), (f, type(v))
    return tuple(getattr(code, f) for f in FIELDS) + (tuple(const_key(c) for c in code.co_consts),)


def check_roundtrip(code: CodeObject) -> bytes:
    data = dump_code(code)
    back = load_code(data)
    assert code_key(back) == code_key(code)
    assert dump_code(back) == data
    assert disassemble(back) == disassemble(code)
    return data


def compiled(src: str | bytes, filename: str = "<test>") -> CodeObject:
    raw = src.encode("utf-8") if isinstance(src, str) else src
    return compile_source(raw, filename)


# ---------------------------------------------------------------- marshal: round trips

@pytest.mark.parametrize("rel", sample_files())
def test_marshal_sample_file(rel: str) -> None:
    try:
        code = compile_source(read(rel), str(STDLIB / rel))
    except SourceError:
        pytest.skip("does not compile")
    check_roundtrip(code)


SPECIAL = r'''
"""doc"""
floats = (0.0, -0.0, 1e999, -1e999, 1e999 - 1e999, -(1e999 - 1e999), 5e-324, -5e-324,
          0.1, 1.7976931348623157e308, 2.2250738585072014e-308, 1e22, 1.0 / 3.0)
complexes = (1j, -1j, 0j, 1e999j, -(1e999j), 2.5j)
strs = ("\ud800", "a\udcff\U0001f600b", "\udbff\udfff", "é中\U00010000", "", "\x00", "x" * 300)
byts = (b"", b"\x00\xff", b"abc" * 100)
ints = (0, 1, -1, 127, 128, -128, 9223372036854775807, -9223372036854775807 - 1,
        9223372036854775808, -9223372036854775809, 10**30, -(10**30), 0xffffffffffffffffffff)
misc = (None, True, False, ..., ((((1,),),),), (), ((), ((),)))
def f(a, /, b=1, *args, c, d=2, **kw):
    def g():
        nonlocal a
        return lambda: a + c
    return g
z = lambda q: q in {1, 2.5, "x", b"y", (1, 2)}
class C:
    def m(self):
        try:
            return [x for x in self]
        except ValueError as e:
            raise
        finally:
            print("done")
'''


def test_marshal_constants() -> None:
    code = compiled(SPECIAL, "special.py")
    check_roundtrip(code)
    data = dump_code(code)
    assert b"-nan" in data and b"\x03nan" in data     # inf - inf and -(inf - inf)
    back = load_code(data)
    floats = [c for c in back.co_consts if isinstance(c, ConstTuple)][0].items
    values = [c.value for c in floats if isinstance(c, ConstFloat)]
    orig = [c.value for c in [c for c in code.co_consts if isinstance(c, ConstTuple)][0].items
            if isinstance(c, ConstFloat)]
    assert [fbits(x) for x in values] == [fbits(x) for x in orig]
    assert any(math.isnan(x) and math.copysign(1, x) < 0 for x in values)
    assert any(math.isnan(x) and math.copysign(1, x) > 0 for x in values)
    assert any(x == 0 and math.copysign(1, x) < 0 for x in values)


def hand_made(consts: list[ConstValue]) -> CodeObject:
    return CodeObject(1, 0, 2, 7, 0x43, b"\x01\x00\x02\x03", consts, ["n", "é"], ["a", "\ud800"],
                      [], ["free"], "file.py", "f", "C.f", -5, b"", b"\x00\x01\x02\x00")


def test_marshal_hand_made_constants() -> None:
    nan = float("nan")
    consts: list[ConstValue] = [
        ConstInt("7", 7, True),
        ConstInt("-9223372036854775808", -(1 << 63), True),
        ConstInt("9223372036854775807", (1 << 63) - 1, True),
        ConstInt("007", 7, True),                   # digits that str(value) does not give
        ConstInt("123456789012345678901234567890", 0, False),
        ConstInt("-123456789012345678901234567890", 0, False),
        ConstInt("x", 5, False),                    # inconsistent: kept as it is
        ConstFloat(nan), ConstFloat(-nan), ConstFloat(-0.0), ConstFloat(float("-inf")),
        ConstComplex(-0.0, nan), ConstComplex(float("inf"), -nan),
        ConstFrozenset([]), ConstFrozenset([ConstStr("a"), ConstInt("1", 1, True)]),
        ConstTuple([ConstTuple([ConstCode(hand_made([]))])]),
        ConstStr("n"), ConstStr("\ud800"), ConstStr("\ud800"), ConstBytes(b"\xed\xa0\x80"),
    ]
    code = hand_made(consts)
    check_roundtrip(code)
    back = load_code(dump_code(code))
    assert back.co_firstlineno == -5
    assert back.co_varnames[1] == "\ud800"


def test_marshal_refuses_what_it_cannot_hold() -> None:
    code = hand_made([])
    code.co_argcount = -1
    with pytest.raises(MarshalError):
        dump_code(code)
    deep: ConstValue = ConstInt("1", 1, True)
    for _ in range(marshal.MAX_DEPTH + 1):
        deep = ConstTuple([deep])
    with pytest.raises(MarshalError):
        dump_code(hand_made([deep]))
    deep = ConstInt("1", 1, True)
    for _ in range(marshal.MAX_DEPTH):
        deep = ConstTuple([deep])
    check_roundtrip(hand_made([deep]))


# ---------------------------------------------------------------- marshal: bad data

def load_or_marshal_error(data: bytes) -> CodeObject | None:
    """load_code's result, or None if it raised MarshalError (any other
    exception fails the test)."""
    try:
        code = load_code(data)
    except MarshalError as e:
        assert str(e) != ""
        return None
    dump_code(code)      # what loads is a well-formed object
    return code


def test_marshal_rejects_truncated() -> None:
    data = dump_code(compiled(SPECIAL))
    for n in range(len(data)):
        with pytest.raises(MarshalError):
            load_code(data[:n])


def test_marshal_rejects_trailing_bytes_and_wrong_magic() -> None:
    data = dump_code(compiled("x = 1\n"))
    for bad in [data + b"\x00", data + data, b"", b"OuM", b"XuM\x01" + data[4:],
                marshal.MAGIC[:3] + bytes([marshal.MARSHAL_VERSION + 1]) + data[4:]]:
        with pytest.raises(MarshalError):
            load_code(bad)


def mutations(data: bytes, count: int, seed: int) -> list[bytes]:
    import random
    rnd = random.Random(seed)
    result = []
    for _ in range(count):
        pos = rnd.randrange(len(data))
        kind = rnd.randrange(6)
        if kind == 0:
            m = data[:pos] + bytes([rnd.randrange(256)]) + data[pos + 1:]
        elif kind == 1:
            m = data[:pos] + bytes([data[pos] ^ (1 << rnd.randrange(8))]) + data[pos + 1:]
        elif kind == 2:
            m = data[:pos] + bytes([rnd.randrange(256)]) + data[pos:]
        elif kind == 3:
            m = data[:pos] + data[pos + 1:]
        elif kind == 4:
            m = data[:pos] + bytes([0xff] * rnd.randrange(1, 12)) + data[pos + 1:]
        else:
            n = rnd.randrange(1, 20)
            m = data[:pos] + bytes(rnd.randrange(256) for _ in range(n)) + data[pos + n:]
        result.append(m)
    return result


@pytest.mark.parametrize("which", ["special", "ast.py", "typing.py"])
def test_marshal_rejects_corrupt(which: str) -> None:
    if which == "special":
        code = compiled(SPECIAL)
    else:
        code = compile_source(read(which), which)
    data = dump_code(code)
    rejected = 0
    for m in mutations(data, 400, len(data)):
        if load_or_marshal_error(m) is None:
            rejected += 1
    assert rejected > 100       # most damage is noticed (the rest loads as some code)


def test_marshal_rejects_garbage() -> None:
    import random
    rnd = random.Random(1)
    for n in range(300):
        body = bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 60)))
        assert load_or_marshal_error(body) is None or body.startswith(marshal.MAGIC)
        load_or_marshal_error(marshal.MAGIC + body)


def test_marshal_rejects_bad_pieces() -> None:
    good = dump_code(hand_made([ConstFloat(1.5)]))
    assert load_code(good).co_consts[0].value == 1.5     # type: ignore[attr-defined]
    text = b"\x031.5"
    assert text in good
    for bad_text in [b"\x041.50", b"\x03abc", b"\x03Inf", b"\x02\xff\xfe", b"\x04 1.5",
                     b"\x031_5", b"\x04-NaN", b"\x03+.5", b"\x031e0", b"\x03\xd9\xa1.5"]:
        with pytest.raises(MarshalError):
            load_code(good.replace(text, bad_text))
    # a huge length, a varint of 10 bytes, a bad string reference, bad UTF-8
    header = marshal.MAGIC + b"\x00\x00\x00\x00\x00\x00"
    for tail in [b"\xff\xff\xff\xff\x0f", b"\xff" * 9 + b"\x01", b"\x00\x00\x00\x00\x00\x00\x00",
                 b"\x00\x00\x00\x00\x00\x00\x05", b"\x00\x00\x00\x00\x00\x00\x04\xc3\x28"]:
        with pytest.raises(MarshalError):
            load_code(header + tail)


def test_marshal_rejects_deep_nesting() -> None:
    # a code object whose first constant is a tuple of a tuple of ... (100000 deep)
    good = dump_code(hand_made([ConstTuple([])]))
    nested = b"t\x01" * 100000 + b"t\x00"
    bad = good.replace(b"\x01t\x00", b"\x01" + nested, 1)
    assert len(bad) > 200000
    with pytest.raises(MarshalError):
        load_code(bad)


def test_marshal_fuzz_sample() -> None:
    """A few mutations of every 10th file of the sample."""
    for rel in sample_files()[::10]:
        try:
            code = compile_source(read(rel), rel)
        except SourceError:
            continue
        data = dump_code(code)
        for m in mutations(data, 20, len(rel)):
            load_or_marshal_error(m)


# ---------------------------------------------------------------- cache_path

@pytest.mark.parametrize("path", ["foo.py", "dir/foo.py", "/abs/dir/foo.py", "a.b.py",
                                  "dir/foo.pyw", "./x.py", "d/.hidden", "d.d/x.py", "d/x."])
def test_cache_path(path: str) -> None:
    expected = importlib.util.cache_from_source(path).replace(sys.implementation.cache_tag,
                                                             "ouro-311")
    assert pycache.cache_path(path) == expected


def test_cache_path_without_extension() -> None:
    # (CPython makes "foocpython-311.pyc" and drops the root of "/x.py")
    assert pycache.cache_path("foo") == "__pycache__/foo.ouro-311.pyc"
    assert pycache.cache_path("d.d/x") == "d.d/__pycache__/x.ouro-311.pyc"
    assert pycache.cache_path("/x.py") == "/__pycache__/x.ouro-311.pyc"


# ---------------------------------------------------------------- compile_file_cached

@pytest.fixture
def stats() -> pycache.CacheStats:
    pycache.STATS.reset()
    return pycache.STATS


MODULE = '''"""a module"""
import os

def f(x, *, y=1.5):
    def g():
        return x + y
    return g

class C:
    def m(self):
        return [i * -0.0 for i in range(3)]
'''


def write_source(path: Path, text: str = MODULE) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


def cached_file(src: str) -> Path:
    return Path(pycache.cache_path(src))


def test_cache_hit(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py")
    code = pycache.compile_file_cached(src)
    assert (stats.compiles, stats.writes, stats.loads, stats.last_from_cache) == (1, 1, 0, False)
    cfile = cached_file(src)
    assert cfile == tmp_path / "__pycache__" / "mod.ouro-311.pyc"
    assert cfile.is_file()
    before = cfile.stat().st_mtime_ns
    content = cfile.read_bytes()
    again = pycache.compile_file_cached(src)
    assert (stats.compiles, stats.writes, stats.loads, stats.last_from_cache) == (1, 1, 1, True)
    assert cfile.stat().st_mtime_ns == before and cfile.read_bytes() == content
    assert code_key(again) == code_key(code)
    assert disassemble(again) == disassemble(compile_source(Path(src).read_bytes(), src))
    assert sorted(p.name for p in cfile.parent.iterdir()) == ["mod.ouro-311.pyc"]   # no temp file


def test_cache_header(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py")
    pycache.compile_file_cached(src)
    data = cached_file(src).read_bytes()
    st = os.stat(src)
    assert data[:8] == b"OURO" + struct.pack("<H", pycache.COMPILER_VERSION) + b"\r\n"
    version, check, mtime, size = struct.unpack("<IIqq", data[8:32])
    assert (version, mtime, size) == (pycache.COMPILER_VERSION, st.st_mtime_ns, st.st_size)
    assert check == pycache.checksum(data[32:])
    assert code_key(load_code(data[32:])) == code_key(compile_source(Path(src).read_bytes(), src))


def test_cache_coexists_with_cpython(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py")
    import py_compile
    cpy = py_compile.compile(src, doraise=True)
    pycache.compile_file_cached(src)
    pycache.compile_file_cached(src)
    assert stats.loads == 1
    assert Path(cpy).is_file() and cached_file(src).is_file() and Path(cpy) != cached_file(src)


def test_cache_invalidated_by_mtime(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py")
    pycache.compile_file_cached(src)
    st = os.stat(src)
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 1))   # 1 ns later, same content
    pycache.compile_file_cached(src)
    assert (stats.compiles, stats.loads, stats.rejected, stats.writes) == (2, 0, 1, 2)
    pycache.compile_file_cached(src)
    assert (stats.compiles, stats.loads) == (2, 1)
    mtime = struct.unpack("<q", cached_file(src).read_bytes()[16:24])[0]
    assert mtime == st.st_mtime_ns + 1


def test_cache_invalidated_by_size(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py", "x = 1\n")
    code1 = pycache.compile_file_cached(src)
    st = os.stat(src)
    write_source(Path(src), "x = 12\n")      # one byte longer
    os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns))      # the same mtime
    code2 = pycache.compile_file_cached(src)
    assert (stats.compiles, stats.loads) == (2, 0)
    # "(12)" is how the disassembly shows the constant; a bare "12" can be in the tmp path
    assert "(12)" in disassemble(code2) and "(12)" not in disassemble(code1)
    assert code_key(pycache.compile_file_cached(src)) == code_key(code2)
    assert stats.loads == 1


def test_cache_invalidated_by_compiler_version(tmp_path: Path, stats: pycache.CacheStats,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_source(tmp_path / "mod.py")
    pycache.compile_file_cached(src)
    old = cached_file(src).read_bytes()
    new_version = pycache.COMPILER_VERSION + 1
    monkeypatch.setattr(pycache, "COMPILER_VERSION", new_version)
    monkeypatch.setattr(pycache, "MAGIC", b"OURO" + struct.pack("<H", new_version) + b"\r\n")
    pycache.compile_file_cached(src)
    assert (stats.compiles, stats.loads, stats.rejected) == (2, 0, 1)
    new = cached_file(src).read_bytes()
    assert new[:12] != old[:12] and new[12:] == old[12:]
    pycache.compile_file_cached(src)
    assert stats.loads == 1
    monkeypatch.undo()
    # a file claiming another version in the version field only is refused too
    cfile = cached_file(src)
    cfile.write_bytes(old[:8] + struct.pack("<I", pycache.COMPILER_VERSION + 7) + old[12:])
    pycache.compile_file_cached(src)
    assert cfile.read_bytes() == old and stats.rejected == 2


def damaged_versions(data: bytes) -> list[bytes]:
    payload = data[32:]
    flipped = bytearray(payload)
    flipped[len(flipped) // 2] ^= 0x40
    # damaged payload with a matching checksum: marshal itself must refuse it
    cut = payload[:len(payload) - 3]
    resummed = data[:12] + struct.pack("<I", pycache.checksum(cut)) + data[16:32] + cut
    return [b"", b"garbage", data[:20], data[:32], data[:-1], data + b"\x00",
            data[:32] + bytes(flipped), resummed, b"\x00" * len(data)]


def test_cache_damaged_files_are_rewritten(tmp_path: Path, stats: pycache.CacheStats) -> None:
    src = write_source(tmp_path / "mod.py")
    expected = code_key(pycache.compile_file_cached(src))
    cfile = cached_file(src)
    good = cfile.read_bytes()
    for i, bad in enumerate(damaged_versions(good)):
        cfile.write_bytes(bad)
        assert code_key(pycache.compile_file_cached(src)) == expected
        assert stats.rejected == i + 1 and stats.loads == 0
        assert cfile.read_bytes() == good
    pycache.compile_file_cached(src)
    assert stats.loads == 1


def test_cache_unwritable_directory(tmp_path: Path, stats: pycache.CacheStats) -> None:
    # __pycache__ is a file: mkdir and the writes fail (even for root)
    src = write_source(tmp_path / "mod.py")
    (tmp_path / "__pycache__").write_bytes(b"not a directory")
    for _ in range(2):
        code = pycache.compile_file_cached(src)
        assert disassemble(code) == disassemble(compile_source(Path(src).read_bytes(), src))
    assert (stats.compiles, stats.writes, stats.write_errors, stats.loads) == (2, 0, 2, 0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["__pycache__", "mod.py"]


@contextlib.contextmanager
def read_only(d: Path):
    """d cannot be written into: chmod 555, or for root (who ignores the
    permissions) `chattr +i` where the file system supports it."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        d.chmod(0o555)
        try:
            yield
        finally:
            d.chmod(0o755)
        return
    if shutil.which("chattr") is None or \
            subprocess.run(["chattr", "+i", str(d)], capture_output=True).returncode != 0:
        pytest.skip("running as root, and chattr +i does not work here")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(d)], capture_output=True)


def test_cache_read_only_directory(tmp_path: Path, stats: pycache.CacheStats) -> None:
    d = tmp_path / "ro"
    src = write_source(d / "mod.py")
    with read_only(d):
        with pytest.raises(OSError):
            (d / "probe").write_bytes(b"")
        pycache.compile_file_cached(src)
        pycache.compile_file_cached(src)
        assert (stats.compiles, stats.write_errors) == (2, 2)
        assert sorted(p.name for p in d.iterdir()) == ["mod.py"]
    # a cache in a read-only __pycache__ is still used, and a stale one is
    # replaced by a fresh compilation that cannot be saved
    pycache.compile_file_cached(src)
    assert stats.writes == 1
    with read_only(d / "__pycache__"):
        pycache.compile_file_cached(src)
        assert stats.loads == 1
        st = os.stat(src)
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 5))
        code = pycache.compile_file_cached(src)
        assert (stats.write_errors, stats.compiles, stats.loads) == (3, 4, 1)
        assert disassemble(code) == disassemble(compile_source(Path(src).read_bytes(), src))
        assert sorted(p.name for p in (d / "__pycache__").iterdir()) == ["mod.ouro-311.pyc"]


def test_cache_co_filename(tmp_path: Path, stats: pycache.CacheStats,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_source(tmp_path / "pkg" / "mod.py")
    pycache.compile_file_cached(src)
    other = str(tmp_path) + "/pkg/./mod.py"
    assert pycache.cache_path(other) != pycache.cache_path(src)
    assert os.path.samefile(pycache.cache_path(other), pycache.cache_path(src))
    monkeypatch.chdir(tmp_path)
    ncodes = disassemble(compile_source(Path(src).read_bytes(), src)).count("Disassembly of")
    for spelling in [other, "pkg/mod.py", "pkg/../pkg/mod.py"]:
        code = pycache.compile_file_cached(spelling)
        assert pycache.STATS.last_from_cache
        todo = [code]
        n = 0
        while todo:
            c = todo.pop()
            n += 1
            assert c.co_filename == spelling
            todo.extend(k.code for k in c.co_consts if isinstance(k, ConstCode))
        assert n == ncodes
        assert disassemble(code) == disassemble(compile_source(Path(src).read_bytes(), spelling))
    assert stats.compiles == 1


def test_cache_errors(tmp_path: Path, stats: pycache.CacheStats) -> None:
    with pytest.raises(OSError):
        pycache.compile_file_cached(str(tmp_path / "missing.py"))
    bad = write_source(tmp_path / "bad.py", "def f(:\n")
    with pytest.raises(SourceError):
        pycache.compile_file_cached(bad)
    assert not (tmp_path / "__pycache__").exists() or \
        list((tmp_path / "__pycache__").iterdir()) == []
    # a cache whose source disappeared is not used
    src = write_source(tmp_path / "mod.py")
    pycache.compile_file_cached(src)
    os.unlink(src)
    with pytest.raises(OSError):
        pycache.compile_file_cached(src)


def test_cache_replaces_concurrently_readable(tmp_path: Path, stats: pycache.CacheStats) -> None:
    """The cache file is replaced by rename: a reader holding the old file
    keeps reading it whole; no temporary file is left."""
    src = write_source(tmp_path / "mod.py")
    pycache.compile_file_cached(src)
    cfile = cached_file(src)
    with open(cfile, "rb") as old_reader:
        st = os.stat(src)
        os.utime(src, ns=(st.st_atime_ns, st.st_mtime_ns + 10))
        pycache.compile_file_cached(src)
        old = old_reader.read()
    assert old[16:24] == struct.pack("<q", st.st_mtime_ns)
    assert cfile.read_bytes()[16:24] == struct.pack("<q", st.st_mtime_ns + 10)
    assert sorted(p.name for p in cfile.parent.iterdir()) == ["mod.ouro-311.pyc"]


# ---------------------------------------------------------------- pycache_main

def run_main_in_process(args: list[str]) -> tuple[int, str]:
    pycache.STATS.reset()
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = pycache_main.entry_point(["pycache_main"] + args)
    return status, out.getvalue()


def test_pycache_main_untranslated(tmp_path: Path) -> None:
    src = write_source(tmp_path / "mod.py")
    status, out = run_main_in_process(["--stats", src])
    assert status == 0
    assert out.endswith("pycache: 0 loaded, 1 compiled, 1 written, 0 not written, "
                        "0 stale or damaged\n")
    assert "Disassembly of <code object <module>, file \"%s\"" % src in out
    status, out2 = run_main_in_process(["--stats", src])
    assert out2.endswith("pycache: 1 loaded, 0 compiled, 0 written, 0 not written, "
                         "0 stale or damaged\n")
    assert out2.rsplit("pycache:", 1)[0] == out.rsplit("pycache:", 1)[0]
    status, out3 = run_main_in_process(["--no-dis", "--fuzz", "50", src])
    assert status == 0 and "round trip ok, 50 corrupted" in out3


TRANSLATED_FILES = ["ast.py", "typing.py", "os.py", "argparse.py"]


def run_untranslated(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "rpy.run",
                           str(REPO / "ouro" / "compiler" / "pycache_main.py")] + args,
                          cwd=str(cwd), env=env, capture_output=True, timeout=600)


@pytest.mark.translated
def test_pycache_main_translated(rpy_translate, tmp_path: Path) -> None:
    exe = rpy_translate(REPO / "ouro" / "compiler" / "pycache_main.py")
    work = tmp_path / "work"
    work.mkdir()
    names = []
    for i, rel in enumerate(TRANSLATED_FILES):
        name = "m%d_%s" % (i, os.path.basename(rel))
        shutil.copy2(STDLIB / rel, work / name)
        names.append(name)
    (work / "special.py").write_text(SPECIAL, encoding="utf-8")
    names.append("special.py")
    (work / "broken.py").write_text("x = (\n", encoding="utf-8")
    args = ["--stats"] + names        # relative paths: the same co_filename in both runs
    n = len(names)

    first = run_untranslated(args + ["broken.py"], work)
    assert first.returncode == 1, first.stderr.decode()
    assert b"SyntaxError" in first.stderr
    stats_line = "pycache: 0 loaded, %d compiled, %d written, 0 not written, 0 stale or damaged\n"
    out = first.stdout.decode("utf-8")
    assert out.endswith(stats_line % (n, n))
    untranslated_cache = {p.name: p.read_bytes() for p in (work / "__pycache__").iterdir()}
    assert len(untranslated_cache) == n
    shutil.rmtree(work / "__pycache__")

    # the translated program prints the same and writes the same bytes
    proc = subprocess.run([str(exe)] + args + ["broken.py"], cwd=str(work),
                          capture_output=True, timeout=300)
    assert proc.returncode == 1 and b"SyntaxError" in proc.stderr
    assert proc.stdout.decode("utf-8") == out
    cfiles = sorted((work / "__pycache__").iterdir())
    assert {p.name: p.read_bytes() for p in cfiles} == untranslated_cache
    mtimes = {p.name: p.stat().st_mtime_ns for p in cfiles}

    # second run: everything from the cache, nothing rewritten
    proc = subprocess.run([str(exe)] + args, cwd=str(work), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    loaded = "pycache: %d loaded, 0 compiled, 0 written, 0 not written, 0 stale or damaged\n" % n
    text = proc.stdout.decode("utf-8")
    assert text.endswith(loaded)
    assert text[:-len(loaded)] == out[:-len(stats_line % (n, n))]
    assert {p.name: p.stat().st_mtime_ns for p in (work / "__pycache__").iterdir()} == mtimes

    # untranslated reads what the translated program wrote (and prints the same)
    again = run_untranslated(args, work)
    assert again.stdout.decode("utf-8") == text

    # a damaged cache file is ignored and rewritten; a stale one too
    victim = work / "__pycache__" / cfiles[0].name
    data = victim.read_bytes()
    victim.write_bytes(data[:40] + bytes([data[40] ^ 1]) + data[41:])
    src_stale = work / "special.py"
    st = os.stat(src_stale)
    os.utime(src_stale, ns=(st.st_atime_ns, st.st_mtime_ns + 1000))
    proc = subprocess.run([str(exe)] + args, cwd=str(work), capture_output=True, timeout=300)
    text = proc.stdout.decode("utf-8")
    assert text.endswith("pycache: %d loaded, 2 compiled, 2 written, 0 not written, "
                         "2 stale or damaged\n" % (n - 2))
    assert victim.read_bytes() == data
    assert text.rsplit("pycache:", 1)[0] == out.rsplit("pycache:", 1)[0]

    # the copied co_filename is the path asked for
    proc = subprocess.run([str(exe), "./" + names[0]], cwd=str(work), capture_output=True,
                          timeout=300)
    assert ('file "./%s"' % names[0]).encode() in proc.stdout

    # an unwritable __pycache__ (a file): still compiles
    shutil.rmtree(work / "__pycache__")
    (work / "__pycache__").write_bytes(b"")
    proc = subprocess.run([str(exe), "--stats", "special.py"], cwd=str(work),
                          capture_output=True, timeout=300)
    assert proc.returncode == 0
    assert proc.stdout.decode().endswith("pycache: 0 loaded, 1 compiled, 0 written, 1 not written, "
                                         "0 stale or damaged\n")


@pytest.mark.translated
def test_pycache_main_fuzz_translated(rpy_translate, tmp_path: Path) -> None:
    exe = rpy_translate(REPO / "ouro" / "compiler" / "pycache_main.py")
    (tmp_path / "special.py").write_text(SPECIAL, encoding="utf-8")
    paths = ["special.py"]
    for i, rel in enumerate(["ast.py", "typing.py"]):
        shutil.copy2(STDLIB / rel, tmp_path / ("f%d.py" % i))
        paths.append("f%d.py" % i)
    args = ["--no-dis", "--fuzz", "300"] + paths
    expected = run_untranslated(args, tmp_path)
    assert expected.returncode == 0, expected.stderr.decode()
    proc = subprocess.run([str(exe)] + args, cwd=str(tmp_path), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    assert proc.stdout == expected.stdout
    assert proc.stdout.count(b"round trip ok, 300 corrupted") == 3
