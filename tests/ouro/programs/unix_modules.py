"""pwd, grp, resource and fcntl: lookups, structseqs, limits, locks and
descriptor flags, with CPython's error messages."""
import fcntl
import grp
import os
import pwd
import resource
import tempfile


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# pwd
p = pwd.getpwuid(0)
print(p)
print(p.pw_name, p[0], p[2:4], len(p), tuple(p) == p, type(p).__name__, type(p).__module__)
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.n_sequence_fields, pwd.struct_passwd.__doc__)
print(pwd.getpwnam(p.pw_name) == p, p == tuple(p))
entries = pwd.getpwall()
print(type(entries).__name__, len(entries) > 0, entries[0] == pwd.getpwnam(entries[0].pw_name))
me = pwd.getpwuid(os.getuid())
print(me.pw_uid == os.getuid(), me.pw_dir)
t("uid -1", lambda: pwd.getpwuid(-1))
t("uid -2", lambda: pwd.getpwuid(-2))
t("uid big", lambda: pwd.getpwuid(2**40))
t("uid huge", lambda: pwd.getpwuid(2**70))
t("uid missing", lambda: pwd.getpwuid(54321))
t("uid str", lambda: pwd.getpwuid('a'))
t("uid float", lambda: pwd.getpwuid(1.0))
t("nam missing", lambda: pwd.getpwnam('nosuchuser'))
t("nam int", lambda: pwd.getpwnam(1))
t("nam nul", lambda: pwd.getpwnam('a\0b'))
t("no args", lambda: pwd.getpwuid())

# grp
g = grp.getgrgid(0)
print(g, g.gr_name, g.gr_gid, g.gr_mem, len(g), type(g).__module__)
print(grp.getgrnam(g.gr_name) == g, hasattr(grp, 'struct_group'))
groups = grp.getgrall()
print(len(groups) > 0, all(grp.getgrgid(x.gr_gid).gr_gid == x.gr_gid for x in groups))
print(sorted(x.gr_name for x in groups) == sorted(x.gr_name for x in grp.getgrall()))
t("gid missing", lambda: grp.getgrgid(54321))
t("gid -1", lambda: grp.getgrgid(-1))
t("gid big", lambda: grp.getgrgid(2**40))
t("gid str", lambda: grp.getgrgid('a'))
t("gid kw", lambda: grp.getgrgid(id=0).gr_name)
t("gnam missing", lambda: grp.getgrnam('nosuchgroup'))
t("gnam int", lambda: grp.getgrnam(1))
t("gnam nul", lambda: grp.getgrnam('a\0b'))

# resource
print(resource.RLIM_INFINITY, resource.RLIMIT_NOFILE, resource.RLIMIT_CPU, resource.RUSAGE_SELF,
      resource.RUSAGE_CHILDREN, resource.error is OSError)
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(soft, hard, resource.getrlimit(resource.RLIMIT_CORE), resource.getrlimit(resource.RLIMIT_STACK))
resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])
print(resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
t("rl bad", lambda: resource.getrlimit(100))
t("rl neg", lambda: resource.getrlimit(-1))
t("rl str", lambda: resource.getrlimit('a'))
t("setrl bad", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 5)))
t("setrl tuple", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10,)))
t("setrl notseq", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
t("setrl res", lambda: resource.setrlimit(100, (1, 1)))
t("setrl float", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1.5, 5)))
t("setrl big", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (2**70, 5)))
t("ru bad", lambda: resource.getrusage(5))
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard),
      resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE, (soft, hard)) == (soft, hard))
t("prlimit bad", lambda: resource.prlimit(0, 100))
t("prlimit cur>max", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, (10, 5)))
t("prlimit nopid", lambda: resource.prlimit(999999, resource.RLIMIT_NOFILE))
t("prlimit None", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, None))
t("prlimit 1 arg", lambda: resource.prlimit(0))
t("prlimit str", lambda: resource.prlimit('a', 1))
t("prlimit tuple1", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, (1,)))
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, type(r.ru_utime).__name__, type(r.ru_maxrss).__name__, len(r),
      r.ru_maxrss > 0, r[0] == r.ru_utime, resource.struct_rusage.n_fields)
