"""rpy.rlib.ros, the functions an interpreter's posix and time modules use:
get_errno after failures, strerror, lseek/ftruncate on a descriptor, the
status record (stat_into/fstat_into/stat_field, lstat of a symbolic link),
listdir with entry types, chdir, chmod, access, readlink/symlink, utime,
environ/putenv/unsetenv, urandom, uname, cpu_count, the nanosecond clocks,
sleep, broken-down time (tm_into/tm_field/tm_zone), mktime, strftime.
Paths are relative (the runner starts the program in a fresh directory)."""
from rpy.rlib import ros

DIR = "rlib_os_more.d"


def cleanup() -> None:
    for name in ["f.txt", "link", "sub/g.txt"]:
        try:
            ros.unlink(DIR + "/" + name)
        except OSError:
            pass
    for d in [DIR + "/sub", DIR]:
        try:
            ros.rmdir(d)
        except OSError:
            pass


def errno_of_failure(what: str, path: str) -> None:
    try:
        if what == "open":
            ros.open(path, ros.O_RDONLY, 0)
        elif what == "mkdir":
            ros.mkdir(path, 0o777)
        elif what == "rmdir":
            ros.rmdir(path)
        elif what == "listdir":
            ros.listdir(path)
        elif what == "chdir":
            ros.chdir(path)
        else:
            ros.stat_into(path, True)
        print(what, path, "succeeded?")
    except OSError as e:
        code = ros.get_errno()
        print(what, "errno", code, ros.strerror(code), "|", str(e))


def entries(path: str) -> list[str]:
    raw = ros.listdir(path)
    result: list[str] = []
    for item in raw.split(b"\0"):
        if len(item) == 0:
            continue
        t = item[0]
        kind = "dir" if t == ros.DT_DIR else "file" if t == ros.DT_REG else \
            "link" if t == ros.DT_LNK else "other" if t != ros.DT_UNKNOWN else "unknown"
        result.append(item[1:].decode() + ":" + kind)
    result.sort()
    return result


