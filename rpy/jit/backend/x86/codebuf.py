"""Executable memory for the x86-64 backend: the one place that touches the
operating system.

    mem = ExecutableMemory()
    addr, size = mem.install(builder)       # mmap RW, copy, mprotect RX
    index = mem.call_frame(addr, frame)     # long loop(long *frame->words)
    mem.free(addr)

Pages are never writable and executable at once: written while RW, then
switched to RX.  RPy code over rpy.rlib.rjitmem: translated those are C
runtime functions (rpy/c/runtime/jitmem.c), untranslated ctypes, so this
module is the same in both.  The assembler produces a MachineCodeBuilder
and the caller installs it; only the shared exit routine is installed from
the assembler's side, once per configuration (exits.py; see docs/design-jit.md,
"x86-64 backend: assembler" and "Translated JIT: the low-level interface").
"""
from __future__ import annotations

from rpy.rlib import rjitmem
from rpy.rlib.rgcref import GCRef
from rpy.jit.backend.x86.encoder import MachineCodeBuilder
from rpy.jit.backend.x86.config import BackendConfig

PAGE_SIZE = rjitmem.PAGE_SIZE


class ExecutableMemory:
    """mmap'ed blocks of machine code, by address; the bytes mapped now
    and at most (OURO_LOG=jit-summary reports them)."""
    blocks: dict[int, int]
    bytes_alive: int
    bytes_peak: int

    def __init__(self) -> None:
        self.blocks = {}
        self.bytes_alive = 0
        self.bytes_peak = 0

    def install(self, mc: MachineCodeBuilder) -> tuple[int, int]:
        """Copy the builder's code to fresh executable pages: (address, size).
        The block address is page-aligned (the constant pool relies on a
        16-byte alignment)."""
        n = mc.get_size()
        size = (n + PAGE_SIZE - 1) // PAGE_SIZE * PAGE_SIZE
        if size == 0:
            size = PAGE_SIZE
        addr = rjitmem.mmap_rw(size)
        if addr == 0:
            raise MemoryError
        code = mc.materialize(addr)
        for i in range(len(code)):
            rjitmem.write_byte(addr + i, code[i])
        if rjitmem.protect_rx(addr, size) != 0:
            rjitmem.munmap(addr, size)
            raise MemoryError
        self.blocks[addr] = size
        self.bytes_alive += size
        if self.bytes_alive > self.bytes_peak:
            self.bytes_peak = self.bytes_alive
        return addr, size

    def patch_word(self, addr: int, value: int) -> None:
        """Overwrite the 8 bytes at addr, inside an installed block (its
        pages RW for the time of the write)."""
        base = 0
        for a in self.blocks:
            if a <= addr and addr + 8 <= a + self.blocks[a]:
                base = a
        if base == 0:
            raise ValueError("patch_word: not in an installed block")
        size = self.blocks[base]
        if rjitmem.protect_rw(base, size) != 0:
            raise MemoryError
        for i in range(8):
            rjitmem.write_byte(addr + i, (value >> (8 * i)) & 0xFF)
        if rjitmem.protect_rx(base, size) != 0:
            raise MemoryError

    def call_loop(self, addr: int, frame: int) -> int:
        """Run `long loop(long *frame)` at addr on a raw word array (no GC
        object may be in it: nothing traces it)."""
        return rjitmem.call_raw(addr, frame)

    def call_frame(self, addr: int, frame: GCRef) -> int:
        """Run the loop at addr on a jitframe (rjitmem.frame_new)."""
        return rjitmem.call_frame(addr, frame)

    def free(self, addr: int) -> None:
        size = self.blocks[addr]
        del self.blocks[addr]
        self.bytes_alive -= size
        rjitmem.munmap(addr, size)

    def free_all(self) -> None:
        addrs: list[int] = []
        for a in self.blocks:
            addrs.append(a)
        for a in addrs:
            self.free(a)


def gc_backend_config() -> BackendConfig:
    """The backend configuration for the translated program's own objects
    and GC (translated only: the addresses are 0 untranslated): the class
    of an object is the type id at offset 0, jitframes are rjitmem's."""
    config = BackendConfig(0, 0)
    config.enable_gc(rjitmem.ss_top_addr(), rjitmem.exc_value_addr(),
                     rjitmem.wb_slowpath_addr(), rjitmem.malloc_slowpath_addr(),
                     rjitmem.JITFRAME_GCMAP_OFS - rjitmem.JITFRAME_WORDS_OFS,
                     rjitmem.JITFRAME_EXC_OFS - rjitmem.JITFRAME_WORDS_OFS)
    config.enable_nursery(rjitmem.nursery_free_addr(), rjitmem.nursery_top_addr())
    config.enable_varsize(rjitmem.malloc_varsize_addr())
    return config
