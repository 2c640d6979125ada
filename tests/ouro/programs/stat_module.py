"""The C `_stat` module: its names and constants as CPython's, the S_IS*
predicates, S_IMODE, S_IFMT, filemode() and their argument errors; and
the stat module over it."""
import os, stat, tempfile
import _stat
print(sorted(n for n in dir(_stat) if not n.startswith("__")))
print([(n, getattr(_stat, n)) for n in sorted(dir(_stat)) if n.isupper() and isinstance(getattr(_stat, n), int)])
print(stat.filemode is _stat.filemode, stat.S_ISDIR is _stat.S_ISDIR)
modes = [0o100644, 0o40755, 0o120777, 0o20666, 0o60660, 0o10644, 0o140755, 0o104755,
         0o102755, 0o41777, 0o104644, 0o102644, 0o41666, 0, 0o777, 0o177777, 0xFFFFFFFF, True]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f.__name__ for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG,
                                _stat.S_ISFIFO, _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR,
                                _stat.S_ISPORT, _stat.S_ISWHT) if f(m)])
for bad in [-1, 1 << 32, 1 << 40, 1 << 64, 1 << 70, -(1 << 70), "x", 1.5, None]:
    for f in (_stat.filemode, _stat.S_ISDIR, _stat.S_IMODE, _stat.S_IFMT):
        try:
            print(f(bad))
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
for call in [lambda: _stat.S_ISDIR(), lambda: _stat.filemode(1, 2), lambda: _stat.S_IMODE(mode=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(_stat.S_ISDIR.__doc__)
print(_stat.filemode.__doc__)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "f")
    open(p, "w").close()
    os.chmod(p, 0o640)
    print(stat.filemode(os.stat(p).st_mode), stat.filemode(os.stat(d).st_mode)[0])
