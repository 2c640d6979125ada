"""concurrent.futures.ThreadPoolExecutor, threading.local, and asyncio's
run_in_executor / to_thread."""
import asyncio
import concurrent.futures
import threading
import time


def square(x):
    time.sleep(0.001)
    return x * x


with concurrent.futures.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in concurrent.futures.as_completed(futs)))
    def fail():
        raise ValueError("bad")
    f = ex.submit(fail)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(f.exception()).__name__)

# threading.local
data = threading.local()
data.x = "main"
seen = []
def worker(n):
    print_before = hasattr(data, "x")
    data.x = n
    time.sleep(0.002)
    seen.append((n, data.x, print_before))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(seen), data.x)

class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
ml = MyLocal(5)
res = []
t = threading.Thread(target=lambda: res.append(ml.v))
t.start(); t.join()
print(res, ml.v)

# asyncio
def blocking(n):
    time.sleep(0.01)
    return n + 1

async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.gather(*[loop.run_in_executor(None, blocking, i) for i in range(5)])
    print(r)
    print(await asyncio.to_thread(blocking, 41))

asyncio.run(main())
