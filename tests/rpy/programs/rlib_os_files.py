"""rpy.rlib.ros files and directories: stat (mode, size, modification time
in nanoseconds), mkdir/rmdir, unlink, rename (also replacing an existing
file), getpid, and the OSError texts of each failure (CPython's, with the
path; rename names both paths).  Paths are relative: the runner starts the
program in a fresh temporary directory, so the messages are the same
untranslated and translated.  Leftovers of an interrupted run are removed
first, and everything is removed at the end."""
from rpy.rlib import ros

DIR = "rlib_os_files.d"
FILES = ["a.txt", "b.txt", "c.txt", "big.bin"]


def cleanup() -> None:
    for name in FILES:
        try:
            ros.unlink(DIR + "/" + name)
        except OSError:
            pass
    for sub in ["sub", ""]:
        try:
            ros.rmdir(DIR + "/" + sub if sub != "" else DIR)
        except OSError:
            pass


def kind(path: str) -> str:
    mode = ros.stat(path, ros.STAT_MODE)
    if mode & ros.S_IFMT == ros.S_IFDIR:
        return "directory"
    if mode & ros.S_IFMT == ros.S_IFREG:
        return "regular file"
    return "other"


def show_error(what: str, e: OSError) -> None:
    print(what, "->", str(e))


def entry_point(argv: list[str]) -> int:
    cleanup()
    ros.mkdir(DIR, 0o755)
    print("made", DIR, "a", kind(DIR))
    try:
        ros.mkdir(DIR, 0o755)
        print("mkdir twice succeeded?")
    except OSError as e:
        show_error("mkdir again", e)
    ros.mkdir(DIR + "/sub", 0o700)
    print("sub is a", kind(DIR + "/sub"), "with permissions",
          "%o" % (ros.stat(DIR + "/sub", ros.STAT_MODE) & 0o777))
    a = DIR + "/a.txt"
    ros.write_file(a, b"hello, world\n")
    print("a.txt is a", kind(a), "of", ros.stat(a, ros.STAT_SIZE), "bytes")
    big = DIR + "/big.bin"
    ros.write_file(big, b"x" * 100000)
    print("big.bin has", ros.stat(big, ros.STAT_SIZE), "bytes")
    t1 = ros.stat(a, ros.STAT_MTIME_NS)
    print("mtime is after 2001:", t1 > 1000000000 * 1000000000)
    print("mtime unchanged on a second stat:", ros.stat(a, ros.STAT_MTIME_NS) == t1)
    try:
        ros.stat(a, 17)
        print("field 17 accepted?")
    except ValueError as e:
        print("bad field ->", str(e))
    # rename to a new name, then over an existing file
    b = DIR + "/b.txt"
    ros.rename(a, b)
    print("renamed: a.txt", "exists" if exists(a) else "is gone", "and b.txt has",
          ros.stat(b, ros.STAT_SIZE), "bytes")
    c = DIR + "/c.txt"
    ros.write_file(c, b"0123456789012345678901234567890")
    ros.rename(c, b)
    print("replaced: b.txt has", ros.stat(b, ros.STAT_SIZE), "bytes:", ros.read_file(b)[:10].decode(),
          "and c.txt", "exists" if exists(c) else "is gone")
    try:
        ros.rename(c, DIR + "/d.txt")
    except OSError as e:
        show_error("rename missing", e)
    try:
        ros.stat(DIR + "/missing", ros.STAT_SIZE)
    except OSError as e:
        show_error("stat missing", e)
    try:
        ros.stat(b + "/x", ros.STAT_SIZE)
    except OSError as e:
        show_error("stat through a file", e)
    try:
        ros.unlink(c)
    except OSError as e:
        show_error("unlink missing", e)
    try:
        ros.unlink(DIR + "/sub")
    except OSError as e:
        print("unlink of a directory fails:", len(str(e)) > 0)
    try:
        ros.rmdir(DIR)
    except OSError as e:
        show_error("rmdir non-empty", e)
    try:
        ros.rmdir(b)
    except OSError as e:
        show_error("rmdir of a file", e)
    try:
        ros.mkdir(DIR + "/no/such/parent", 0o755)
    except OSError as e:
        show_error("mkdir without parent", e)
    try:
        ros.stat("bad\x00path", ros.STAT_SIZE)
    except ValueError as e:
        print("embedded NUL ->", str(e))
    pid = ros.getpid()
    print("pid positive:", pid > 0, "and stable:", ros.getpid() == pid)
    ros.unlink(b)
    ros.unlink(big)
    ros.rmdir(DIR + "/sub")
    ros.rmdir(DIR)
    print("cleaned up:", not exists(DIR))
    return 0


def exists(path: str) -> bool:
    try:
        ros.stat(path, ros.STAT_MODE)
        return True
    except OSError:
        return False
