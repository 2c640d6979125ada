"""What the x86-64 backend must know about the runtime (BackendConfig):
used by the assembler, the exit routine (exits.py) and codebuf.py's
gc_backend_config.  RPy code."""
from __future__ import annotations


class BackendConfig:
    """What the backend must know about the runtime: where an object's
    class word (vtable / type id) is, relative to the object's address,
    and the address of the allocation helper `void *malloc(long size)`
    (returning zeroed memory) used by new/new_with_vtable/new_array until
    inline nursery allocation exists.

    `enable_gc(...)` switches to the translated program's GC (codebuf.py,
    gc_backend_config): the class of an object is the 32-bit type id of its
    header; references live across a call are kept on the shadow stack;
    stores of references run the write barrier; new/new_with_vtable call
    the GC's allocator; exits record which jitframe words are references
    (gcmaps); guard_no_exception reads the runtime's pending exception."""
    vtable_offset: int
    malloc_addr: int
    gc: bool
    ss_top_addr: int          # &rpy_ss_top
    exc_addr: int             # &rpy_exc_value
    wb_addr: int              # rpy_gc_wb_slowpath(obj)
    gc_malloc_addr: int       # rpy_gc_malloc_slowpath(tid, size)
    gc_malloc_varsize_addr: int   # rpy_gc_malloc_varsize(tid, length)
    frame_gcmap_disp: int     # the jitframe's gcmap field, from its words
    frame_exc_disp: int       # the jitframe's exc field, from its words
    gcflags_offset: int       # the byte of the header holding TRACK_YOUNG
    track_young_flag: int
    nursery_free_addr: int    # &rpy_nursery_free (0: no inline allocation)
    nursery_top_addr: int     # &rpy_nursery_top
    exit_routine: int         # the shared exit routine (exits.py), 0: not installed yet
    exit_routine_size: int

    def __init__(self, vtable_offset: int, malloc_addr: int) -> None:
        self.vtable_offset = vtable_offset
        self.malloc_addr = malloc_addr
        self.gc = False
        self.ss_top_addr = 0
        self.exc_addr = 0
        self.wb_addr = 0
        self.gc_malloc_addr = 0
        self.gc_malloc_varsize_addr = 0
        self.frame_gcmap_disp = 0
        self.frame_exc_disp = 0
        self.gcflags_offset = 4
        self.track_young_flag = 1
        self.nursery_free_addr = 0
        self.nursery_top_addr = 0
        self.exit_routine = 0
        self.exit_routine_size = 0

    def enable_gc(self, ss_top_addr: int, exc_addr: int, wb_addr: int, gc_malloc_addr: int,
                  frame_gcmap_disp: int, frame_exc_disp: int) -> None:
        self.gc = True
        self.exit_routine = 0       # (its code depends on the GC mode)
        self.ss_top_addr = ss_top_addr
        self.exc_addr = exc_addr
        self.wb_addr = wb_addr
        self.gc_malloc_addr = gc_malloc_addr
        self.frame_gcmap_disp = frame_gcmap_disp
        self.frame_exc_disp = frame_exc_disp

    def enable_varsize(self, gc_malloc_varsize_addr: int) -> None:
        """new_array calls rpy_gc_malloc_varsize(tid, length)."""
        self.gc_malloc_varsize_addr = gc_malloc_varsize_addr

    def enable_nursery(self, nursery_free_addr: int, nursery_top_addr: int) -> None:
        """new/new_with_vtable bump the nursery pointer inline (the GC's
        allocator is the out-of-line slow path)."""
        self.nursery_free_addr = nursery_free_addr
        self.nursery_top_addr = nursery_top_addr
