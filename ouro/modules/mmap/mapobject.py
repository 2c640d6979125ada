"""The mmap.mmap object (CPython 3.11's mmap_object on Unix): the
mapping's address and size, the file position, the duplicated file
descriptor, the access mode; and the buffer protocol through W_Root's
exporter hooks (memoryview(m), bytes(m), re over a map, file.write(m)).

The mapped memory is outside the GC heap: close() unmaps it, and so does
the object's death (the finalizer queue calls release_resources).  A
closed map has address 0; every access checks it first ("mmap closed or
invalid"), views included, so a view that outlives its map raises
instead of reading unmapped memory.

Exports: CPython refuses close() and resize() while a buffer of the map
is exported; here, as for bytearray (memoryobject.views_hold), while a
memoryview of it that is not released is held by a running frame or its
module."""
from __future__ import annotations

from rpy.rlib import rmmap

from ouro.objspace.bytesobject import wrap_bytes
from ouro.objspace.exceptions import operr, w_IndexError, w_TypeError, w_ValueError
from ouro.objspace.finalizerqueue import register as register_finalizer
from ouro.objspace.maps import W_ObjectWithMap
from ouro.objspace.memoryobject import views_hold
from ouro.objspace.model import W_Root, W_TypeObject
from ouro.objspace.space import SUBCLASSABLE_LAYOUTS
from ouro.objspace.model import make_builtin_type, w_object_type
from ouro.objspace.strobject import W_StrObject

from rpy.rlib import ros

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3
ACCESS_NAMES = ["ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"]

# mmap.mmap is subclassable: its instances carry their class
LAYOUT_MMAP = 150
SUBCLASSABLE_LAYOUTS.append(LAYOUT_MMAP)
w_mmap_type = make_builtin_type("mmap", [w_object_type], LAYOUT_MMAP)
w_mmap_type.dict_w["__module__"] = W_StrObject("mmap")
w_mmap_type.tp_prefix = "mmap."


class W_MMap(W_ObjectWithMap):
    w_type: W_TypeObject
    addr: int           # 0 once closed
    size: int
    pos: int
    offset: int
    fd: int             # the duplicated descriptor, -1 for anonymous memory
    access: int
    exported: bool      # a memoryview of it was made (see check_exports)

    def __init__(self, w_type: W_TypeObject, addr: int, size: int, offset: int, fd: int,
                 access: int) -> None:
        W_ObjectWithMap.__init__(self)
        self.w_type = w_type
        self.addr = addr
        self.size = size
        self.pos = 0
        self.offset = offset
        self.fd = fd
        self.access = access
        self.exported = False
        register_finalizer(self)

    def getclass(self) -> W_TypeObject:
        return self.w_type

    def check_valid(self) -> None:
        if self.addr == 0:
            raise operr(w_ValueError, "mmap closed or invalid")

    def exports_held(self) -> bool:
        return self.exported and views_hold(self)

    def close(self) -> None:
        fd = self.fd
        addr = self.addr
        self.fd = -1
        self.addr = 0
        if fd >= 0:
            try:
                ros.close(fd)
            except OSError:
                pass
        if addr != 0:
            rmmap.munmap(addr, self.size)

    def release_resources(self) -> None:
        self.close()

    def read_bytes(self, start: int, n: int) -> bytes:
        return rmmap.read(self.addr + start, n)

    # -- the sequence protocol's item (sq_item): bytes of length 1

    def sq_item(self, i: int) -> W_Root | None:
        if self.w_type is not w_mmap_type and self.w_type.lookup("__getitem__") is not \
                w_mmap_type.dict_w["__getitem__"]:
            return None         # a subclass's __getitem__ is its sq_item
        self.check_valid()
        if i < 0 or i >= self.size:
            raise operr(w_IndexError, "mmap index out of range")
        return wrap_bytes(self.read_bytes(i, 1))

    # -- the buffer protocol

    def buffer_itemsize(self) -> int:
        return 1

    def buffer_export(self) -> None:
        self.check_valid()
        self.exported = True

    def buffer_readonly(self) -> bool:
        return self.access == ACCESS_READ

    def buffer_len(self) -> int:
        return self.size if self.addr != 0 else 0

    def buffer_bytes(self) -> bytes | None:
        self.check_valid()
        return self.read_bytes(0, self.size)

    def buffer_get_byte(self, pos: int) -> int:
        self.check_valid()
        return rmmap.get_byte(self.addr + pos)

    def buffer_set_byte(self, pos: int, b: int) -> None:
        self.check_valid()
        # every writer checks buffer_readonly() first; this one keeps a
        # forgotten check from writing to a read-only mapping (SIGSEGV)
        if self.access == ACCESS_READ:
            raise operr(w_TypeError, "mmap can't modify a readonly memory map.")
        rmmap.set_byte(self.addr + pos, b)
