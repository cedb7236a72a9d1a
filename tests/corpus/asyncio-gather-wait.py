import asyncio


async def job(n, fail=False):
    await asyncio.sleep(n / 10)
    if fail:
        raise ValueError(f"job {n} failed")
    print("job", n, "done")
    return n * n


async def main():
    print(await asyncio.gather(job(3), job(1), job(2)))
    print(await asyncio.gather())
    res = await asyncio.gather(job(1), job(2, fail=True), job(3), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(job(1), job(2, fail=True), job(3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.5)

    c = job(1)
    print(await asyncio.gather(c, c))

    tasks = [asyncio.create_task(job(i), name=f"j{i}") for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))

    ts = [asyncio.create_task(job(i, fail=(i == 2))) for i in (1, 2, 4)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    await asyncio.wait(pending)

    for coro in asyncio.as_completed([job(3), job(1), job(2)]):
        print("as_completed ->", await coro)
    try:
        for coro in asyncio.as_completed([job(30), job(1)], timeout=0.5):
            print("got", await coro)
    except TimeoutError:
        print("as_completed timed out")

    for bad in ([], asyncio.sleep(0)):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
        if asyncio.iscoroutine(bad):
            await bad
    g = asyncio.gather(job(5), job(6))
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")


asyncio.run(main())
