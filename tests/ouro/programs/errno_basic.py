"""The errno module (constants, errorcode) and OSError's errno mapping:
OSError(errno, strerror) makes the subclass of that errno."""
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EAGAIN, errno.EWOULDBLOCK,
      errno.EINTR, errno.EPIPE, errno.ENOTDIR, errno.EISDIR, errno.EINVAL, errno.ENOSPC)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100)
print(sorted(errno.errorcode)[:5], all(getattr(errno, n) == c for c, n in errno.errorcode.items()))
print(type(errno.errorcode).__name__, "ENOENT" in dir(errno))
for code in [errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPERM, errno.EAGAIN,
             errno.EALREADY, errno.EINPROGRESS, errno.EPIPE, errno.ESHUTDOWN, errno.ECHILD,
             errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EISDIR,
             errno.ENOTDIR, errno.EINTR, errno.ESRCH, errno.ETIMEDOUT, errno.EINVAL, 9999]:
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(errno.ENOENT, "gone", "some/file")
print(type(e).__name__, e.filename, str(e))
print(type(OSError("just a message")).__name__, type(OSError(2)).__name__,
      type(OSError("2", "x")).__name__)


class MyError(OSError):
    pass


print(type(MyError(errno.ENOENT, "x")).__name__, type(FileNotFoundError(errno.EEXIST, "x")).__name__)
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise OSError(errno.EACCES, "denied")
except PermissionError as e:
    print("caught PermissionError", e.errno == errno.EACCES)
try:
    open("/nonexistent-ouro-dir/file")
except FileNotFoundError as e:
    print("open:", e.errno == errno.ENOENT, errno.errorcode[e.errno])
