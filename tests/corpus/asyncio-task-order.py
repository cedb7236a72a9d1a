import asyncio
import time


async def ticker(name, n, delay):
    for i in range(n):
        print(f"{name} tick {i} at {round(asyncio.get_running_loop().time() - START, 1)}")
        await asyncio.sleep(delay)
    return f"{name} finished"


async def quick(tag):
    print("quick", tag)
    return tag


async def main():
    global START
    START = asyncio.get_running_loop().time()
    t1 = asyncio.create_task(ticker("A", 3, 0.3))
    t2 = asyncio.create_task(ticker("B", 2, 0.5), name="bee")
    t3 = asyncio.create_task(quick(1))
    print("created", t1.get_name(), t2.get_name(), t3.get_name())
    print("before any step", t1.done(), t3.done())
    await asyncio.sleep(0)
    print("after one step", t3.done(), t3.result())
    t2.set_name("renamed")
    print(await t1)
    print(await t2, t2.get_name())
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.2, order.append, "later 0.2")
    loop.call_later(0.1, order.append, "later 0.1")
    loop.call_soon(order.append, "soon 1")
    loop.call_at(loop.time() + 0.05, order.append, "at +0.05")
    loop.call_soon(order.append, "soon 2")
    h = loop.call_later(0.15, order.append, "cancelled")
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.5)
    print(order)
    for i in range(3):
        asyncio.create_task(quick(f"q{i}"))
    print("spawned")
    await asyncio.sleep(0)
    print("elapsed about", round(time.monotonic() - T0))


T0 = time.monotonic()
asyncio.run(main())
print("slept through", round(time.monotonic() - T0, 1))
