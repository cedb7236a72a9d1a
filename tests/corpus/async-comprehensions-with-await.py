import asyncio


async def sq(x):
    await asyncio.sleep(0.01)
    return x * x


async def agen():
    for i in range(3):
        yield i


async def main():
    print([await sq(i) for i in range(4)])
    print({i: await sq(i) for i in range(3)})
    print({await sq(i) for i in range(3)})
    print([await sq(i) for i in range(5) if await sq(i) % 2])
    g = (await sq(i) for i in range(3))
    print(type(g).__name__, [x async for x in g])
    doubled = (x * 2 async for x in agen())
    print([y async for y in doubled])
    print([[await sq(j) for j in range(i)] for i in range(3)])


asyncio.run(main())
