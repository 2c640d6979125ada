# subprocess with preexec_fn (run in the child between the setup and the
# exec), os.fork, sessions and process groups
import subprocess, os
def pre():
    os.environ["FROM_PRE"] = "1"
    os.umask(0o077)
r = subprocess.run(["sh", "-c", "umask; echo child"], preexec_fn=pre, capture_output=True, text=True)
print(r.stdout.split())
def bad():
    raise ValueError("nope")
try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)
r = subprocess.run(["sh", "-c", "ps -o sid= -p $$ | tr -d ' '; echo $$"], preexec_fn=os.setsid, capture_output=True, text=True)
sid, pid = r.stdout.split()
print(sid == pid)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, b"from the forked child %d" % (os.getpgrp() == os.getpgid(0)))
    os._exit(7)
os.close(w)
print(os.read(r, 100))
_, st = os.waitpid(pid, 0)
print(os.waitstatus_to_exitcode(st), os.getsid(0) == os.getsid(os.getpid()))

# os.register_at_fork: before (last registered first), after_in_parent,
# after_in_child (registration order); also around a preexec_fn's fork
events = []
os.register_at_fork(before=lambda: events.append("before 1"),
                    after_in_parent=lambda: events.append("parent 1"),
                    after_in_child=lambda: events.append("child 1"))
os.register_at_fork(before=lambda: events.append("before 2"),
                    after_in_child=lambda: events.append("child 2"))
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.write(w, repr(events).encode())
    os._exit(0)
os.close(w)
print("child saw", os.read(r, 1000).decode())
os.waitpid(pid, 0)
os.close(r)
print("parent saw", events)
events.clear()
subprocess.run(["true"], preexec_fn=lambda: None)
print("around preexec_fn", events)
events.clear()
subprocess.run(["true"])
print("without preexec_fn", events)
for kw in ({}, {"before": 5}):
    try:
        os.register_at_fork(**kw)
    except TypeError as e:
        print(e)