print(repr(r).startswith("resource.struct_rusage(ru_utime="))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap, resource.getpagesize())
print(sorted(n for n in dir(resource) if n.startswith("RLIMIT_")))

# fcntl
print(fcntl.F_GETFD, fcntl.F_SETFD, fcntl.FD_CLOEXEC, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.F_GETFL)
rfd, wfd = os.pipe()
flags = fcntl.fcntl(rfd, fcntl.F_GETFD)
print(flags & fcntl.FD_CLOEXEC)
fcntl.fcntl(rfd, fcntl.F_SETFD, flags | fcntl.FD_CLOEXEC)
print(fcntl.fcntl(rfd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
fl = fcntl.fcntl(wfd, fcntl.F_GETFL)
fcntl.fcntl(wfd, fcntl.F_SETFL, fl | os.O_NONBLOCK)
print(bool(fcntl.fcntl(wfd, fcntl.F_GETFL) & os.O_NONBLOCK), os.get_blocking(wfd))
print(fcntl.fcntl(rfd, fcntl.F_GETFD, b'abcd'), fcntl.fcntl(rfd, fcntl.F_GETFD, 'xy'))
with tempfile.TemporaryFile() as f:
    fcntl.flock(f, fcntl.LOCK_EX)
    fcntl.flock(f.fileno(), fcntl.LOCK_UN)
    fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
    fcntl.lockf(f, fcntl.LOCK_EX)
    fcntl.lockf(f, fcntl.LOCK_UN)
    fcntl.lockf(f, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 0, os.SEEK_SET)
    fcntl.lockf(f, fcntl.LOCK_UN, 10)
    print("locks ok")
    t("lockf bad", lambda: fcntl.lockf(f, 0))
FIONREAD = 0x541B      # FIONREAD, TIOCGWINSZ on Linux (no termios module here)
TIOCGWINSZ = 0x5413
t("ioctl notty", lambda: fcntl.ioctl(rfd, TIOCGWINSZ, b'\0' * 8))
buf = bytearray(4)
print(fcntl.ioctl(rfd, FIONREAD, buf), buf)
os.write(wfd, b'hello')
print(fcntl.ioctl(rfd, FIONREAD, buf), buf, fcntl.ioctl(rfd, FIONREAD, buf, False))
print(fcntl.ioctl(rfd, FIONREAD, b'\0\0\0\0'))
os.close(rfd)
os.close(wfd)
t("fcntl bad fd", lambda: fcntl.fcntl(-1, fcntl.F_GETFD))
t("fcntl closed", lambda: fcntl.fcntl(rfd, fcntl.F_GETFD))
t("fcntl long", lambda: fcntl.fcntl(0, fcntl.F_GETFD, b'a' * 2000))
t("fcntl float", lambda: fcntl.fcntl(0, fcntl.F_GETFD, 1.5))
t("fcntl fdobj", lambda: fcntl.fcntl('x', fcntl.F_GETFD))
t("flock bad", lambda: fcntl.flock(-1, fcntl.LOCK_EX))
t("flock closed", lambda: fcntl.flock(rfd, fcntl.LOCK_EX))
t("ioctl bad", lambda: fcntl.ioctl(-1, 0))
t("ioctl long", lambda: fcntl.ioctl(0, 0, b'a' * 2000))

# argument counts
t("getpagesize(1)", lambda: resource.getpagesize(1))
t("getrlimit()", lambda: resource.getrlimit())
t("getrusage(1, 2)", lambda: resource.getrusage(1, 2))
t("flock()", lambda: fcntl.flock())
t("getpwall(1)", lambda: pwd.getpwall(1))
t("getgrall(1)", lambda: grp.getgrall(1))
t("getgrgid()", lambda: grp.getgrgid())
t("fcntl()", lambda: fcntl.fcntl())
