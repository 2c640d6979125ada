"""Threads: start/join, results through a lock, names, idents, active_count,
is_alive, a thread's return through a list, _thread directly."""
import _thread
import threading
import time

results = []
lock = threading.Lock()


def work(n):
    total = 0
    for i in range(20000 * (n + 1)):
        total += i % 7
    with lock:
        results.append((n, total))


threads = [threading.Thread(target=work, args=(i,), name="worker-%d" % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print([t.name for t in threads], [t.is_alive() for t in threads])
print(threading.active_count(), threading.current_thread() is threading.main_thread())
print(threading.current_thread().name)

idents = []
def record():
    idents.append((threading.get_ident(), threading.get_native_id()))
t = threading.Thread(target=record)
t.start()
t.join()
print(idents[0][0] != threading.get_ident(), idents[0][1] != threading.get_native_id())
print(isinstance(t.ident, int), t.native_id == idents[0][1])

# a lock handed over between threads
done = _thread.allocate_lock()
done.acquire()
box = []
def raw(a, b, c=0):
    box.append(a + b + c)
    done.release()
_thread.start_new_thread(raw, (1, 2), {"c": 3})
print("acquired:", done.acquire(timeout=10), box)

# lock timeouts and non-blocking acquire
lk = threading.Lock()
lk.acquire()
print(lk.acquire(False), lk.acquire(timeout=0.01), lk.locked())
lk.release()
print(lk.acquire(blocking=False), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lk.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)

# RLock across threads
rl = threading.RLock()
order = []
def rlock_user(n):
    with rl:
        with rl:
            order.append(n)
            time.sleep(0.001)
ts = [threading.Thread(target=rlock_user, args=(i,)) for i in range(3)]
with rl:
    for t in ts:
        t.start()
    time.sleep(0.02)
    print("inside:", order)
for t in ts:
    t.join()
print("after:", sorted(order))
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# a thread started twice, join before start
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
print(threading.active_count())
print(len(threading.enumerate()))
