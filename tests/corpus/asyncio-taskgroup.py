import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    if fail:
        raise ValueError(f"{name} broke")
    print(name, "ok")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.2))
        b = tg.create_task(work("b", 0.1))
        print(repr(tg))
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("c", 0.3))
            tg.create_task(work("d", 0.1, fail=True))
    except ExceptionGroup as eg:
        print("caught", type(eg).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("g", 0.1, fail=True))
            tg.create_task(work("h", 0.1, fail=True))
    except ExceptionGroup as eg:
        print(type(eg).__name__, isinstance(eg, Exception))
    late = asyncio.sleep(0, "late")
    try:
        tg.create_task(late)
    except RuntimeError as e:
        print(e)
    print(await late)


asyncio.run(main())
