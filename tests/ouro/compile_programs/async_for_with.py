# async for, async with, async generators, async comprehensions
import asyncio


class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i - 1


class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress


async def agen(n):
    for i in range(n):
        try:
            yield i
        finally:
            print("agen finally", i)
        await asyncio.sleep(0)


async def main():
    async for i in AsyncRange(3):
        print("range", i)
    else:
        print("for-else")
    async with AsyncCM("a") as a, AsyncCM("b") as b:
        print("inside", a, b)
    async with AsyncCM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with AsyncCM("n"):
            raise KeyError("not suppressed")
    except KeyError as e:
        print("caught", e)
    print([x async for x in agen(3)])
    print({x async for x in AsyncRange(3)}, {x: x * 2 async for x in AsyncRange(2)})
    print([x for x in range(3) if await asyncio.sleep(0, True)])
    g = (x * 10 async for x in AsyncRange(3))
    print([y async for y in g])
    ab = agen(5)
    async for v in ab:
        if v == 1:
            break
    await ab.aclose()
    ag = agen(3)
    print(await ag.__anext__(), await ag.asend(None))
    try:
        await ag.athrow(ValueError("thrown into agen"))
    except ValueError as e:
        print("athrow propagated", e)
    ag2 = agen(3)
    print(await ag2.__anext__())
    await ag2.aclose()
    print("aclosed")
    try:
        await ag2.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after aclose")
    for_break_value = None
    async for v in AsyncRange(10):
        if v > 2:
            for_break_value = v
            break
    print("broke at", for_break_value)
    try:
        async for _ in 5:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with AsyncCM:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


async def ag_returning():
    yield 1
    yield 2


async def consume():
    out = []
    async for v in ag_returning():
        out.append(v)
    return out


asyncio.run(main())
print(asyncio.run(consume()))


async def catching_agen():
    try:
        yield "first"
    except ZeroDivisionError:
        yield "caught zde"


async def t2():
    a = catching_agen()
    print(await a.__anext__(), await a.athrow(ZeroDivisionError))
    await a.aclose()

asyncio.run(t2())
