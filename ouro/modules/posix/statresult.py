"""os.stat_result and the stat of a path or descriptor (shared by posix
and DirEntry)."""
from __future__ import annotations

from rpy.rlib import ros

from ouro.objspace.floatobject import wrap_float
from ouro.objspace.intobject import wrap_int
from ouro.objspace.model import W_Root, w_None
from ouro.modules.posix.errors import PathArg, oserror
from ouro.modules.posix.structseq import make_structseq, new_structseq


def _stat_fixup(values_w: list[W_Root]) -> None:
    """stat_result(tuple): the float times default to the int ones."""
    i = 10
    while i < 13:
        if values_w[i] is w_None:
            values_w[i] = values_w[i - 3]
        i += 1


STAT_RESULT = make_structseq("stat_result", "os", [
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
    "", "", "",
    "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns",
    "st_blksize", "st_blocks", "st_rdev"], 10, _stat_fixup)


def stat_from_record() -> W_Root:
    """An os.stat_result of ros's status record."""
    f = ros.stat_field
    values_w: list[W_Root] = []
    for which in [ros.ST_MODE, ros.ST_INO, ros.ST_DEV, ros.ST_NLINK, ros.ST_UID, ros.ST_GID,
                  ros.ST_SIZE]:
        values_w.append(wrap_int(f(which)))
    secs = [f(ros.ST_ATIME), f(ros.ST_MTIME), f(ros.ST_CTIME)]
    nsecs = [f(ros.ST_ATIME_NSEC), f(ros.ST_MTIME_NSEC), f(ros.ST_CTIME_NSEC)]
    for s in secs:
        values_w.append(wrap_int(s))
    i = 0
    while i < 3:
        values_w.append(wrap_float(float(secs[i]) + float(nsecs[i]) * 1e-9))
        i += 1
    i = 0
    while i < 3:
        values_w.append(wrap_int(secs[i] * 1000000000 + nsecs[i]))
        i += 1
    values_w.append(wrap_int(f(ros.ST_BLKSIZE)))
    values_w.append(wrap_int(f(ros.ST_BLOCKS)))
    values_w.append(wrap_int(f(ros.ST_RDEV)))
    return new_structseq(STAT_RESULT, values_w)


def do_stat(p: PathArg, follow_symlinks: bool) -> W_Root:
    """stat/lstat/fstat into a stat_result (OSError with the filename)."""
    try:
        if p.fd >= 0:
            ros.fstat_into(p.fd)
        else:
            ros.stat_into(p.path, follow_symlinks)
    except OSError:
        if p.fd >= 0:
            raise oserror()
        raise oserror(p.w_path)
    return stat_from_record()


def stat_path(path: str, w_filename: W_Root, follow_symlinks: bool) -> W_Root:
    try:
        ros.stat_into(path, follow_symlinks)
    except OSError:
        raise oserror(w_filename)
    return stat_from_record()
