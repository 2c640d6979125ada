"""Machine code for the translated JIT: executable memory, entering a
compiled loop, the jitframe, and the runtime addresses machine code uses.

Translated, every function here is a C runtime function or expression
(rpy/c/runtime/jitmem.c, rpy/rtype/externals.py); untranslated it is ctypes
(memory, calls) and a Python object standing for the jitframe, so the same
RPy code (rpy/jit/backend/x86/codebuf.py) runs on CPython in tests.

Executable memory is never writable and executable at once:
`mmap_rw`, `write_byte`s, `protect_rx`, run, `munmap`; patching installed
code (attaching a bridge) goes through `protect_rw` and back.

A compiled loop is `long loop(long *words)` (docs/design-jit.md, "x86-64
backend: assembler").  `call_raw(addr, words)` calls it on a raw word array
(untranslated tests: a ctypes array); `call_frame(addr, frame)` on the words
of a **jitframe**: a GC object (type id RPY_TID_JITFRAME) that never moves,
whose words the GC traces as references only where the frame's current
*gcmap* says so (a list of word indexes ended by -1, in the loop's code
block: the loop's entry gcmap, set with `frame_set_gcmap` before entering,
or the gcmap an exit wrote).  After `call_frame` returns, the exit's values
are read with `frame_get_*` until the next entry; `frame_reset` forgets the
gcmap (do it before the code block holding it is freed).  The exception
that made a guard_no_exception fail is in the frame (`frame_take_exc`).

`FuncAddress(f)` declares that machine code calls RPy function f: the
pyjitpl phase (--opt=jit) gives it an index in the generated table
`rpy_jit_functions[]`; `function_address(index)` is the C function's address.
"""
from __future__ import annotations

import ctypes
from typing import Any

from rpy.rlib.rgcref import GCRef

# the jitframe's layout (jitmem.h): header, gcmap, exc, length, words
JITFRAME_GCMAP_OFS = 8
JITFRAME_EXC_OFS = 16
JITFRAME_LENGTH_OFS = 24
JITFRAME_WORDS_OFS = 32
PAGE_SIZE = 4096


def mmap_rw(size: int) -> int:
    """Fresh zeroed RW pages; 0 on failure."""
    addr = _libc().mmap(None, size, 3, 0x22, -1, 0)      # PROT_READ|WRITE, PRIVATE|ANONYMOUS
    if addr is None or addr == ctypes.c_void_p(-1).value:
        return 0
    return int(addr)


def protect_rx(addr: int, size: int) -> int:
    """Make the pages read+execute (no longer writable): 0, or -1."""
    return 0 if _libc().mprotect(addr, size, 5) == 0 else -1


def protect_rw(addr: int, size: int) -> int:
    """Make the pages read+write again (no longer executable), to patch
    them: 0, or -1."""
    return 0 if _libc().mprotect(addr, size, 3) == 0 else -1


def munmap(addr: int, size: int) -> None:
    _libc().munmap(addr, size)


def write_byte(addr: int, byte: int) -> None:
    ctypes.c_uint8.from_address(addr).value = byte & 0xFF


def call_raw(addr: int, words: int) -> int:
    """Run `long loop(long *words)` at addr on a raw word array."""
    return int(_loop_func(addr)(words))


def frame_new(nwords: int) -> GCRef:
    """A jitframe of nwords words (zeroed), allocated old: machine code may
    keep its address across a collection."""
    return _Frame(nwords)  # type: ignore[return-value]


def call_frame(addr: int, frame: GCRef) -> int:
    """Run the loop at addr on the frame's words; the write barrier for the
    references an exit stored is done before returning."""
    f = _frame(frame)
    return int(_loop_func(addr)(ctypes.addressof(f.words)))


def frame_length(frame: GCRef) -> int:
    return _frame(frame).length


def frame_get_int(frame: GCRef, k: int) -> int:
    return int(_frame(frame).words[k])


def frame_set_int(frame: GCRef, k: int, value: int) -> None:
    _frame(frame).words[k] = value


def frame_get_float(frame: GCRef, k: int) -> float:
    f = _frame(frame)
    return ctypes.c_double.from_address(ctypes.addressof(f.words) + 8 * k).value


def frame_set_float(frame: GCRef, k: int, value: float) -> None:
    f = _frame(frame)
    ctypes.c_double.from_address(ctypes.addressof(f.words) + 8 * k).value = value


