"""aiter() and anext(), with and without a default, on async generators
and on hand-written async iterators; their errors."""


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def agen():
    yield "a"
    yield "b"


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise AssertionError("suspended")


async def main():
    it = aiter(agen())
    print(await anext(it), await anext(it), await anext(it, "done"), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter(2))
    print(await anext(c), await anext(c, 0), await anext(c, 0), await anext(c, "end"))
    aw = anext(Counter(0), "dflt")
    print(type(aw).__name__, await aw)
    return "ok"


print(run(main()))
for f in [lambda: aiter(1), lambda: anext(1), lambda: anext([]), lambda: aiter(),
          lambda: anext(), lambda: anext(1, 2, 3), lambda: aiter(1, 2)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


class BadAiter:
    def __aiter__(self):
        return 5


try:
    aiter(BadAiter())
except TypeError as e:
    print("TypeError", e)
