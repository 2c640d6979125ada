"""The bytecode cache, in RPy: compiled code objects kept beside the source
(like CPython's __pycache__), so that a module imported twice is parsed
once.

    cache_path(source_path) -> str       DIR/__pycache__/NAME.ouro-311.pyc
    compile_file_cached(path) -> CodeObject
    compile_file(path) -> (CodeObject, CacheWrite or None); finish_cache(w)

A cache file is a 32-byte header then the code object in
ouro/compiler/marshal.py's format:

    0   MAGIC (8 bytes): b"OURO", COMPILER_VERSION (2 bytes, little
        endian), b"\\r\\n"
    8   COMPILER_VERSION (4 bytes, little endian)
    12  a checksum of the payload (FNV-1a, 32 bits, little endian)
    16  the source's modification time in nanoseconds (8 bytes, signed)
    24  the source's size in bytes (8 bytes, signed)
    32  payload: marshal.dump_code(code)

compile_file_cached stats the source and uses the cache file if its header
matches (magic, version, mtime, size) and its payload is intact (checksum,
then marshal.load_code, which refuses anything malformed).  Otherwise it
reads and compiles the source and writes the cache: __pycache__ is created
if needed, the file is written under a temporary name (with the process
id) then renamed, so a concurrent reader sees the old file or the whole new
one.  Any OSError while writing is ignored (a read-only directory works,
without a cache), so is a code object that the format cannot hold.  The
co_filename of the code returned (and of every nested code object) is the
path asked for, even if the cache was written under another spelling of it.
SyntaxErrors (SourceError) and an unreadable source raise as without the
cache; nothing is written for them.  compile_file leaves the writing to
its caller (finish_cache), which emits the compiler's warnings first: a
warning the filters make an error is a SyntaxError, and leaves no cache
file, as in CPython.

CPython's files (NAME.cpython-311.pyc) live in the same directory under
their own names.
"""
from __future__ import annotations

from rpy.rlib import ros

from ouro.compiler.code import CodeObject, ConstCode
from ouro.compiler import options
from ouro.compiler.codegen import compile_source
from ouro.compiler.marshal import MarshalError, dump_code, load_code

# The version of the compiler's output.  Bump it whenever the bytecode
# (ouro/compiler/opcodes.py), the code the compiler generates for some
# source, or the cache's format changes: every existing cache file is then
# stale, and recompiled on next use.
COMPILER_VERSION = 3

CACHE_DIR = "__pycache__"
CACHE_TAG = "ouro-311"
MAGIC = b"OURO" + bytes([COMPILER_VERSION & 0xff, (COMPILER_VERSION >> 8) & 0xff]) + b"\r\n"
HEADER_SIZE = 32


class CacheStats:
    """Counters of what compile_file_cached did (for tests and tools)."""
    loads: int          # code objects loaded from a cache file
    compiles: int       # sources compiled
    writes: int         # cache files written
    write_errors: int   # cache files that could not be written
    rejected: int       # cache files present but stale or damaged
    last_from_cache: bool

    def __init__(self) -> None:
        self.loads = 0
        self.compiles = 0
        self.writes = 0
        self.write_errors = 0
        self.rejected = 0
        self.last_from_cache = False

    def reset(self) -> None:
        self.loads = 0
        self.compiles = 0
        self.writes = 0
        self.write_errors = 0
        self.rejected = 0
        self.last_from_cache = False


STATS = CacheStats()


def cache_path(source_path: str) -> str:
    """DIR/__pycache__/NAME.ouro-311.pyc for DIR/NAME.py (as CPython's
    importlib.util.cache_from_source names NAME.cpython-311.pyc)."""
    slash = source_path.rfind("/")
    head = source_path[:slash + 1]
    tail = source_path[slash + 1:]
    dot = tail.rfind(".")
    base = tail
    if dot > 0:
        base = tail[:dot]
    elif dot == 0:
        base = tail[1:]
    opt = ""
    if options.DEFAULTS.optimize > 0:
        # as CPython's NAME.cpython-311.opt-1.pyc: -O code is cached apart
        opt = ".opt-%d" % options.DEFAULTS.optimize
    return head + CACHE_DIR + "/" + base + "." + CACHE_TAG + opt + ".pyc"


def checksum(data: bytes) -> int:
    """FNV-1a, 32 bits."""
    h = 0x811c9dc5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return h


def _put_int(out: list[int], v: int, nbytes: int) -> None:
    """v in nbytes bytes, little endian (two's complement)."""
    for i in range(nbytes):
        out.append((v >> (8 * i)) & 0xff)


