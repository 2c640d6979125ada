"""Tracebacks of failed tasks, gathered coroutines, awaited futures and task
groups: no frames of asyncio's Future and Task (C functions in CPython)."""
import asyncio, traceback
async def bad(n):
    await asyncio.sleep(0)
    raise ValueError(f"bad {n}")
async def main():
    try:
        await asyncio.gather(bad(1), bad(2))
    except ValueError:
        traceback.print_exc()
    t = asyncio.create_task(bad(3))
    try:
        await t
    except ValueError:
        traceback.print_exc()
    try:
        await asyncio.wait_for(bad(4), 1)
    except ValueError:
        traceback.print_exc()
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, KeyError("k"))
    try:
        await fut
    except KeyError:
        traceback.print_exc()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(5))
asyncio.run(main())
