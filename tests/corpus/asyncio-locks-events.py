import asyncio


async def locked_worker(lock, name, log):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0.1)
        log.append(f"{name} out")


async def waiter(event, name):
    print(name, "waiting")
    await event.wait()
    print(name, "saw the event")


async def limited(sem, name):
    async with sem:
        print(name, "enters, value now", sem._value)
        await asyncio.sleep(0.2)
    print(name, "leaves")


async def cond_consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: items)
        print(name, "took", items.pop(0))


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).split(" object at ")[0], repr(lock).split("[")[1])
    log = []
    await asyncio.gather(*(locked_worker(lock, n, log) for n in "abc"))
    print(log)
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split("[")[1])
    lock.release()
    await t
    print("second acquire done", lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    ev = asyncio.Event()
    print(repr(ev).split("[")[1], ev.is_set())
    ws = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.1)
    print(repr(ev).split("[")[1])
    ev.set()
    await asyncio.gather(*ws)
    ev.clear()
    print(ev.is_set())

    sem = asyncio.Semaphore(2)
    print(repr(sem).split("[")[1])
    await asyncio.gather(*(limited(sem, f"s{i}") for i in range(5)))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(cond_consumer(cond, items, f"k{i}")) for i in range(3)]
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            items.append(i)
            cond.notify()
    await asyncio.gather(*cs)
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    print(repr(cond).split("[")[1])


asyncio.run(main())
