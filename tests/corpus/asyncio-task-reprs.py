import asyncio


async def child(n):
    await asyncio.sleep(n)
    return n


async def failing():
    raise ValueError("nope")


async def main():
    t = asyncio.create_task(child(0.2), name="kid")
    print(t)
    await asyncio.sleep(0)
    print(t)
    print(await t)
    print(t)
    f = asyncio.create_task(failing())
    await asyncio.sleep(0)
    print(f)
    print(repr(f.exception()))
    c = asyncio.create_task(child(1))
    await asyncio.sleep(0)
    c.cancel()
    print(c)
    await asyncio.sleep(0)
    print(c)
    me = asyncio.current_task()
    print(me.get_name(), me.get_coro().__name__, me.done())
    print(len(asyncio.all_tasks()))
    bad = asyncio.get_running_loop().create_future()
    try:
        asyncio.Task(42)
    except TypeError as e:
        print(e)


asyncio.run(main())
