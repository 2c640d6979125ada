"""os.environ (a mapping over posix.environ, str and bytes views, putenv
through assignment), os.getenv, process information, os.urandom,
os.cpu_count, os.uname, os.get_terminal_size on a pipe, os.devnull."""
import os
import sys

os.environ["OURO_TEST_VAR"] = "hello"
print(os.environ["OURO_TEST_VAR"], os.getenv("OURO_TEST_VAR"), "OURO_TEST_VAR" in os.environ)
print(os.environb[b"OURO_TEST_VAR"], os.getenvb(b"OURO_TEST_VAR"))
os.environ["OURO_TEST_VAR"] = "changed"
print(os.environ.get("OURO_TEST_VAR"), os.environ.pop("OURO_TEST_VAR"), os.getenv("OURO_TEST_VAR"))
print(os.getenv("OURO_SURELY_UNSET", "default"), os.environ.get("OURO_SURELY_UNSET"))
try:
    os.environ["OURO_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
os.environ.setdefault("OURO_TEST_2", "two")
print(os.environ["OURO_TEST_2"])
del os.environ["OURO_TEST_2"]
print("OURO_TEST_2" in os.environ, type(os.environ).__name__, len(os.environ) > 0)
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
try:
    os.environ["BAD=NAME"] = "x"
except ValueError as e:
    print("ValueError", e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print("TypeError", e)
print(os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0, os.geteuid() >= 0, os.getgid() >= 0)
print(len(os.urandom(16)), os.urandom(0), (os.cpu_count() or 1) > 0)
u = os.uname()
print(u.sysname, len(u), type(u).__name__, u[0] == u.sysname)
try:
    os.get_terminal_size(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print("terminal size:", e.errno, e.strerror)
print(os.path.exists(os.devnull), os.isatty(os.open(os.devnull, os.O_RDONLY)))
print(os.umask(0o22) >= 0, os.umask(0o22) == 0o22)
print(os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0)
print(sys.platform, os.name, "posix" in sys.builtin_module_names)
