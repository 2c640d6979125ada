"""Blocking calls release the GIL: sleeping threads overlap (four
sleeps of 0.2 s take much less than 0.8 s), a thread computes while
another sleeps or reads a pipe, and a pipe read blocks only its thread."""
import os
import threading
import time

start = time.monotonic()
ts = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("overlapped:", time.monotonic() - start < 0.6)

r, w = os.pipe()
got = []
def reader():
    got.append(os.read(r, 100))
t = threading.Thread(target=reader)
t.start()
count = 0
for i in range(100000):
    count += 1
time.sleep(0.01)
print("reader still waiting:", t.is_alive(), count)
os.write(w, b"hello")
t.join()
print(got)
os.close(r); os.close(w)

# a computing thread runs while the main thread sleeps
progress = []
def compute():
    n = 0
    for i in range(3000000):
        n += i
        if i % 500000 == 0:
            progress.append(i)
t = threading.Thread(target=compute)
t.start()
time.sleep(0.05)
t.join()
print("progress:", progress)

# switch interval
import sys
old = sys.getswitchinterval()
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(old)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
