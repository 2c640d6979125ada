# uncaught: exception raised inside a coroutine driven by a manual loop
import types


@types.coroutine
def pause():
    yield


async def fetch(key, store):
    await pause()
    return store[key]


async def fetch_all(keys, store):
    out = []
    for k in keys:
        out.append(await fetch(k, store))
    return out


def run(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as e:
            return e.value


store = {"a": 1, "b": 2}
print(run(fetch_all(["a", "b"], store)))
print(run(fetch_all(["b", "b", "a"], store)))
print(run(fetch_all(["a", "z"], store)))
print("not reached")