def frame_get_ref(frame: GCRef, k: int) -> GCRef | None:
    """Untranslated, a reference is a word standing for a Python object
    (machine code can move it around but not look inside)."""
    f = _frame(frame)
    w = int(f.words[k])
    if w == 0:
        return None
    return f.refs[w]  # type: ignore[no-any-return]


def frame_set_ref(frame: GCRef, k: int, ref: GCRef | None) -> None:
    """Translated: with the write barrier on the frame."""
    f = _frame(frame)
    if ref is None:
        f.words[k] = 0
        return
    f.refs[id(ref)] = ref
    f.words[k] = id(ref)


def frame_set_gcmap(frame: GCRef, gcmap_addr: int) -> None:
    """Which words the GC must see as references from now on (0: none)."""
    _frame(frame).gcmap = gcmap_addr


def frame_reset(frame: GCRef) -> None:
    """No word is a reference any more, no exception."""
    f = _frame(frame)
    f.gcmap = 0
    f.exc = None


def frame_take_exc(frame: GCRef) -> GCRef | None:
    """The exception an exit caught (guard_no_exception), cleared."""
    f = _frame(frame)
    e = f.exc
    f.exc = None
    return e  # type: ignore[no-any-return]


def malloc_varsize_addr() -> int:
    """void *rpy_gc_malloc_varsize(uint32 tid, Signed length): a zeroed
    var-sized object with its length set (may collect)."""
    return 0


def gcref_is_old(ref: GCRef) -> bool:
    """Whether the object is in the old generation (or prebuilt): it will
    not move any more, its address may be written into machine code.
    Untranslated nothing moves."""
    return True


def collect_minor() -> None:
    """A minor collection: every young object becomes old."""


# addresses of the runtime's globals and functions used by machine code
# (translated only: 0 untranslated, where machine code sees no GC)

def ss_top_addr() -> int:
    """&rpy_ss_top (void **): the shadow stack's next free slot."""
    return 0


def exc_value_addr() -> int:
    """&rpy_exc_value (void *): the pending exception, NULL if none."""
    return 0


def wb_slowpath_addr() -> int:
    """void rpy_gc_wb_slowpath(void *obj)."""
    return 0


def nursery_free_addr() -> int:
    """&rpy_nursery_free (char *): the next free byte of the nursery."""
    return 0


def nursery_top_addr() -> int:
    """&rpy_nursery_top (char *): the end of the nursery."""
    return 0


def malloc_slowpath_addr() -> int:
    """void *rpy_gc_malloc_slowpath(uint32 tid, Signed size): a zeroed
    object with its header set (may collect; NULL + MemoryError)."""
    return 0


class FuncAddress:
    """Declares that machine code calls the RPy function `func` (which the
    program must also call or reference normally, so that it is translated):
    `index` is its place in rpy_jit_functions[], set by the pyjitpl phase."""
    index: int
    bound: bool
    name: str

    def __init__(self, func: Any) -> None:
        self.func = func
        self.name = func.__name__
        self.index = -1
        self.bound = False
        ALL_FUNCS.append(self)


ALL_FUNCS: list[FuncAddress] = []


def function_address(index: int) -> int:
    """The address of rpy_jit_functions[index] (translated with --opt=jit)."""
    raise NotImplementedError("function addresses exist only translated with --opt=jit")


# ---------------------------------------------------------------- untranslated

class _Frame:
    def __init__(self, nwords: int) -> None:
        self.length = nwords
        self.words = (ctypes.c_int64 * max(nwords, 1))()
        self.gcmap = 0
        self.exc: Any = None
        self.refs: dict[int, Any] = {}


def _frame(frame: GCRef) -> _Frame:
    assert isinstance(frame, _Frame)
    return frame


_LOOP_FUNC = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)
_funcs: dict[int, Any] = {}
_libc_cache: list[Any] = []


def _loop_func(addr: int) -> Any:
    f = _funcs.get(addr)
    if f is None:
        f = _LOOP_FUNC(addr)
        _funcs[addr] = f
    return f


def _libc() -> Any:
    if not _libc_cache:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mmap.restype = ctypes.c_void_p
        libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int,
                              ctypes.c_int, ctypes.c_int, ctypes.c_long]
        libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        _libc_cache.append(libc)
    return _libc_cache[0]
