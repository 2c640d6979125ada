"""os.statvfs/fstatvfs (os.statvfs_result), shutil.disk_usage, sysconf/
confstr/pathconf/fpathconf with their names dicts: results compared with
each other (not printed: they depend on the machine), the errors and
argument errors as CPython's."""
import os
import shutil
import tempfile

st = os.statvfs("/")
print(type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields)
print(all(type(x) is int for x in st), type(st.f_fsid) is int)
print(st.f_bsize == st[0], st.f_namemax == st[9], st.f_bavail <= st.f_blocks)
print(repr(st).startswith("os.statvfs_result(f_bsize="), "f_fsid" in repr(st))
with open(__file__, "rb") as f:
    fst = os.fstatvfs(f.fileno())
    print(type(fst).__name__, len(fst))
    st2 = os.statvfs(f.fileno())
    print(st2.f_bsize == fst.f_bsize, st2.f_fsid == fst.f_fsid)
d = tempfile.mkdtemp()
usage = shutil.disk_usage(d)
print(type(usage).__name__, usage.total >= usage.used >= 0, usage.free >= 0)
print(os.statvfs(os.fsencode(d)).f_namemax == os.statvfs(d).f_namemax)
import pathlib
print(os.statvfs(pathlib.Path(d)).f_bsize == os.statvfs(d).f_bsize)
os.rmdir(d)
r = os.statvfs_result(range(10))
print(r, r.f_fsid)
for bad in [("/nonexistent/x",), (99999,), (1.5,), (None,)]:
    try:
        os.statvfs(*bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [99999, "x"]:
    try:
        os.fstatvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)

# sysconf & co: the names dicts and the lookups by name and number agree
print(type(os.sysconf_names), len(os.sysconf_names) > 100, len(os.confstr_names) > 10,
      len(os.pathconf_names) > 10)
print(os.sysconf("SC_PAGESIZE") == os.sysconf(os.sysconf_names["SC_PAGESIZE"]))
print(os.sysconf("SC_PAGE_SIZE") == os.sysconf("SC_PAGESIZE") > 0)
print(os.sysconf("SC_NPROCESSORS_ONLN") >= 1, os.sysconf("SC_CLK_TCK") > 0)
print(os.sysconf("SC_OPEN_MAX") > 0, os.sysconf("SC_ARG_MAX") > 0)
print(os.confstr("CS_PATH") == os.confstr(os.confstr_names["CS_PATH"]),
      type(os.confstr("CS_PATH")))
print(os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc"))
print(os.pathconf("/", "PC_NAME_MAX") == os.fpathconf(0, "PC_NAME_MAX") ==
      os.pathconf("/", os.pathconf_names["PC_NAME_MAX"]))
with open(__file__) as f:
    print(os.fpathconf(f, "PC_PATH_MAX") == os.pathconf(f.fileno(), "PC_PATH_MAX") > 0)
for f, args in [(os.sysconf, ("SC_NOPE",)), (os.sysconf, (1.5,)), (os.sysconf, (99999,)),
                (os.sysconf, (2**40,)), (os.sysconf, ()), (os.sysconf, (1, 2)),
                (os.confstr, ("CS_NOPE",)), (os.confstr, (None,)), (os.confstr, (99999,)),
                (os.pathconf, ("/", "PC_NOPE")), (os.pathconf, (1.5, 1)),
                (os.pathconf, ("/nonexistent", "PC_NAME_MAX")),
                (os.fpathconf, ("x", 1)), (os.fpathconf, (-1, 1)),
                (os.pathconf, ("/",)), (os.statvfs, ()), (os.statvfs, ("/", 1))]:
    try:
        f(*args)
        print(f.__name__, "no error")
    except (OSError, TypeError, ValueError, OverflowError) as e:
        print(f.__name__, type(e).__name__, e)
print(os.statvfs.__name__, os.statvfs.__module__, os.fstatvfs.__name__)
