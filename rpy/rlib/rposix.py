"""The less common POSIX calls of the os module for RPy programs: file
system statistics and limits (statvfs, pathconf, sysconf, confstr),
descriptor I/O at an offset and between descriptors (pread, pwrite,
preadv/pwritev, sendfile, copy_file_range, splice), special files and
descriptors (mkfifo, mknod, pipe2, memfd_create, eventfd), extended
attributes, user and group ids, priorities and scheduling, wait3/wait4/
waitid, and a few process queries (getloadavg, getlogin, ctermid).

The same behaviour untranslated (through CPython's os) and translated
(rpy/c/runtime/posixs.c).  Errors raise OSError and leave the errno in
ros.get_errno().  Paths and names are bytes (already encoded with
surrogateescape, no NUL).  A call that may block drops the GIL (the C
side's RPY_BLOCKING_BEGIN) and, interrupted by a signal, fails with EINTR
for the caller to retry.

Several values come through per-process records, as ros.stat_into:
`statvfs(path)`/`fstatvfs(fd)` fill one read with `statvfs_field(i)`
(the eleven fields of os.statvfs_result in order, unsigned values as
the word's bits); `getgroups()`/`getgrouplist()` fill a list of ids read
with `group(i)` (they return the count); `getresuid()`/`getresgid()` and
`getloadavg()` fill three values read with `three_int(i)`/
`three_float(i)`; `waitid` fills five read with `waitid_field(i)`;
`wait4` the wait status (`wait4_status()`) and runix's rusage record.
Lists of ids go in as bytes: each id in decimal followed by a NUL.
CPU sets are bytes, bit i of byte i // 8 for CPU i.
"""
from __future__ import annotations

import os as _os
import time as _time
from typing import Any

from rpy.rlib.ros import _keeps_errno


class _State:
    statvfs: Any = None
    groups: list[int] = []
    three: Any = (0, 0, 0)
    waitid: Any = None
    status = 0


def _unlocked(fn: Any, *args: Any) -> Any:
    """Untranslated: a blocking call with the GIL released, as the runtime
    does (RPY_BLOCKING_BEGIN/END)."""
    from rpy.rlib import rthread
    held = rthread.release_gil()
    try:
        return fn(*args)
    finally:
        rthread.acquire_gil(held)


def _ids(data: bytes) -> list[int]:
    return [int(x) for x in data.split(b"\0")[:-1]]


# -- file systems, limits

def _keep_statvfs(r: Any) -> None:
    _State.statvfs = (r.f_bsize, r.f_frsize, r.f_blocks, r.f_bfree, r.f_bavail, r.f_files,
                      r.f_ffree, r.f_favail, r.f_flag, r.f_namemax, r.f_fsid)


@_keeps_errno
def statvfs(path: bytes) -> None:
    _keep_statvfs(_os.statvfs(path))


@_keeps_errno
def fstatvfs(fd: int) -> None:
    _keep_statvfs(_os.fstatvfs(fd))


def statvfs_field(i: int) -> int:
    v = int(_State.statvfs[i])
    return v - (1 << 64) if v >= 1 << 63 else v


@_keeps_errno
def pathconf(path: bytes, name: int) -> int:
    """pathconf(3) (-1: no limit)."""
    return _os.pathconf(path, name)


@_keeps_errno
def fpathconf(fd: int, name: int) -> int:
    return _os.fpathconf(fd, name)


@_keeps_errno
def sysconf(name: int) -> int:
    """sysconf(3) (-1: no limit or not supported)."""
    return _os.sysconf(name)


@_keeps_errno
def confstr(name: int) -> bytes:
    """confstr(3): b"\\x01" + the value, or b"\\x00" when the name has no
    value (CPython's None)."""
    v = _os.confstr(name)
    if v is None:
        return b"\x00"
    return b"\x01" + _os.fsencode(v)


# -- descriptors and files

@_keeps_errno
def fchdir(fd: int) -> None:
    _os.fchdir(fd)


@_keeps_errno
def fchmod(fd: int, mode: int) -> None:
    _os.fchmod(fd, mode)


@_keeps_errno
def fdatasync(fd: int) -> None:
    _unlocked(_os.fdatasync, fd)


def sync() -> None:
    _os.sync()


@_keeps_errno
def chroot(path: bytes) -> None:
    _os.chroot(path)


@_keeps_errno
def mkfifo(path: bytes, mode: int) -> None:
    _os.mkfifo(path, mode)


@_keeps_errno
def mknod(path: bytes, mode: int, device: int) -> None:
    _os.mknod(path, mode, device)


@_keeps_errno
def pread(fd: int, n: int, offset: int) -> bytes:
    return _unlocked(_os.pread, fd, n, offset)


@_keeps_errno
def pwrite(fd: int, data: bytes, offset: int) -> int:
    return _unlocked(_os.pwrite, fd, data, offset)