def _get_int(data: bytes, pos: int, nbytes: int, signed: bool) -> int:
    top = data[pos + nbytes - 1]
    v = top
    if signed and top >= 0x80:
        v = top - 0x100
    i = nbytes - 2
    while i >= 0:
        v = (v << 8) | data[pos + i]
        i -= 1
    return v


def make_header(mtime_ns: int, size: int, payload: bytes) -> bytes:
    out: list[int] = []
    for b in MAGIC:
        out.append(b)
    _put_int(out, COMPILER_VERSION, 4)
    _put_int(out, checksum(payload), 4)
    _put_int(out, mtime_ns, 8)
    _put_int(out, size, 8)
    return bytes(out)


def load_cached(data: bytes, mtime_ns: int, size: int) -> CodeObject | None:
    """The code in a cache file's content if its header matches the source's
    mtime and size and the payload is intact; None otherwise."""
    if len(data) < HEADER_SIZE or data[:len(MAGIC)] != MAGIC:
        return None
    if _get_int(data, 8, 4, False) != COMPILER_VERSION:
        return None
    if _get_int(data, 16, 8, True) != mtime_ns or _get_int(data, 24, 8, True) != size:
        return None
    payload = data[HEADER_SIZE:]
    if _get_int(data, 12, 4, False) != checksum(payload):
        return None
    try:
        return load_code(payload)
    except MarshalError:
        return None


def nested_codes(code: CodeObject) -> list[CodeObject]:
    """code and all the code objects nested in its constants."""
    result: list[CodeObject] = []
    todo = [code]
    while len(todo) > 0:
        c = todo.pop()
        result.append(c)
        for k in c.co_consts:
            if isinstance(k, ConstCode):
                todo.append(k.code)
    return result


def set_filename(code: CodeObject, filename: str) -> None:
    """co_filename = filename in code and in all the code objects nested in
    its constants."""
    for c in nested_codes(code):
        c.co_filename = filename


def write_cache(cpath: str, data: bytes) -> bool:
    """Writes the cache file atomically (temporary file, then rename);
    False if that failed (the temporary file is removed)."""
    slash = cpath.rfind("/")
    try:
        ros.mkdir(cpath[:slash], 0o777)
    except OSError:
        pass                   # it exists (or writing below fails too)
    tmp = "%s.%d.tmp" % (cpath, ros.getpid())
    try:
        ros.write_file(tmp, data)
        ros.rename(tmp, cpath)
    except OSError:
        try:
            ros.unlink(tmp)
        except OSError:
            pass
        return False
    return True


class CacheWrite:
    """A compiled source's cache file, not written yet."""
    cpath: str
    data: bytes

    def __init__(self, cpath: str, data: bytes) -> None:
        self.cpath = cpath
        self.data = data


def compile_file_cached(path: str) -> CodeObject:
    """The code object of the source file at path, from its cache file if
    that is up to date, else compiled (and cached).  Raises OSError if the
    source cannot be read and SourceError if it does not compile."""
    code, pending = compile_file(path)
    finish_cache(pending)
    return code


def compile_file(path: str) -> tuple[CodeObject, CacheWrite | None]:
    """compile_file_cached without the writing: the code object, and the
    cache file to write (None: none to write)."""
    mtime_ns = ros.stat(path, ros.STAT_MTIME_NS)
    size = ros.stat(path, ros.STAT_SIZE)
    cpath = cache_path(path)
    found = True
    try:
        cached = ros.read_file(cpath)
    except OSError:
        cached = b""
        found = False
    if found:
        code = load_cached(cached, mtime_ns, size)
        if code is not None:
            set_filename(code, path)
            STATS.loads += 1
            STATS.last_from_cache = True
            return code, None
        STATS.rejected += 1
    raw = ros.read_file(path)
    code = compile_source(raw, path)
    STATS.compiles += 1
    STATS.last_from_cache = False
    if not options.DEFAULTS.write_bytecode:
        return code, None
    try:
        payload = dump_code(code)
    except MarshalError:
        STATS.write_errors += 1
        return code, None
    return code, CacheWrite(cpath, make_header(mtime_ns, size, payload) + payload)


def finish_cache(pending: CacheWrite | None) -> None:
    """Writes the cache file compile_file left to write, if any."""
    if pending is None:
        return
    if write_cache(pending.cpath, pending.data):
        STATS.writes += 1
    else:
        STATS.write_errors += 1
