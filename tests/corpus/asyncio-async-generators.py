import asyncio
import time


async def countdown(name, n, delay):
    while n > 0:
        yield f"{name}:{n}"
        await asyncio.sleep(delay)
        n -= 1


async def consume(name, n, delay):
    got = [item async for item in countdown(name, n, delay)]
    print(name, "collected", got)
    return len(got)


class Ticker:
    def __init__(self, count):
        self.count = count

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await asyncio.sleep(0.05)
        return self.count


async def blocking_demo():
    start = time.monotonic()
    time.sleep(0.3)
    print("time.sleep blocked the loop for", round(time.monotonic() - start, 1))


async def main():
    async for value in countdown("solo", 3, 0.1):
        print("got", value)
    print(await asyncio.gather(consume("x", 3, 0.1), consume("y", 2, 0.17)))
    print([v async for v in Ticker(3)])
    agen = countdown("closing", 5, 0.01)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    try:
        await anext(agen)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    await asyncio.gather(blocking_demo(), asyncio.sleep(0.1))
    results = {}

    async def fill(key):
        await asyncio.sleep(0.01 * key)
        results[key] = key * key

    await asyncio.wait([asyncio.create_task(fill(k)) for k in range(5)])
    print(sorted(results.items()))


asyncio.run(main())