@_keeps_errno
def preadv(fd: int, n: int, offset: int, flags: int) -> bytes:
    """Up to n bytes as one readv(2) (offset < 0 and no flags) or
    preadv2(2)."""
    buf = bytearray(n)
    if offset < 0 and flags == 0:
        k = _unlocked(_os.readv, fd, [buf])
    else:
        k = _unlocked(_os.preadv, fd, [buf], offset, flags)
    return bytes(buf[:k])


@_keeps_errno
def pwritev(fd: int, data: bytes, offset: int, flags: int) -> int:
    if offset < 0 and flags == 0:
        return _unlocked(_os.writev, fd, [data])
    return _unlocked(_os.pwritev, fd, [data], offset, flags)


@_keeps_errno
def sendfile(out_fd: int, in_fd: int, offset: int, count: int) -> int:
    """sendfile(2); offset < 0: from in_fd's position."""
    return _unlocked(_os.sendfile, out_fd, in_fd, None if offset < 0 else offset, count)


@_keeps_errno
def copy_file_range(src: int, dst: int, count: int, off_src: int, off_dst: int) -> int:
    return _os.copy_file_range(src, dst, count, None if off_src < 0 else off_src,
                               None if off_dst < 0 else off_dst)


@_keeps_errno
def splice(src: int, dst: int, count: int, off_src: int, off_dst: int, flags: int) -> int:
    return _os.splice(src, dst, count, None if off_src < 0 else off_src,
                      None if off_dst < 0 else off_dst, flags)


def posix_fallocate(fd: int, offset: int, length: int) -> int:
    """The error number (0: done), as the C call returns it."""
    try:
        _os.posix_fallocate(fd, offset, length)
    except OSError as e:
        return e.errno or 0
    return 0


def posix_fadvise(fd: int, offset: int, length: int, advice: int) -> int:
    try:
        _os.posix_fadvise(fd, offset, length, advice)
    except OSError as e:
        return e.errno or 0
    return 0


@_keeps_errno
def lockf(fd: int, command: int, length: int) -> None:
    _unlocked(_os.lockf, fd, command, length)


@_keeps_errno
def pipe2(flags: int) -> int:
    """read end << 32 | write end."""
    r, w = _os.pipe2(flags)
    return r << 32 | w


@_keeps_errno
def memfd_create(name: bytes, flags: int) -> int:
    return _os.memfd_create(_os.fsdecode(name), flags)


@_keeps_errno
def eventfd(initval: int, flags: int) -> int:
    return _os.eventfd(initval, flags)


@_keeps_errno
def eventfd_read(fd: int) -> int:
    v = _unlocked(_os.eventfd_read, fd)
    return v - (1 << 64) if v >= 1 << 63 else v


@_keeps_errno
def eventfd_write(fd: int, value: int) -> None:
    _unlocked(_os.eventfd_write, fd, value & 0xffffffffffffffff)


@_keeps_errno
def getrandom(size: int, flags: int) -> bytes:
    return _os.getrandom(size, flags)


# extended attributes: of the path, or of fd when fd >= 0

def _target(path: bytes, fd: int) -> Any:
    return fd if fd >= 0 else path


@_keeps_errno
def getxattr(path: bytes, fd: int, attr: bytes, follow: bool) -> bytes:
    return _os.getxattr(_target(path, fd), attr, follow_symlinks=follow)


@_keeps_errno
def setxattr(path: bytes, fd: int, attr: bytes, value: bytes, flags: int, follow: bool) -> None:
    _os.setxattr(_target(path, fd), attr, value, flags, follow_symlinks=follow)


@_keeps_errno
def listxattr(path: bytes, fd: int, follow: bool) -> bytes:
    """The names, each followed by a NUL."""
    names = _os.listxattr(_target(path, fd), follow_symlinks=follow)
    return b"".join(_os.fsencode(n) + b"\0" for n in names)


@_keeps_errno
def removexattr(path: bytes, fd: int, attr: bytes, follow: bool) -> None:
    _os.removexattr(_target(path, fd), attr, follow_symlinks=follow)


# -- terminals

@_keeps_errno
def tcgetpgrp(fd: int) -> int:
    return _os.tcgetpgrp(fd)


@_keeps_errno
def tcsetpgrp(fd: int, pgid: int) -> None:
    _os.tcsetpgrp(fd, pgid)


def ctermid() -> bytes:
    return _os.fsencode(_os.ctermid())


@_keeps_errno
def login_tty(fd: int) -> None:
    _os.login_tty(fd)  # type: ignore[attr-defined]


@_keeps_errno
def forkpty() -> int:
    """forkpty(3) (standard output flushed first): pid << 32 | master fd
    (the fd's low 32 bits: -1 in the child)."""
    import sys
    sys.stdout.flush()
    pid, fd = _os.forkpty()
    return pid << 32 | (fd & 0xffffffff)


# -- users and groups

@_keeps_errno
def getgroups() -> int:
    _State.groups = _os.getgroups()
    return len(_State.groups)


@_keeps_errno
def getgrouplist(user: bytes, group: int) -> int:
    _State.groups = _os.getgrouplist(_os.fsdecode(user), group)
    return len(_State.groups)


def group(i: int) -> int:
    return _State.groups[i]


