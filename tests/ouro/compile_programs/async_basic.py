# coroutines with a hand-written driver and with asyncio.run
import asyncio


class Sleep:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("sleep", self.tag)
        return "woke %s with %r" % (self.tag, got)


async def child(n):
    r = await Sleep(n)
    print("child", n, r)
    return n * 10


async def parent():
    a = await child(1)
    b = await child(2)
    try:
        await failing()
    except ValueError as e:
        print("parent caught", e)
    return a + b


async def failing():
    await Sleep("f")
    raise ValueError("async failure")


def run(coro):
    value = None
    step = 0
    while True:
        try:
            yielded = coro.send(value)
        except StopIteration as e:
            return e.value
        print("driver got", yielded)
        step += 1
        value = "tick%d" % step


print(run(parent()))
c = child(5)
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()


async def compute(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    results = await asyncio.gather(*(compute(i) for i in range(5)))
    print("gather", results)
    t = asyncio.create_task(compute(7))
    print("task", await t)
    try:
        await asyncio.wait_for(failing_asyncio(), timeout=5)
    except KeyError as e:
        print("KeyError from task", e)
    return "main done"


async def failing_asyncio():
    await asyncio.sleep(0)
    raise KeyError("k")


print(asyncio.run(main()))


async def returns_early(flag):
    if flag:
        return "early"
    await Sleep("late")
    return "late"


print(run(returns_early(True)), run(returns_early(False)))
co = compute(3)
try:
    co.send(None)
    co.send(None)
except StopIteration as e:
    print("manual", e.value)
try:
    co.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def awaits_non_awaitable():
    await 5


try:
    run(awaits_non_awaitable())
except TypeError as e:
    print("TypeError:", e)


async def throw_target():
    try:
        await Sleep("t")
    except IndexError as e:
        return "handled " + str(e)


tt = throw_target()
print(tt.send(None))
try:
    tt.throw(IndexError("thrown"))
except StopIteration as e:
    print(e.value)
