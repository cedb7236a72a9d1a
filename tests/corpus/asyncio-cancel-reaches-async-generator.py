import asyncio


async def ticks():
    try:
        n = 0
        while True:
            yield n
            n += 1
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("generator saw CancelledError")
        raise
    finally:
        print("generator finally")


class Waiter:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return None

    def throw(self, exc):
        print("Waiter.throw got", type(exc).__name__)
        raise exc


async def consumer():
    async for n in ticks():
        print("tick", n)


async def custom():
    try:
        await Waiter()
    finally:
        print("custom finally")


async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.25)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")
    c = asyncio.create_task(custom())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("custom cancelled")


asyncio.run(main())
