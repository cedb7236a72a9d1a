import asyncio


async def runner(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index


async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split("[")[1], b.parties, b.broken)
    print(sorted(await asyncio.gather(*(runner(b, f"r{i}", i / 10) for i in range(3)))))
    print(sorted(await asyncio.gather(*(runner(b, f"s{i}", (3 - i) / 10) for i in range(3)))))
    t = asyncio.create_task(runner(b, "lonely", 0))
    await asyncio.sleep(0.1)
    print(repr(b).split("[")[1])
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    print(b.broken, repr(b).split("[")[1])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    await b.reset()
    print(b.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)


asyncio.run(main())
