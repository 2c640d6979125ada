# yields inside finally/except/with, throw and close in unusual states, await in finally
import asyncio


def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "in finally"
        print("  after finally yield")


g = yield_in_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("  exhausted")
g = yield_in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def yield_in_except():
    try:
        raise ValueError("v")
    except ValueError as e:
        got = yield "handling %s" % e
        print("  resumed in handler with", got)
        yield "still handling"
    yield "after handler"


g = yield_in_except()
print(next(g), g.send("S"), next(g))


def throw_while_handling():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            yield 1
        except TypeError as e:
            print("  caught thrown", repr(e), "context", repr(e.__context__))
            yield 2


g = throw_while_handling()
next(g)
print(g.throw(TypeError("t")))


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("  enter", self.tag)

    def __exit__(self, et, ev, tb):
        print("  exit", self.tag, et.__name__ if et else None)
        return et is ValueError


def yield_in_with():
    with CM("a"):
        with CM("b"):
            x = yield 1
            if x == "raise":
                raise ValueError("inside with")
            yield 2
    yield 3


g = yield_in_with()
print(next(g), g.send("raise"))
g = yield_in_with()
next(g)
print(g.throw(ValueError("thrown into with")))
g.close()


def nested_try_generator():
    for i in range(2):
        try:
            try:
                yield i
            finally:
                print("  inner finally", i)
        except GeneratorExit:
            print("  GeneratorExit at", i)
            return
        finally:
            print("  outer finally", i)


g = nested_try_generator()
next(g)
next(g)
g.close()


def gen_returns_in_finally():
    try:
        yield 1
    finally:
        return "finally return"


g = gen_returns_in_finally()
next(g)
print(g.throw(ValueError) if False else "skip", end=" ")
try:
    g.throw(ValueError("swallowed by finally return"))
except StopIteration as e:
    print("StopIteration", e.value)


def delegate_close():
    try:
        yield from yield_in_with()
    finally:
        print("  delegate finally")


g = delegate_close()
next(g)
g.close()
print("closed delegate")


async def await_in_finally():
    try:
        raise ValueError("pending")
    finally:
        await asyncio.sleep(0)
        print("  awaited in finally")




async def main2():
    try:
        await await_in_finally()
    except ValueError as e:
        print("main caught", e)

    async def agen():
        try:
            yield 1
            yield 2
        finally:
            await asyncio.sleep(0)
            print("  agen async finally")
    a = agen()
    print(await a.__anext__())
    await a.aclose()

    class ACM:
        async def __aenter__(self):
            await asyncio.sleep(0)
            return "acm"

        async def __aexit__(self, *exc):
            await asyncio.sleep(0)
            print("  aexit", exc[0].__name__ if exc[0] else None)
            return True

    async def agen_with():
        async with ACM() as v:
            yield v
            raise KeyError("suppressed by aexit")
        yield "after async with"
    print([x async for x in agen_with()])
    for i in range(3):
        async with ACM():
            if i == 0:
                continue
            if i == 1:
                break
    print("loop with async with done", i)


asyncio.run(main2())
