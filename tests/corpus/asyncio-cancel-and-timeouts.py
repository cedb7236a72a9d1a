import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError as e:
        print(f"{name} cancelled with args {e.args}")
        raise
    finally:
        print(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores cancel once")
    await asyncio.sleep(0.1)
    return "stubborn done"


async def main():
    t = asyncio.create_task(slow("one", 5))
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel("stop now"), t.cancelling())
    print(repr(t).split(" coro=")[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", repr(e))
    print(t.cancelled(), t.done(), repr(t).split(" coro=")[0])
    print("cancel again ->", t.cancel())

    try:
        r = await asyncio.wait_for(slow("two", 5), timeout=0.5)
    except TimeoutError as e:
        print("wait_for timed out:", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow("three", 0.1), timeout=1))

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())

    t0 = asyncio.get_running_loop().time()
    try:
        async with asyncio.timeout(0.3) as cm:
            print(repr(cm).split(" when=")[0])
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout() expired:", cm.expired(), round(asyncio.get_running_loop().time() - t0, 1))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.1)
    print(repr(cm), cm.expired())

    inner = asyncio.create_task(slow("shielded", 0.3))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner still running:", not inner.done())
    print(await inner)

    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except TimeoutError:
        print("zero timeout")

    never = asyncio.get_running_loop().create_future()
    waiter = asyncio.create_task(asyncio.wait_for(never, 10))
    await asyncio.sleep(0.1)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("wait_for cancelled from outside; inner cancelled:", never.cancelled())


asyncio.run(main())
