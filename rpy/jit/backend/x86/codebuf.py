"""Executable memory for the x86-64 backend: the one place that touches the
operating system.

    mem = ExecutableMemory()
    addr, size = mem.install(builder)     # mmap RW, copy, mprotect RX
    result = mem.call_loop(addr, frame)   # long loop(long *frame)
    mem.free(addr, size)

Pages are never writable and executable at once: written while RW, then
switched to RX.  Untranslated this is ctypes (mmap/mprotect/munmap from
libc, the loop called through a CFUNCTYPE); the translated JIT will get the
same four operations as C runtime functions, and only this module changes.
The assembler never calls it: it produces a MachineCodeBuilder and the
caller installs it (see docs/design-jit.md, "x86-64 backend: assembler").
"""
from __future__ import annotations

import ctypes
from typing import Any

from rpy.jit.backend.x86.encoder import MachineCodeBuilder

PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MAP_PRIVATE = 0x02
MAP_ANONYMOUS = 0x20
PAGE_SIZE = 4096

_LOOP_FUNC = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)


class ExecutableMemory:
    """mmap'ed blocks of machine code (untranslated: ctypes)."""

    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.mmap.restype = ctypes.c_void_p
        libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int,
                              ctypes.c_int, ctypes.c_int, ctypes.c_long]
        libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
        self.libc = libc
        self.blocks: dict[int, int] = {}
        self.funcs: dict[int, Any] = {}

    def install(self, mc: MachineCodeBuilder) -> tuple[int, int]:
        """Copy the builder's code to fresh executable pages: (address, size).
        The block address is page-aligned (the constant pool relies on a
        16-byte alignment)."""
        n = mc.get_size()
        size = (n + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE
        if size == 0:
            size = PAGE_SIZE
        addr = self.libc.mmap(None, size, PROT_READ | PROT_WRITE,
                              MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        if addr is None or addr == ctypes.c_void_p(-1).value:
            raise MemoryError("mmap of executable memory failed")
        code = bytes(mc.materialize(addr))
        ctypes.memmove(addr, code, len(code))
        if self.libc.mprotect(addr, size, PROT_READ | PROT_EXEC) != 0:
            self.libc.munmap(addr, size)
            raise MemoryError("mprotect RX failed")
        self.blocks[addr] = size
        return addr, size

    def call_loop(self, addr: int, frame: int) -> int:
        """Run `long loop(long *frame)` at addr with the jitframe at `frame`."""
        f = self.funcs.get(addr)
        if f is None:
            f = _LOOP_FUNC(addr)
            self.funcs[addr] = f
        return int(f(frame))

    def free(self, addr: int) -> None:
        size = self.blocks.pop(addr)
        self.funcs.pop(addr, None)
        self.libc.munmap(addr, size)

    def free_all(self) -> None:
        for addr in list(self.blocks):
            self.free(addr)
