"""threading's Condition, Event, Semaphore, Barrier, Timer and queue's
producer/consumer between threads (the output is ordered by the program,
not by the scheduling)."""
import queue
import threading
import time

# Event
ev = threading.Event()
got = []
def waiter(n):
    ev.wait()
    got.append(n)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
time.sleep(0.01)
print("before set:", got)
ev.set()
for w in ws:
    w.join()
print("after set:", sorted(got))
print("wait timeout:", threading.Event().wait(0.01))

# Condition: a counter handed back and forth
cond = threading.Condition()
state = {"turn": 0, "log": []}
def player(me, other, rounds):
    for i in range(rounds):
        with cond:
            while state["turn"] != me:
                cond.wait()
            state["log"].append("%s%d" % ("ab"[me], i))
            state["turn"] = other
            cond.notify_all()
a = threading.Thread(target=player, args=(0, 1, 5))
b = threading.Thread(target=player, args=(1, 0, 5))
a.start(); b.start(); a.join(); b.join()
print(" ".join(state["log"]))
with cond:
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.01))

# Semaphore: at most two at a time
sem = threading.BoundedSemaphore(2)
inside = [0]
peak = [0]
mtx = threading.Lock()
def limited():
    with sem:
        with mtx:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        time.sleep(0.005)
        with mtx:
            inside[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak[0] <= 2, "inside:", inside[0])
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)

# Barrier
barrier = threading.Barrier(3)
arrived = []
def at_barrier(n):
    i = barrier.wait()
    arrived.append(i)
ts = [threading.Thread(target=at_barrier, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("barrier:", sorted(arrived))

# Timer
fired = []
tm = threading.Timer(0.01, lambda: fired.append("fired"))
tm.start(); tm.join()
tm2 = threading.Timer(10, lambda: fired.append("never"))
tm2.start(); tm2.cancel(); tm2.join()
print(fired)

# queue: producers and consumers
q = queue.Queue(maxsize=3)
out = queue.Queue()
def producer(base):
    for i in range(10):
        q.put(base + i)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.put(item * 2)
        q.task_done()
ps = [threading.Thread(target=producer, args=(100 * k,)) for k in range(3)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps: t.join()
for _ in cs: q.put(None)
q.join()
for t in cs: t.join()
items = []
while not out.empty():
    items.append(out.get_nowait())
print(len(items), sum(items), sorted(items)[:5])
try:
    queue.Queue().get(timeout=0.01)
except queue.Empty:
    print("queue.Empty")