@_keeps_errno
def setgroups(ids: bytes) -> None:
    _os.setgroups(_ids(ids))


@_keeps_errno
def initgroups(user: bytes, group: int) -> None:
    _os.initgroups(_os.fsdecode(user), group)


@_keeps_errno
def getresuid() -> None:
    _State.three = _os.getresuid()


@_keeps_errno
def getresgid() -> None:
    _State.three = _os.getresgid()


def three_int(i: int) -> int:
    return int(_State.three[i])


def three_float(i: int) -> float:
    return float(_State.three[i])


@_keeps_errno
def getloadavg() -> None:
    _State.three = _os.getloadavg()


@_keeps_errno
def setuid(uid: int) -> None:
    _os.setuid(uid & 0xffffffff)


@_keeps_errno
def setgid(gid: int) -> None:
    _os.setgid(gid & 0xffffffff)


@_keeps_errno
def seteuid(uid: int) -> None:
    _os.seteuid(uid & 0xffffffff)


@_keeps_errno
def setegid(gid: int) -> None:
    _os.setegid(gid & 0xffffffff)


@_keeps_errno
def setreuid(ruid: int, euid: int) -> None:
    _os.setreuid(ruid, euid)


@_keeps_errno
def setregid(rgid: int, egid: int) -> None:
    _os.setregid(rgid, egid)


@_keeps_errno
def setresuid(ruid: int, euid: int, suid: int) -> None:
    _os.setresuid(ruid, euid, suid)


@_keeps_errno
def setresgid(rgid: int, egid: int, sgid: int) -> None:
    _os.setresgid(rgid, egid, sgid)


@_keeps_errno
def getlogin() -> bytes:
    return _os.fsencode(_os.getlogin())


# -- processes

def abort() -> None:
    _os.abort()


@_keeps_errno
def killpg(pgid: int, sig: int) -> None:
    _os.killpg(pgid, sig)


@_keeps_errno
def nice(increment: int) -> int:
    return _os.nice(increment)


@_keeps_errno
def getpriority(which: int, who: int) -> int:
    return _os.getpriority(which, who)


@_keeps_errno
def setpriority(which: int, who: int, prio: int) -> None:
    _os.setpriority(which, who, prio)


@_keeps_errno
def wait4(pid: int, options: int) -> int:
    """wait4(2) (pid -1: wait3): the pid; the status is wait4_status(),
    the resource usage runix's rusage record."""
    from rpy.rlib import runix
    p, st, ru = _unlocked(_os.wait4, pid, options)
    _State.status = st
    runix._State.rusage = ru
    return p


def wait4_status() -> int:
    return _State.status


@_keeps_errno
def waitid(idtype: int, id: int, options: int) -> bool:
    """waitid(2): whether a child's state was reported (si_pid != 0); its
    five fields (pid, uid, signo, status, code) then in waitid_field."""
    r = _unlocked(_os.waitid, idtype, id, options)
    if r is None:
        return False
    _State.waitid = (r.si_pid, r.si_uid, r.si_signo, r.si_status, r.si_code)
    return True


def waitid_field(i: int) -> int:
    return int(_State.waitid[i])


# -- scheduling

def sched_yield() -> None:
    _os.sched_yield()


@_keeps_errno
def sched_get_priority_max(policy: int) -> int:
    return _os.sched_get_priority_max(policy)


@_keeps_errno
def sched_get_priority_min(policy: int) -> int:
    return _os.sched_get_priority_min(policy)


@_keeps_errno
def sched_getscheduler(pid: int) -> int:
    return _os.sched_getscheduler(pid)


@_keeps_errno
def sched_getparam(pid: int) -> int:
    """The process's sched_priority."""
    return int(_os.sched_getparam(pid).sched_priority)


@_keeps_errno
def sched_setparam(pid: int, priority: int) -> None:
    _os.sched_setparam(pid, _os.sched_param(priority))


@_keeps_errno
def sched_setscheduler(pid: int, policy: int, priority: int) -> None:
    _os.sched_setscheduler(pid, policy, _os.sched_param(priority))


@_keeps_errno
def sched_rr_get_interval(pid: int) -> float:
    return _os.sched_rr_get_interval(pid)


@_keeps_errno
def sched_getaffinity(pid: int) -> bytes:
    """The CPU set of pid (see the module's docstring)."""
    cpus = _os.sched_getaffinity(pid)
    n = (max(cpus) // 8 + 1) if cpus else 0
    mask = bytearray(n)
    for c in cpus:
        mask[c // 8] |= 1 << (c % 8)
    return bytes(mask)


@_keeps_errno
def sched_setaffinity(pid: int, mask: bytes) -> None:
    cpus = [i for i in range(len(mask) * 8) if mask[i // 8] >> (i % 8) & 1]
    _os.sched_setaffinity(pid, cpus)


# -- clocks

@_keeps_errno
def clock_settime_ns(clk: int, ns: int) -> None:
    _time.clock_settime_ns(clk, ns)


@_keeps_errno
def pthread_getcpuclockid(ident: int) -> int:
    return _time.pthread_getcpuclockid(ident)
