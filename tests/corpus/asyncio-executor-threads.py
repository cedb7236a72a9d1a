import asyncio
import threading
import time


def blocking(n):
    time.sleep(n)
    return f"slept {n} in {threading.current_thread().name}"


def crash():
    raise ZeroDivisionError("in a worker thread")


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.25)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(loop.run_in_executor(None, blocking, 0.5), ticker())
    print(results[0])
    print(await asyncio.to_thread(blocking, 0.1))
    try:
        await loop.run_in_executor(None, crash)
    except ZeroDivisionError as e:
        print("worker error:", e)

    box = []

    def from_thread():
        time.sleep(0.2)
        loop.call_soon_threadsafe(box.append, "called from thread")
        fut = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.1, "coro result"), loop)
        box.append(fut.result())

    th = threading.Thread(target=from_thread)
    th.start()
    while len(box) < 2:
        await asyncio.sleep(0.05)
    th.join()
    print(box)

    with __import__("concurrent.futures").futures.ThreadPoolExecutor(2) as pool:
        outs = await asyncio.gather(*(loop.run_in_executor(pool, blocking, d) for d in (0.3, 0.1)))
    print(sorted(o.split(" in ")[0] for o in outs))


asyncio.run(main())
print("threads left:", threading.active_count())
