# async/await driven by a hand-written loop (no asyncio)
import types

@types.coroutine
def suspend(value):
    received = yield value
    return received

async def add(a, b):
    got = await suspend(("add", a, b))
    return a + b + got

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

def run(coro):
    sent = None
    while True:
        try:
            request = coro.send(sent)
        except StopIteration as e:
            return e.value
        print("loop got", request)
        sent = 100

print(run(main()))
c = main()
print(type(c).__name__, c.__name__, c.cr_running, c.cr_await)
c.close()
async def simple():
    return "simple value"
try:
    simple().send(None)
except StopIteration as e:
    print("immediate", e.value)
async def raiser():
    await suspend("before raise")
    raise ValueError("async error")
try:
    run(raiser())
except ValueError as e:
    print(type(e).__name__, e)
class Awaitable:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield f"awaitable {self.v}"
        return (self.v, got)
async def use_awaitable():
    return await Awaitable("A")
print(run(use_awaitable()))
async def thrower():
    try:
        await suspend("waiting for throw")
    except KeyError as e:
        return f"caught {e!r}"
t = thrower()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
import inspect
print(inspect.iscoroutinefunction(add), inspect.iscoroutine(t), inspect.isawaitable(Awaitable(1)))
async def not_awaitable():
    await 5
try:
    run(not_awaitable())
except TypeError as e:
    print(type(e).__name__, e)
