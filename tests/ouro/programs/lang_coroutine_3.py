# asyncio: gather, tasks, sleep(0), queues
import asyncio

async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done"

async def main():
    log = []
    results = await asyncio.gather(worker("a", 3, log), worker("b", 2, log))
    print(results)
    print(log)
    t = asyncio.create_task(worker("c", 1, log))
    print(await t, t.done(), t.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item * item)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    async def fails():
        raise KeyError("task failure")
    res = await asyncio.gather(fails(), worker("d", 1, log), return_exceptions=True)
    print([repr(r) for r in res])
    return "main done"

print(asyncio.run(main()))
