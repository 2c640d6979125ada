import asyncio
import concurrent.futures
import threading
import queue
import time


def work(n):
    total = 0
    for i in range(n * 1000):
        total += i % 7
    return n, total


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
    results = list(ex.map(work, [5, 1, 3, 2]))
print(results)
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
    futs = {ex.submit(work, n): n for n in (4, 6)}
    done = sorted(f.result() for f in concurrent.futures.as_completed(futs))
print(done)


def boom(x):
    if x == 2:
        raise ValueError(f"bad item {x}")
    return x * 10


with concurrent.futures.ThreadPoolExecutor() as ex:
    fs = [ex.submit(boom, i) for i in range(4)]
    for f in fs:
        try:
            print("result", f.result())
        except ValueError as e:
            print("failed:", e, type(f.exception()).__name__)

lock = threading.Lock()
counter = {"n": 0}


def inc(k):
    for _ in range(k):
        with lock:
            counter["n"] += 1


ts = [threading.Thread(target=inc, args=(1000,), name=f"w{i}") for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, [t.name for t in ts], ts[0].is_alive())
q = queue.Queue()


def producer():
    for i in range(5):
        q.put(i * i)
    q.put(None)


out = []
threading.Thread(target=producer).start()
while (item := q.get()) is not None:
    out.append(item)
print(out)
ev = threading.Event()
threading.Timer(0.01, ev.set).start()
print(ev.wait(5), threading.current_thread().name, threading.active_count() >= 1)


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done after {delay}"


async def failing():
    await asyncio.sleep(0)
    raise RuntimeError("async failure")


async def main():
    res = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print(res)
    res = await asyncio.gather(fetch("x", 0), failing(), return_exceptions=True)
    print(res)
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def worker(i):
        while True:
            item = await q.get()
            out.append((i, item))
            q.task_done()
    for x in range(6):
        q.put_nowait(x)
    tasks = [asyncio.create_task(worker(i)) for i in range(2)]
    await q.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(sorted(item for _, item in out[5:]))
    async def agen(n):
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    print([x async for x in agen(4)])
    return "main result"


print(asyncio.run(main()))
