"""Descriptor I/O at an offset and between descriptors: pread/pwrite,
readv/writev, preadv/pwritev, sendfile, copy_file_range, splice, pipe2,
eventfd, memfd_create, posix_fallocate/posix_fadvise, lockf, fchmod,
fchdir, fdatasync, sync, getrandom; the errors (EBADF...) and argument
errors as CPython's."""
import os
import stat
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "data")
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
print(os.pwrite(fd, b"hello world", 0), os.pwrite(fd, memoryview(b"HELLO"), 6))
print(os.pread(fd, 5, 0), os.pread(fd, 100, 6), os.pread(fd, 10, 1000))
print(os.lseek(fd, 0, os.SEEK_CUR))          # pread/pwrite leave the position
print(os.writev(fd, [b"ab", bytearray(b"cd"), memoryview(b"ef")]), os.writev(fd, []))
os.lseek(fd, 0, os.SEEK_SET)
bufs = [bytearray(3), bytearray(4), bytearray(100)]
print(os.readv(fd, bufs), [bytes(b[:6]) for b in bufs])
print(os.pwritev(fd, [b"X", b"Y"], 1), os.pread(fd, 4, 0))
bufs = [bytearray(2), bytearray(2)]
print(os.preadv(fd, bufs, 3), bufs)
print(os.preadv(fd, [bytearray(3)], 0, 0))
os.fsync(fd)
os.fdatasync(fd)
os.sync()
print(os.fstat(fd).st_size)

# sendfile / copy_file_range / splice
dst = os.open(os.path.join(d, "copy"), os.O_RDWR | os.O_CREAT, 0o644)
print(os.sendfile(dst, fd, 0, 5), os.sendfile(dst, fd, None, 3), os.lseek(fd, 0, os.SEEK_CUR))
print(os.sendfile(dst, fd, 1000, 5))
print(os.pread(dst, 100, 0))
try:
    n = os.copy_file_range(fd, dst, 4, 0, 8)
    print("copy_file_range", n, os.pread(dst, 100, 0))
except OSError as e:
    print("copy_file_range", e.errno in (18, 38, 95, 22))   # EXDEV/ENOSYS/EOPNOTSUPP/EINVAL
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(w))
print(os.splice(fd, w, 5, offset_src=0), os.read(r, 10))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(r)
os.close(w)
r, w = os.pipe2(0)
print(os.get_inheritable(r), os.get_blocking(r))
os.close(r)
os.close(w)

# fchmod, fchdir, fallocate, fadvise, lockf
os.fchmod(fd, 0o600)
print(oct(stat.S_IMODE(os.stat(path).st_mode)))
os.posix_fallocate(fd, 0, 100)
print(os.fstat(fd).st_size)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
os.lockf(fd, os.F_LOCK, 0)
print(os.lockf(fd, os.F_TEST, 0), os.lockf(fd, os.F_ULOCK, 0))
cwd = os.getcwd()
dfd = os.open(d, os.O_RDONLY)
os.fchdir(dfd)
print(os.getcwd() == os.path.realpath(d), sorted(os.listdir(".")))
os.chdir(cwd)
os.close(dfd)

# eventfd, memfd_create, getrandom
efd = os.eventfd(3)
os.eventfd_write(efd, 4)
print(os.eventfd_read(efd), os.get_inheritable(efd))
os.close(efd)
efd = os.eventfd(0, os.EFD_NONBLOCK | os.EFD_SEMAPHORE)
os.eventfd_write(efd, 2)
print(os.eventfd_read(efd), os.eventfd_read(efd))
try:
    os.eventfd_read(efd)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
os.close(efd)
mfd = os.memfd_create("ouro-test")
os.write(mfd, b"in memory")
print(os.pread(mfd, 20, 0), os.readlink("/proc/self/fd/%d" % mfd).startswith("/memfd:ouro-test"),
      os.get_inheritable(mfd))
os.close(mfd)
mfd = os.memfd_create(b"x", 0)
print(os.get_inheritable(mfd))
os.close(mfd)
print(len(os.getrandom(16)), len(os.getrandom(0)), len(os.getrandom(5, os.GRND_NONBLOCK)))

os.close(dst)
os.close(fd)
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)

# errors of a bad descriptor, and argument errors
bad = 99999
for f, args in [(os.pread, (bad, 1, 0)), (os.pwrite, (bad, b"x", 0)),
                (os.readv, (bad, [bytearray(1)])), (os.writev, (bad, [b"x"])),
                (os.preadv, (bad, [bytearray(1)], 0)), (os.pwritev, (bad, [b"x"], 0)),
                (os.sendfile, (bad, bad, None, 1)), (os.splice, (bad, bad, 1)),
                (os.copy_file_range, (bad, bad, 1)),
                (os.fchmod, (bad, 0)), (os.fchdir, (bad,)), (os.fdatasync, (bad,)),
                (os.posix_fallocate, (bad, 0, 1)), (os.posix_fadvise, (bad, 0, 1, 0)),
                (os.lockf, (bad, os.F_LOCK, 0)), (os.eventfd_read, (bad,)),
                (os.eventfd_write, (bad, 1)),
                (os.pread, (0, -1, 0)), (os.pread, ("x", 1, 0)), (os.pwrite, (1, "x", 0)),
                (os.readv, (0, 1)), (os.readv, (0, [b"x"])), (os.readv, (0, [1])),
                (os.writev, (1, 1)), (os.writev, (1, [1])), (os.writev, (1, {})),
                (os.sendfile, (1, 0, "x", 1)), (os.sendfile, (1, 0)),
                (os.pipe2, ("x",)), (os.pipe2, ()), (os.eventfd, (-1,)), (os.eventfd, ("x",)),
                (os.eventfd_write, (0, -1)), (os.eventfd_write, (0, 2**64)),
                (os.memfd_create, (1,)), (os.memfd_create, ("a\0b",)),
                (os.getrandom, (-1,)), (os.getrandom, (1.0,)), (os.fchdir, ("x",)),
                (os.fchdir, (-3,)), (os.fdatasync, (None,)), (os.lockf, (0, 0)),
                (os.pread, (0, 1)), (os.splice, (0, 1)), (os.fchmod, (0,)),
                (os.copy_file_range, (0, 1, -10)), (os.splice, (0, 1, -10)),
                (os.splice, (0, 1, 1, None, None, -1)), (os.sendfile, (1, 0, -1, 1)),
                (os.copy_file_range, (0, 1, 1, -1))]:
    try:
        f(*args)
        print(f.__name__, "no error")
    except (OSError, TypeError, ValueError, OverflowError, BufferError) as e:
        print(f.__name__, type(e).__name__, e)

# chdir/chmod with a descriptor (os.supports_fd)
print({os.chdir, os.chmod, os.chown, os.truncate} <= os.supports_fd)
d = tempfile.mkdtemp()
fd = os.open(d, os.O_RDONLY)
cwd = os.getcwd()
os.chdir(fd)
print(os.getcwd() == os.path.realpath(d))
os.chdir(cwd)
os.close(fd)
p = os.path.join(d, "f")
fd = os.open(p, os.O_WRONLY | os.O_CREAT, 0o644)
os.chmod(fd, 0o640)
print(oct(stat.S_IMODE(os.stat(p).st_mode)))
os.close(fd)
for f, a in [(os.chdir, (99999,)), (os.chmod, (99999, 0o600))]:
    try:
        f(*a)
    except (OSError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
os.unlink(p)
os.rmdir(d)