def entry_point(argv: list[str]) -> int:
    cleanup()
    ros.mkdir(DIR, 0o755)
    ros.mkdir(DIR + "/sub", 0o755)
    errno_of_failure("open", DIR + "/missing")
    errno_of_failure("mkdir", DIR)
    errno_of_failure("rmdir", DIR)
    errno_of_failure("listdir", DIR + "/nothing")
    errno_of_failure("chdir", DIR + "/nothing")
    errno_of_failure("stat", "")
    print("strerror 13:", ros.strerror(13))
    print("strerror 99999:", ros.strerror(99999))

    fd = ros.open(DIR + "/f.txt", ros.O_RDWR | ros.O_CREAT | ros.O_TRUNC, 0o640)
    ros.write(fd, b"0123456789abcdef")
    print("lseek end:", ros.lseek(fd, 0, ros.SEEK_END), "set 4:", ros.lseek(fd, 4, ros.SEEK_SET),
          "cur +2:", ros.lseek(fd, 2, ros.SEEK_CUR))
    print("read at 6:", ros.read(fd, 4).decode())
    ros.ftruncate(fd, 10)
    ros.fstat_into(fd)
    print("fstat size after ftruncate:", ros.stat_field(ros.ST_SIZE))
    fd2 = ros.dup(fd)
    print("dup is another fd:", fd2 != fd, ros.lseek(fd2, 0, ros.SEEK_CUR))
    ros.close(fd2)
    ros.fsync(fd)
    ros.close(fd)
    try:
        ros.lseek(fd, 0, 0)
    except OSError as e:
        print("lseek closed fd: errno", ros.get_errno())

    ros.stat_into(DIR + "/f.txt", True)
    mode = ros.stat_field(ros.ST_MODE)
    print("mode %o" % mode, "size", ros.stat_field(ros.ST_SIZE), "nlink", ros.stat_field(ros.ST_NLINK))
    print("uid matches:", ros.stat_field(ros.ST_UID) == ros.geteuid(),
          "gid matches:", ros.stat_field(ros.ST_GID) == ros.getegid())
    print("nsec fields in range:", 0 <= ros.stat_field(ros.ST_MTIME_NSEC) < 1000000000,
          ros.stat_field(ros.ST_MTIME) > 1000000000, ros.stat_field(ros.ST_INO) > 0)
    ros.utime(DIR + "/f.txt", 1000000000123456789, 1200000000987654321)
    ros.stat_into(DIR + "/f.txt", True)
    print("utime:", ros.stat_field(ros.ST_ATIME), ros.stat_field(ros.ST_ATIME_NSEC),
          ros.stat_field(ros.ST_MTIME), ros.stat_field(ros.ST_MTIME_NSEC))
    ros.chmod(DIR + "/f.txt", 0o600)
    ros.stat_into(DIR + "/f.txt", True)
    print("after chmod %o" % (ros.stat_field(ros.ST_MODE) & 0o777))
    print("access:", ros.access(DIR + "/f.txt", 4), ros.access(DIR + "/nope", 0))

    ros.symlink("f.txt", DIR + "/link")
    print("readlink:", ros.readlink(DIR + "/link"))
    ros.stat_into(DIR + "/link", False)
    print("lstat is a link:", ros.stat_field(ros.ST_MODE) & ros.S_IFMT == ros.S_IFLNK)
    ros.stat_into(DIR + "/link", True)
    print("stat follows:", ros.stat_field(ros.ST_MODE) & ros.S_IFMT == ros.S_IFREG)
    print("entries:", entries(DIR))

    cwd = ros.getcwd()
    ros.chdir(DIR + "/sub")
    print("chdir: cwd ends with", ros.getcwd()[len(cwd):])
    ros.chdir(cwd)

    ros.putenv("RLIB_OS_MORE", "value=1")
    print("putenv:", ros.getenv("RLIB_OS_MORE"))
    env = ros.environ()
    print("environ has it:", b"\0RLIB_OS_MORE=value=1\0" in b"\0" + env)
    ros.unsetenv("RLIB_OS_MORE")
    print("unsetenv:", ros.getenv("RLIB_OS_MORE"), b"RLIB_OS_MORE=" in ros.environ())
    try:
        ros.putenv("A=B", "x")
    except ValueError as e:
        print("putenv bad name:", str(e))

    print("urandom lengths:", len(ros.urandom(0)), len(ros.urandom(33)))
    parts = ros.uname().split("\0")
    print("uname:", parts[0], len(parts))
    print("cpu_count positive:", ros.cpu_count() > 0, "clk_tck:", ros.sysconf_clk_tck())
    print("pids:", ros.getppid() > 0, ros.getuid() >= 0, ros.getgid() >= 0)
    old = ros.umask(0o22)
    print("umask round trip:", ros.umask(old) == 0o22)

    t0 = ros.monotonic_ns()
    ros.sleep(0.01)
    t1 = ros.monotonic_ns()
    print("slept at least 10 ms:", t1 - t0 >= 10000000)
    print("time_ns after 2020:", ros.time_ns() > 1577836800 * 1000000000,
          "cpu clocks:", ros.process_time_ns() > 0, ros.thread_time_ns() > 0)

    ros.tm_into(1700000000, False)
    print("gmtime:", [ros.tm_field(i) for i in range(10)], ros.tm_zone())
    ros.tm_into(-86400 * 366, False)
    print("gmtime before 1970:", [ros.tm_field(i) for i in range(8)])
    print("strftime:", ros.strftime("%Y-%m-%d %H:%M:%S %a %b %j %z %Z %%", 2023, 11, 14, 22, 13,
                                    20, 1, 318, 0, 3600, "ABC"))
    print("strftime empty:", repr(ros.strftime("", 2023, 1, 1, 0, 0, 0, 6, 1, 0, 0, "UTC")))
    print("mktime round trip:", check_mktime(1700000000))
    try:
        ros.mktime(2 ** 60, 1, 1, 0, 0, 0, 0, 1, -1)
        print("huge mktime accepted?")
    except OverflowError as e:
        print("mktime:", str(e))
    ros.tzset()
    cleanup()
    print("done")
    return 0


def check_mktime(t: int) -> bool:
    ros.tm_into(t, True)
    f = [ros.tm_field(i) for i in range(9)]
    return ros.mktime(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) == t
