"""_thread.interrupt_main: the main thread gets KeyboardInterrupt at its
next instruction (it is computing); a thread's own lock/Condition waits
are not disturbed; a blocked acquire with a timeout returns False."""
import _thread
import signal
import threading
import time

signal.signal(signal.SIGINT, signal.default_int_handler)

def later():
    time.sleep(0.05)
    _thread.interrupt_main()

t = threading.Thread(target=later)
t.start()
try:
    n = 0
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in the main thread")
t.join()

# a handler of our own runs in the main thread
got = []
signal.signal(signal.SIGINT, lambda sig, frame: got.append(threading.current_thread().name))
t = threading.Thread(target=later, name="sender")
t.start()
t.join()
for i in range(100000):
    pass
time.sleep(0.01)
print("handler ran in:", got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()        # ignored: nothing happens
print("ignored")

lk = threading.Lock()
lk.acquire()
start = time.monotonic()
print("timed out:", not lk.acquire(timeout=0.05), time.monotonic() - start >= 0.04)
def signal_from_thread():
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    except ValueError as e:
        print("ValueError:", e)
t = threading.Thread(target=signal_from_thread)
t.start(); t.join()
