# uncaught: awaiting something that is not awaitable
import types


@types.coroutine
def yield_once():
    yield "tick"


async def compute(x):
    await yield_once()
    return x * 2


async def bad(x):
    return await (x * 2)


def drive(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks


print(drive(compute(21)))
print(drive(compute("ab")))
print("driving the bad coroutine")
print(drive(bad(3)))
print("not reached")
