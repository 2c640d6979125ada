"""rpy.rlib.rmmap: anonymous and file mappings, reads and writes (whole
ranges and single bytes), moves, forward and backward searches, msync,
madvise, mremap growing a file mapping, the constants, and the errors
(OSError with the errno)."""
from __future__ import annotations

from rpy.rlib import rmmap, ros

PATH = "/tmp/rlib_mmap.tmp"


def anonymous() -> None:
    prot = rmmap.constant(b"PROT_READ") | rmmap.constant(b"PROT_WRITE")
    flags = rmmap.constant(b"MAP_PRIVATE") | rmmap.constant(b"MAP_ANONYMOUS")
    size = rmmap.pagesize()
    addr = rmmap.mmap(size, prot, flags, -1, 0)
    print("anon", addr != 0, rmmap.read(addr, 4))
    rmmap.write(addr, b"hello, mapped world")
    rmmap.set_byte(addr, ord("H"))
    print("read", rmmap.read(addr, 19), rmmap.get_byte(addr + 1), rmmap.read(addr, 0))
    rmmap.move(addr + 7, addr, 5)
    print("moved", rmmap.read(addr, 19))
    print("find", rmmap.find(addr, 19, b"Hello", False), rmmap.find(addr, 19, b"Hello", True),
          rmmap.find(addr, 19, b"zz", False), rmmap.find(addr, 19, b"", False),
          rmmap.find(addr, 19, b"", True), rmmap.find(addr, 3, b"Hello", True))
    print("byte", rmmap.find_byte(addr, 19, ord("w")), rmmap.find_byte(addr, 19, 0),
          rmmap.find_byte(addr, 0, ord("H")))
    rmmap.madvise(addr, size, rmmap.constant(b"MADV_NORMAL"))
    try:
        rmmap.madvise(addr, size, 12345)
    except OSError:
        print("madvise: errno", ros.get_errno())
    addr2 = rmmap.mremap(addr, size, 4 * size)
    print("mremap", rmmap.read(addr2, 5), rmmap.get_byte(addr2 + 3 * size))
    rmmap.munmap(addr2, 4 * size)


def file_map() -> None:
    fd = ros.open(PATH, ros.O_RDWR | ros.O_CREAT | ros.O_TRUNC, 0o600)
    ros.write(fd, b"0123456789")
    prot = rmmap.constant(b"PROT_READ") | rmmap.constant(b"PROT_WRITE")
    addr = rmmap.mmap(10, prot, rmmap.constant(b"MAP_SHARED"), fd, 0)
    rmmap.write(addr + 2, b"ab")
    rmmap.msync(addr, 10)
    ros.lseek(fd, 0, 0)
    print("file", ros.read(fd, 10))
    ros.ftruncate(fd, 20)
    addr = rmmap.mremap(addr, 10, 20)
    rmmap.write(addr + 18, b"!!")
    rmmap.munmap(addr, 20)
    ros.lseek(fd, 0, 0)
    print("grown", ros.read(fd, 30))
    try:
        rmmap.mmap(10, prot, rmmap.constant(b"MAP_SHARED"), fd, 1)
    except OSError:
        print("unaligned offset: errno", ros.get_errno())
    ros.close(fd)
    try:
        rmmap.mmap(10, prot, rmmap.constant(b"MAP_SHARED"), fd, 0)
    except OSError:
        print("closed fd: errno", ros.get_errno())
    ros.unlink(PATH)


def constants() -> None:
    print("constants", rmmap.constant(b"MAP_SHARED"), rmmap.constant(b"MAP_PRIVATE"),
          rmmap.constant(b"PROT_EXEC"), rmmap.constant(b"MADV_DONTNEED"),
          rmmap.constant(b"NO_SUCH_THING") == rmmap.MISSING)
    print("pagesize", rmmap.pagesize() % 4096)


def entry_point(argv: list[str]) -> int:
    anonymous()
    file_map()
    constants()
    return 0
