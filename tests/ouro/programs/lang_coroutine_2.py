# async generators, async for, async with, driven manually
import types

@types.coroutine
def tick(label):
    yield label

async def agen(n):
    for i in range(n):
        await tick(f"agen {i}")
        yield i * 10

class AsyncCM:
    async def __aenter__(self):
        await tick("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        await tick("aexit")
        print("aexit saw", et.__name__ if et else None)
        return True

class AIter:
    def __init__(self, items):
        self.items = list(items)
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        await tick("anext")
        return self.items.pop(0)

async def main():
    out = []
    async for v in agen(3):
        out.append(v)
    async with AsyncCM() as r:
        out.append(r)
        raise ValueError("suppressed by aexit")
    async for v in AIter("xy"):
        out.append(v)
    out.append([v async for v in agen(2)])
    return out

def run(coro):
    ticks = []
    try:
        while True:
            ticks.append(coro.send(None))
    except StopIteration as e:
        return e.value, ticks

result, ticks = run(main())
print(result)
print(ticks)
ag = agen(1)
print(type(ag).__name__, type(ag.__anext__()).__name__ if False else "anext")
async def use_anext():
    it = agen(2)
    first = await it.__anext__()
    await it.aclose()
    return first
print(run(use_anext()))
async def bad_async_with():
    async with 5:
        pass
try:
    run(bad_async_with())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
