"""Process, id and scheduling functions of os: wait3/wait4/waitid (with
resource usage, waitid_result), killpg, nice, get/setpriority, abort in
a child, getgroups/getgrouplist/getresuid/getresgid, the set*id family
(in a child), getloadavg, getlogin, ctermid, tcgetpgrp, the sched_*
functions and sched_param, mkfifo/mknod/major/minor/makedev and the
extended attributes; results compared with each other (they depend on
the machine), errors and argument errors as CPython's."""
import os
import resource
import signal
import stat
import sys
import tempfile


TMP = [""]


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(f.__name__, "->", r)
    except (OSError, TypeError, ValueError, OverflowError) as e:
        text = str(e)
        if TMP[0]:
            text = text.replace(TMP[0], "<tmp>")
        print(f.__name__, type(e).__name__, text)


# waits
pid = os.fork()
if pid == 0:
    os._exit(5)
wpid, status, ru = os.wait4(pid, 0)
print(wpid == pid, os.WEXITSTATUS(status), type(ru).__name__, ru.ru_utime >= 0)
pid = os.fork()
if pid == 0:
    os._exit(6)
wpid, status, ru = os.wait3(0)
print(wpid == pid, os.WEXITSTATUS(status), isinstance(ru, resource.struct_rusage))
pid = os.fork()
if pid == 0:
    os._exit(7)
r = os.waitid(os.P_PID, pid, os.WEXITED)
print(type(r).__name__, type(r).__module__, r.si_pid == pid, r.si_status, r.si_code == os.CLD_EXITED,
      r.si_signo == signal.SIGCHLD, r.si_uid == os.getuid(), len(r), os.waitid_result.n_fields)
pid = os.fork()
if pid == 0:
    os.abort()
r = os.waitid(os.P_ALL, 0, os.WEXITED)
print(r.si_pid == pid, r.si_code in (os.CLD_KILLED, os.CLD_DUMPED), r.si_status == signal.SIGABRT)
print(os.waitid(os.P_ALL, 0, os.WEXITED | os.WNOHANG) if False else "no children left")
show(os.wait3, 0)
show(os.wait4, -1, 0)
show(os.waitid, os.P_ALL, 0, os.WEXITED)
show(os.waitid, os.P_ALL, 0, 0)

# killpg, nice, priorities
pid = os.fork()
if pid == 0:
    os.setpgid(0, 0)
    signal.pause()
    os._exit(0)
os.setpgid(pid, pid)
os.killpg(pid, signal.SIGTERM)
_, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
show(os.killpg, 999999, 0)
n0 = os.nice(0)
print(os.getpriority(os.PRIO_PROCESS, 0) == n0, os.PRIO_PROCESS, os.PRIO_PGRP, os.PRIO_USER)
pid = os.fork()
if pid == 0:
    ok = os.nice(2) == n0 + 2
    os.setpriority(os.PRIO_PROCESS, 0, n0 + 3)
    ok = ok and os.getpriority(os.PRIO_PROCESS, 0) == n0 + 3
    os._exit(0 if ok else 1)
print("nice in child", os.waitpid(pid, 0)[1] == 0)
show(os.getpriority, 99, 0)
show(os.nice, "x")

# ids
groups = os.getgroups()
print(type(groups), all(type(g) is int for g in groups))
print(os.getresuid() == (os.getuid(), os.geteuid(), os.getuid()) or os.getresuid()[0] == os.getuid(),
      os.getresgid()[1] == os.getegid())
import pwd
me = pwd.getpwuid(os.getuid())
gl = os.getgrouplist(me.pw_name, me.pw_gid)
print(me.pw_gid in gl, all(type(g) is int for g in gl))
pid = os.fork()
if pid == 0:
    ok = True
    if os.getuid() == 0:
        os.setgroups([1, 2])
        ok = sorted(os.getgroups()) == [1, 2]
        os.setresgid(3, 3, 3)
        os.setregid(4, 4)
        os.setgid(5)
        os.setegid(5)
        os.setresuid(65534, 65534, 65534)
        ok = ok and os.getresuid() == (65534, 65534, 65534) and os.getgid() == 5
        try:
            os.setuid(0)
            ok = False
        except PermissionError:
            pass
    os._exit(0 if ok else 1)
print("set*id in child", os.waitpid(pid, 0)[1] == 0)
for f, args in [(os.setuid, (-2,)), (os.setuid, (2**32,)), (os.setuid, ("x",)),
                (os.setgid, (2**64,)), (os.setreuid, (1,)), (os.setresgid, (1, 2)),
                (os.setgroups, (1,)), (os.setgroups, (["x"],)), (os.setgroups, ([-5],)),
                (os.getgrouplist, (b"root", 0)), (os.getgrouplist, (1, 0)),
                (os.initgroups, (1, 0)), (os.getgroups, (1,)), (os.getresuid, (1,))]:
    show(f, *args)

# load, login, terminal
la = os.getloadavg()
print(type(la), len(la), all(type(x) is float and x >= 0 for x in la))
try:
    print(type(os.getlogin()))
except OSError as e:
    print("getlogin OSError")
print(os.ctermid())
show(os.tcgetpgrp, 99999)
show(os.tcsetpgrp, 99999, 1)
show(os.tcsetpgrp, 1)

# scheduling
cpus = os.sched_getaffinity(0)
print(type(cpus), len(cpus) >= 1, all(type(c) is int for c in cpus))
os.sched_setaffinity(0, cpus)
print(os.sched_getaffinity(0) == cpus)
os.sched_yield()
print(os.sched_getscheduler(0) == os.SCHED_OTHER,
      os.sched_get_priority_max(os.SCHED_FIFO) >= os.sched_get_priority_min(os.SCHED_FIFO))
