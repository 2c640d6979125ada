# subprocess on _posixsubprocess.fork_exec, os.pipe and os.waitpid
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
print(subprocess.call(["false"]))
r = subprocess.run(["cat"], input=b"through stdin", capture_output=True)
print(r.stdout)
r = subprocess.run(["sh", "-c", "echo $OURO_TEST_VAR"], env={"OURO_TEST_VAR": "from env",
                                                             "PATH": os.environ["PATH"]},
                   capture_output=True, text=True)
print(repr(r.stdout))
with tempfile.TemporaryDirectory() as d:
    r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["ls"], cwd="/nonexistent/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen(["sh", "-c", "read x; echo got $x"], stdin=subprocess.PIPE,
                     stdout=subprocess.PIPE)
out, _ = p.communicate(b"line\n")
print(out, p.returncode, p.pid > 0)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
r, w = os.pipe()
print(os.get_inheritable(r), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print(type(e).__name__)
os.close(r)
os.close(w)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
print(os.WIFEXITED(0x300), os.WEXITSTATUS(0x300), os.WIFSIGNALED(9), os.WTERMSIG(9),
      os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WIFSIGNALED(0x7f))
sys.stdout.flush()
