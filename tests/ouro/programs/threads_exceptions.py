"""An exception in a thread: threading's excepthook prints it (and the
program goes on), a custom threading.excepthook, and a SystemExit in a
thread that ends only that thread."""
import sys
import threading


def boom():
    raise ValueError("boom in thread")


t = threading.Thread(target=boom, name="T1")
t.start()
t.join()
print("main continues", flush=True)

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
old = threading.excepthook
threading.excepthook = hook
t = threading.Thread(target=boom, name="T2")
t.start()
t.join()
threading.excepthook = old
print(caught)

def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print("SystemExit ended the thread only", flush=True)

def nested():
    def inner():
        return 1 / 0
    inner()
t = threading.Thread(target=nested, name="T3")
t.start()
t.join()
print("end")
