# asyncio: TaskGroup (3.11), exception groups from tasks, cancellation
import asyncio

async def job(name, delay_steps, fail=False):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    if fail:
        raise ValueError(f"{name} failed")
    return name.upper()

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job("a", 2))
        t2 = tg.create_task(job("b", 1))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 1, fail=True))
            tg.create_task(job("d", 2, fail=True))
            tg.create_task(job("e", 50))
    except* ValueError as eg:
        print("task group errors:", sorted(str(e) for e in eg.exceptions))
    task = asyncio.create_task(job("slow", 1000))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled())
    results = await asyncio.gather(*(job(n, i) for i, n in enumerate("xyz")))
    print(results)
    done, pending = await asyncio.wait([asyncio.create_task(job("w", 1))])
    print(len(done), len(pending), [t.result() for t in done])
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, "future value")
    print(await fut)

asyncio.run(main())
print("asyncio finished")
