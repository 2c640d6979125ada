"""rpy.rlib.runix: password and group entries by name, id and
enumeration, resource limits and usage, fcntl/ioctl/flock/lockf on a
pipe and a file, and their errors (OSError with the errno)."""
from __future__ import annotations

from rpy.rlib import rprocess, ros, runix


def show_pw() -> None:
    print("pw", runix.pw_str(runix.PW_NAME), runix.pw_int(runix.PW_UID),
          runix.pw_int(runix.PW_GID), runix.pw_str(runix.PW_DIR), runix.pw_str(runix.PW_SHELL))


def passwd() -> None:
    print("uid 0", runix.pw_by_uid(0))
    show_pw()
    print("root", runix.pw_by_name(b"root"))
    show_pw()
    print("missing", runix.pw_by_name(b"no-such-user-xyz"), runix.pw_by_uid(54321))
    runix.pw_start()
    n = 0
    root_seen = False
    while runix.pw_next():
        n += 1
        if runix.pw_str(runix.PW_NAME) == b"root":
            root_seen = True
    runix.pw_end()
    print("all", n > 0, root_seen)


def group() -> None:
    print("gid 0", runix.gr_by_gid(0), runix.gr_str(runix.GR_NAME), runix.gr_gid(),
          len(runix.gr_members()) >= 0)
    print("by name", runix.gr_by_name(runix.gr_str(runix.GR_NAME)), runix.gr_gid())
    print("missing", runix.gr_by_name(b"no-such-group-xyz"), runix.gr_by_gid(54321))
    runix.gr_start()
    n = 0
    while runix.gr_next():
        n += 1
    runix.gr_end()
    print("all", n > 0)


def resources() -> None:
    runix.getrlimit(7)          # RLIMIT_NOFILE
    soft = runix.rlimit(0)
    hard = runix.rlimit(1)
    print("nofile", soft > 0, hard == -1 or hard >= soft)
    runix.setrlimit(7, soft, hard)
    runix.getrlimit(7)
    print("same", runix.rlimit(0) == soft, runix.rlimit(1) == hard)
    try:
        runix.setrlimit(7, 10, 5)
    except OSError:
        print("setrlimit cur > max: errno", ros.get_errno())
    runix.prlimit(0, 7, False, 0, 0)
    print("prlimit", runix.rlimit(0) == soft, runix.rlimit(1) == hard)
    runix.prlimit(0, 7, True, soft, hard)
    print("prlimit set", runix.rlimit(0) == soft)
    try:
        runix.prlimit(999999, 7, False, 0, 0)
    except OSError:
        print("prlimit no such process: errno", ros.get_errno())
    runix.getrusage(0)
    print("rusage", runix.rusage_time(0) >= 0.0, runix.rusage_int(2) > 0)
    try:
        runix.getrusage(5)
    except OSError:
        print("getrusage(5): errno", ros.get_errno())
    print("pagesize", runix.getpagesize())


def controls() -> None:
    p = rprocess.pipe()         # both ends close-on-exec
    r = p >> 32
    w = p & 0xffffffff
    print("F_GETFD", runix.fcntl_int(r, 1, 0) & 1)
    runix.fcntl_int(r, 2, 0)
    print("cleared", runix.fcntl_int(r, 1, 0) & 1)
    runix.fcntl_int(r, 2, 1)
    print("cloexec", runix.fcntl_int(r, 1, 0) & 1)
    print("buf", runix.fcntl_buf(r, 1, b"abcd"))
    ros.write(w, b"hello")
    print("FIONREAD", runix.ioctl_buf(r, 0x541B, b"\x00\x00\x00\x00"))
    try:
        runix.ioctl_int(r, 0x5413, 0)           # TIOCGWINSZ on a pipe
    except OSError:
        print("ioctl: errno", ros.get_errno())
    runix.flock(r, 2)
    runix.flock(r, 8)
    ros.close(r)
    ros.close(w)
    try:
        runix.fcntl_int(r, 1, 0)
    except OSError:
        print("closed: errno", ros.get_errno())
    try:
        runix.flock(r, 2)
    except OSError:
        print("flock closed: errno", ros.get_errno())
    fd = ros.open("/tmp/rlib_unix_lockf.tmp", ros.O_RDWR | ros.O_CREAT | ros.O_TRUNC, 0o600)
    runix.lockf(fd, 2, 0, 0, 0)
    runix.lockf(fd, 0, 0, 0, 0)
    runix.lockf(fd, 1 + 4, 10, 0, 0)
    print("lockf ok")
    ros.close(fd)
    ros.unlink("/tmp/rlib_unix_lockf.tmp")


def entry_point(argv: list[str]) -> int:
    passwd()
    group()
    resources()
    controls()
    return 0
