"""At exit the interpreter waits for non-daemon threads (their output
comes last) and leaves daemon threads blocked or running without
crashing."""
import threading
import time

stop = threading.Event()

def forever():
    while True:
        time.sleep(0.001)

def blocked():
    stop.wait()

def spinning():
    x = 0
    while True:
        x += 1

for f in (forever, blocked, spinning):
    threading.Thread(target=f, daemon=True).start()

def late():
    time.sleep(0.05)
    print("non-daemon thread finished", flush=True)

threading.Thread(target=late).start()
print("main done", flush=True)
