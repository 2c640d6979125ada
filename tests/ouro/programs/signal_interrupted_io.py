"""A signal handler runs while a read or write blocks (PEP 475): its
exception comes out of the call, or the call goes on when it returns.
Buffered writes check for signals after a partial write (the write(2) a
signal cut short), and what a flush could not write stays pending."""
import io
import os
import signal
import threading


def fire_soon():
    signal.alarm(1)


def start_reader(t):
    """Start thread t with SIGALRM blocked in it, so that the signal
    interrupts the main thread (ouro's new threads block it anyway)."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        t.start()
        signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGALRM])
    else:
        t.start()


def raising_handler(sig, frame):
    1 / 0


signal.signal(signal.SIGALRM, raising_handler)

# os.read on an empty pipe: the handler's exception ends it
r, w = os.pipe()
fire_soon()
try:
    os.read(r, 1)
    print("read returned")
except ZeroDivisionError as e:
    print("os.read interrupted:", type(e).__name__, e)

# a handler that returns: the read goes on and gets what the handler wrote
def writing_handler(sig, frame):
    os.write(w, b"z")

signal.signal(signal.SIGALRM, writing_handler)
fire_soon()
print("os.read retried:", os.read(r, 1))
fire_soon()
with open(r, "rb", buffering=0, closefd=False) as f:
    print("FileIO.read retried:", f.read(1))
fire_soon()
with open(r, "rb", closefd=False) as f:
    print("BufferedReader.read retried:", f.read(1))
os.close(r)
os.close(w)

signal.signal(signal.SIGALRM, raising_handler)

# os.write into a full pipe: the handler's exception ends it
r, w = os.pipe()
os.set_blocking(w, False)
filled = 0
try:
    while True:
        filled += os.write(w, b"x" * 4096)
except BlockingIOError:
    pass
os.set_blocking(w, True)
fire_soon()
try:
    os.write(w, b"y")
    print("write returned")
except ZeroDivisionError as e:
    print("os.write interrupted:", type(e).__name__, e)
os.close(r)
os.close(w)


def interrupted_write(label, item, **kwargs):
    """CPython's test_io check_interrupted_write: another thread reads one
    byte, the write blocks after a partial write, the signal's exception
    comes out of write()."""
    read_results = []
    r, w = os.pipe()

    def reader():
        read_results.append(os.read(r, 1))

    t = threading.Thread(target=reader)
    t.daemon = True
    wio = open(w, closefd=False, **kwargs)
    start_reader(t)
    large = item * (4 * 1024 * 1024 // len(item) + 1)
    fire_soon()
    try:
        wio.write(large)
        print(label, "write returned")
    except ZeroDivisionError as e:
        print(label, "write interrupted:", type(e).__name__, e)
    finally:
        signal.alarm(0)
        t.join()
    read_results.append(os.read(r, 1))
    print(label, "read:", read_results)
    os.close(w)
    os.close(r)
    try:
        wio.close()
    except OSError as e:
        print(label, "close:", type(e).__name__)


interrupted_write("unbuffered", b"xy", mode="wb", buffering=0)
interrupted_write("buffered", b"xy", mode="wb")
interrupted_write("text", "xy", mode="w", encoding="ascii")

# flush(): what the interrupted flush did not write stays pending, and the
# next flush writes it
r, w = os.pipe()
data = bytes(range(256)) * 1024        # 256 KiB, more than a pipe holds
wio = open(w, "wb", buffering=len(data) + 1, closefd=False)
wio.write(data)
got = []
t = threading.Thread(target=lambda: got.append(os.read(r, 1)))
t.daemon = True
start_reader(t)
fire_soon()
try:
    wio.flush()
    print("flush returned")
except ZeroDivisionError as e:
    print("flush interrupted:", type(e).__name__, e)
t.join()


def drain():
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        got.append(chunk)


t = threading.Thread(target=drain)
t.start()
wio.flush()
wio.close()
os.close(w)
t.join()
os.close(r)
print("all written once, in order:", b"".join(got) == data)
