"""Processes started by another thread than the main one: a forked
multiprocessing child and a subprocess must get signals as usual (the
interpreter's threads block them, the children must not inherit that):
terminate() ends both with -SIGTERM; a child forked from a thread runs
Python code, joins and reports."""
import multiprocessing as mp
import subprocess
import sys
import threading
import time


def sleeper():
    time.sleep(30)


def child_says(q):
    q.put("child of a thread")


def start_in_thread(fn):
    box = []
    t = threading.Thread(target=lambda: box.append(fn()))
    t.start()
    t.join()
    return box[0]


if __name__ == '__main__':
    mp.set_start_method('fork')
    p = start_in_thread(lambda: mp.Process(target=sleeper, daemon=True))
    start_in_thread(p.start)
    time.sleep(0.1)
    p.terminate()
    p.join(20)
    print("process terminated:", p.exitcode)

    proc = start_in_thread(lambda: subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]))
    time.sleep(0.1)
    proc.terminate()
    print("subprocess terminated:", proc.wait(20))

    q = mp.Queue()
    p = mp.Process(target=child_says, args=(q,))
    start_in_thread(p.start)
    print(q.get(timeout=20))
    p.join(20)
    print("exitcode", p.exitcode)