p = os.sched_getparam(0)
print(p, type(p).__module__, p.sched_priority, os.sched_param(5), os.sched_param(sched_priority=6))
print(os.sched_param(3) == (3,), os.sched_param.n_fields)
os.sched_setparam(0, os.sched_param(0))
os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
print(type(os.sched_rr_get_interval(0)))
for f, args in [(os.sched_setaffinity, (0, [-1])), (os.sched_setaffinity, (0, 1)),
                (os.sched_setaffinity, (0, ["x"])), (os.sched_setaffinity, (0, [100000])),
                (os.sched_setaffinity, (0,)), (os.sched_setparam, (0, 1)),
                (os.sched_setparam, (0, os.sched_param("x"))),
                (os.sched_setparam, (0, os.sched_param(2**40))),
                (os.sched_setscheduler, (0, 99, os.sched_param(0))),
                (os.sched_get_priority_max, (99,)), (os.sched_getparam, (999999,)),
                (os.sched_getaffinity, (999999,)), (os.sched_rr_get_interval, (999999,)),
                (os.sched_param, ()), (os.sched_param, (1, 2)), (os.waitid, (1, 2))]:
    show(f, *args)

# special files, device numbers
d = tempfile.mkdtemp()
TMP[0] = d
fifo = os.path.join(d, "fifo")
os.mkfifo(fifo, 0o600)
print(stat.S_ISFIFO(os.stat(fifo).st_mode), oct(stat.S_IMODE(os.stat(fifo).st_mode)))
os.mknod(os.path.join(d, "reg"), 0o600 | stat.S_IFREG)
print(stat.S_ISREG(os.stat(os.path.join(d, "reg")).st_mode))
show(os.mkfifo, fifo)
show(os.mknod, os.path.join(d, "nodir", "x"))
dev = os.makedev(8, 1)
print(dev, os.major(dev), os.minor(dev), os.major(os.makedev(300, 70000)),
      os.minor(os.makedev(300, 70000)), os.makedev(2**31 - 1, 2**31 - 1))
st = os.stat("/dev/null")
print(os.makedev(os.major(st.st_rdev), os.minor(st.st_rdev)) == st.st_rdev)
for f, args in [(os.major, (-1,)), (os.major, ("x",)), (os.major, (2**64,)), (os.minor, (1.5,)),
                (os.major, (2**64 - 1,)), (os.makedev, (2**32, 1)), (os.minor, (2**63,))]:
    show(f, *args)

# extended attributes (user.* names, on the temporary directory's file system)
target = os.path.join(d, "reg")
try:
    os.setxattr(target, "user.ouro", b"value")
    have_xattr = True
except OSError:
    have_xattr = False
if have_xattr:
    print(os.getxattr(target, "user.ouro"), os.getxattr(target, b"user.ouro"))
    print("user.ouro" in os.listxattr(target), "user.ouro" in os.listxattr(os.fsencode(target)))
    os.setxattr(target, "user.ouro", b"v2", os.XATTR_REPLACE)
    fd = os.open(target, os.O_RDONLY)
    print(os.getxattr(fd, "user.ouro"), "user.ouro" in os.listxattr(fd))
    os.close(fd)
    show(os.setxattr, target, "user.ouro", b"v3", os.XATTR_CREATE)
    os.removexattr(target, "user.ouro")
    show(os.getxattr, target, "user.ouro")
    cwd = os.getcwd()
    os.chdir(d)
    print(type(os.listxattr()), os.listxattr(follow_symlinks=False) == os.listxattr("."))
    os.chdir(cwd)
else:
    print("no user xattrs here")
for f, args, kw in [(os.getxattr, ("/nonexistent", "user.x"), {}),
                    (os.getxattr, (1.5, "user.x"), {}), (os.listxattr, (99999,), {}),
                    (os.getxattr, (99999, "user.x"), {}),
                    (os.getxattr, (0, "user.x"), {"follow_symlinks": False}),
                    (os.getxattr, (99999, "user.x"), {"follow_symlinks": False}),
                    (os.listxattr, (99999,), {"follow_symlinks": False}),
                    (os.setxattr, ("/nonexistent", "user.x", "s"), {}),
                    (os.removexattr, ("/nonexistent", "user.x"), {}),
                    (os.chroot, ("/nonexistent",), {})]:
    show(f, *args, **kw)
for name in os.listdir(d):
    os.unlink(os.path.join(d, name))
os.rmdir(d)

# subprocess's user=/group=/extra_groups= need setreuid/setregid/setgroups
import subprocess
if os.getuid() == 0:
    r = subprocess.run(["id", "-u"], user=65534, capture_output=True, text=True)
    r2 = subprocess.run(["id", "-G"], group=65534, extra_groups=[1, 2], capture_output=True,
                        text=True)
    print(r.stdout.strip(), r2.stdout.strip())
else:
    print("65534 65534 1 2")

# forkpty: the child's output through the master side of its terminal
pid, fd = os.forkpty()
if pid == 0:
    print("child says hi")
    os._exit(3)
out = b""
while True:
    try:
        b = os.read(fd, 100)
    except OSError:       # EIO once the child's side is closed
        break
    if not b:
        break
    out += b
os.close(fd)
_, status = os.waitpid(pid, 0)
print(out.replace(b"\r", b""), os.WEXITSTATUS(status))
