import asyncio
import random


async def producer(q, name, items):
    for i in range(items):
        await asyncio.sleep(0.1)
        item = f"{name}-{i}"
        await q.put(item)
        print(f"{name} put {item} (size {q.qsize()})")
    print(name, "finished producing")


async def consumer(q, name, seen):
    while True:
        item = await q.get()
        await asyncio.sleep(0.25)
        seen.append(item)
        print(f"{name} handled {item}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q, q.maxsize, q.empty(), q.full())
    seen = []
    consumers = [asyncio.create_task(consumer(q, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(q, "p", 5), producer(q, "r", 3))
    await q.join()
    print("all handled:", sorted(seen))
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])

    small = asyncio.Queue(1)
    small.put_nowait("x")
    try:
        small.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", repr(asyncio.QueueFull()))
    print(small.get_nowait())
    try:
        small.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", type(e).__module__)
    try:
        small.task_done()
        small.task_done()
    except ValueError as e:
        print(e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for n in (3, 1, 2):
        await lq.put(n)
        await pq.put((n, f"job{n}"))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])

    try:
        await asyncio.wait_for(q.get(), timeout=0.2)
    except TimeoutError:
        print("get timed out; getters left:", len(q._getters))
    print(str(asyncio.Queue(3)))


asyncio.run(main())
