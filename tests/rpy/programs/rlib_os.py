"""rpy.rlib.ros: write_file/read_file round trip (text and binary bytes),
descriptor-level open/write/read/close with flags, writing to fd 1 in order
with print, getenv of a set and an unset variable, write_stderr, OSError on
a missing file.  The runner sets RPY_TEST_TMPDIR and RPY_TEST_VAR."""
from rpy.rlib import ros


def tmpdir() -> str:
    d = ros.getenv("RPY_TEST_TMPDIR")
    if d is None or d == "":
        return "/tmp"
    return d


def entry_point(argv: list[str]) -> int:
    base = tmpdir() + "/rlib_os_test"
    text = "first line\nsecond line, é 中\n"
    ros.write_file(base + ".txt", text.encode("utf-8"))
    data = ros.read_file(base + ".txt")
    print("read back", len(data), "bytes,", len(data.decode("utf-8")), "chars, equal:", data.decode("utf-8") == text)
    for line in data.decode("utf-8").splitlines():
        print("  >", line)
    blob = b"\x00\x01\x02\xfe\xff"
    ros.write_file(base + ".bin", blob)
    back = ros.read_file(base + ".bin")
    print("binary equal:", back == blob, back[4], len(back))
    ros.write_file(base + ".txt", b"")
    print("truncated length:", len(ros.read_file(base + ".txt")))
    fd = ros.open(base + ".fd", ros.O_WRONLY | ros.O_CREAT | ros.O_TRUNC, 0o644)
    written = 0
    for i in range(100):
        written += ros.write(fd, b"0123456789")
    ros.close(fd)
    print("written", written)
    fd = ros.open(base + ".fd", ros.O_RDONLY, 0)
    total = 0
    chunks = 0
    while True:
        chunk = ros.read(fd, 64)
        if len(chunk) == 0:
            break
        total += len(chunk)
        chunks += 1
    ros.close(fd)
    print("read", total, "bytes in", chunks, "chunks")
    fd = ros.open(base + ".fd", ros.O_WRONLY | ros.O_APPEND, 0)
    ros.write(fd, b"tail")
    ros.close(fd)
    print("after append:", len(ros.read_file(base + ".fd")))
    print("before raw write")
    ros.write(1, b"raw write to fd 1\n")
    print("after raw write")
    v = ros.getenv("RPY_TEST_VAR")
    if v is None:
        print("RPY_TEST_VAR is not set")
    else:
        print("RPY_TEST_VAR =", v)
    print("unset variable is None:", ros.getenv("RPY_TEST_SURELY_UNSET_VARIABLE") is None)
    ros.write_stderr("this goes to stderr\n")
    try:
        ros.read_file(base + ".does-not-exist")
        print("no error?")
    except OSError:
        print("OSError for a missing file")
    try:
        fd = ros.open(base + ".missing-dir/x", ros.O_RDONLY, 0)
        ros.close(fd)
    except OSError:
        print("OSError for open")
    return 0
