# uncaught: exception inside asyncio.run
import asyncio


async def step(n):
    await asyncio.sleep(0)
    if n == 3:
        raise RuntimeError(f"step {n} failed")
    return n * n


async def main():
    total = 0
    for n in range(5):
        total += await step(n)
        print("after step", n, "total", total)
    return total


async def fine():
    return [await step(n) for n in range(3)]


print(asyncio.run(fine()))
print(asyncio.run(main()))
print("not reached")
