# asyncio without a network: run, tasks, gather, cancellation, queues,
# locks, events, semaphores, conditions, timeouts, async generators and
# context managers, TaskGroup, call_soon/call_later order
import asyncio
import contextlib


async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name.upper()


async def gather_and_tasks():
    log = []
    print(await asyncio.gather(worker("a", 3, log), worker("b", 2, log), worker("c", 1, log)))
    print(log)
    t = asyncio.create_task(worker("t", 2, log), name="my-task")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result(), t.cancelled())

    async def boom(x):
        await asyncio.sleep(0)
        raise ValueError(f"bad {x}")
    res = await asyncio.gather(boom(1), worker("d", 1, log), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, Exception) else r for r in res], res[0])
    try:
        await asyncio.gather(boom(2), worker("e", 1, log))
    except ValueError as e:
        print("gather raised", e)


async def cancellation():
    started = asyncio.Event()

    async def sleeper():
        started.set()
        try:
            await asyncio.sleep(100)
        except asyncio.CancelledError:
            print("sleeper cancelled")
            raise
        finally:
            print("sleeper finally")
    t = asyncio.create_task(sleeper())
    await started.wait()
    print("cancel() ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(t.cancelled(), t.done())

    async def shielded():
        await asyncio.sleep(0.01)
        return "shielded result"
    inner = asyncio.create_task(shielded())
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner:", await inner)


async def queues():
    q = asyncio.Queue(maxsize=2)
    got = []

    async def producer():
        for i in range(5):
            await q.put(i)
            got.append(f"put{i}")
        await q.put(None)

    async def consumer():
        while (item := await q.get()) is not None:
            got.append(f"get{item}")
            q.task_done()
        q.task_done()
    await asyncio.gather(producer(), consumer())
    await q.join()
    print(got)
    print(q.empty(), q.qsize(), q.full())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print("".join(lq.get_nowait() for _ in range(3)))


async def locks():
    lock = asyncio.Lock()
    order = []

    async def critical(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0)
            order.append(f"{name} out")
    await asyncio.gather(critical("x"), critical("y"), critical("z"))
    print(order)
    print(lock.locked())

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]

    async def limited(i):
        async with sem:
            active.append(i)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0)
            active.remove(i)
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("peak", peak[0])

    cond = asyncio.Condition()
    items = []

    async def waiter(n):
        async with cond:
            await cond.wait_for(lambda: len(items) >= n)
            return f"waiter{n} saw {items[:n]}"

    async def adder():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify_all()
    print(await asyncio.gather(waiter(1), waiter(3), adder()))

    ev = asyncio.Event()
    print(ev.is_set())
    asyncio.get_running_loop().call_soon(ev.set)
    await ev.wait()
    print(ev.is_set())


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(asyncio.sleep(0, result="fast"), timeout=5))
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(10)
    except TimeoutError:
        print("asyncio.timeout expired")
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.001, "s")),
                                        asyncio.create_task(asyncio.sleep(10, "l"))],
                                       timeout=30, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def ticker(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i
    finally:
        print("ticker finally")


@contextlib.asynccontextmanager
async def resource(name):
    print("open", name)
    try:
        yield name.upper()
    finally:
        print("close", name)


class AsyncCM:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit", exc[0].__name__ if exc[0] else None)
        return True


async def generators_and_cms():
    print([x async for x in ticker(3)])
    async with resource("db") as r:
        print("using", r)
    async with AsyncCM():
        raise KeyError("swallowed")
    agen = ticker(5)
    print(await agen.__anext__(), await agen.asend(None))
    await agen.aclose()
    async with contextlib.AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("a"))
        b = await stack.enter_async_context(resource("b"))
        print(a, b)


async def taskgroup():
    async def job(i):
        await asyncio.sleep(0.001 * i)
        return i * i
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(i)) for i in range(4)]
    print([t.result() for t in tasks])

    async def fail():
        await asyncio.sleep(0)
        raise RuntimeError("in group")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            tg.create_task(asyncio.sleep(10))
    except* RuntimeError as eg:
        print("TaskGroup:", [str(e) for e in eg.exceptions])


async def callbacks():
    loop = asyncio.get_running_loop()
    out = []
    loop.call_later(0.02, out.append, "later")
    loop.call_soon(out.append, "soon1")
    loop.call_soon(out.append, "soon2")
    h = loop.call_soon(out.append, "cancelled")
    h.cancel()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future")
    print(await fut)
    await asyncio.sleep(0.03)
    print(out)
    print(loop.is_running(), loop.is_closed(), type(loop).__name__)


async def main():
    for step in [gather_and_tasks, cancellation, queues, locks, timeouts,
                 generators_and_cms, taskgroup, callbacks]:
        print("--", step.__name__)
        await step()
    return "main result"


print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(worker("r", 2, [])))
loop.close()
print(loop.is_closed())
