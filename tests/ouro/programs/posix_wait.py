"""os.wait() and os.waitpid() of forked children: exit codes, a signal,
WNOHANG, and ChildProcessError once no child is left."""
import os
import signal
import time

pids = []
for code in (0, 3, 7):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids.append(pid)
results = {}
for _ in pids:
    pid, status = os.wait()
    results[pids.index(pid)] = (os.WIFEXITED(status), os.WEXITSTATUS(status))
print(sorted(results.items()))

pid = os.fork()
if pid == 0:
    time.sleep(30)
    os._exit(0)
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGTERM)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGTERM)
try:
    os.wait()
except ChildProcessError as e:
    print("ChildProcessError", e.errno, e.strerror)
try:
    os.wait(1)
except TypeError as e:
    print("TypeError", e)
print(os.wait.__name__, os.wait.__module__)
