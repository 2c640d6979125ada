"""os.system: the shell's wait status (exit codes, a signal), output that
interleaves with ours (stdout is flushed first), str/bytes/PathLike
commands and the argument errors."""
import os
import sys

print("before", flush=False)
print(os.system("echo from the shell"))
print(os.system(b"exit 3"), os.waitstatus_to_exitcode(os.system("exit 5")))
st = os.system("kill -9 $$")
print(os.WIFSIGNALED(st), os.WTERMSIG(st))


class P:
    def __fspath__(self):
        return "echo pathlike"


print(os.system(P()))
for bad in (None, 5, "a\0b", b"x\0", ["x"]):
    try:
        os.system(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.stdout.flush()
os.system("echo done >&2")
