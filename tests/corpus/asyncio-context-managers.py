import asyncio
import contextlib


@contextlib.asynccontextmanager
async def connection(name):
    print("open", name)
    await asyncio.sleep(0.1)
    try:
        yield f"<conn {name}>"
    finally:
        await asyncio.sleep(0.1)
        print("close", name)


class Resource:
    async def __aenter__(self):
        print("acquire resource")
        await asyncio.sleep(0.05)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("release resource; error:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def fetch(sem, url):
    async with sem:
        async with connection(url) as conn:
            await asyncio.sleep(0.2)
            return f"{url} via {conn}"


async def main():
    async with connection("db") as c:
        print("using", c)
    async with Resource():
        raise KeyError("suppressed")
    try:
        async with Resource():
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped:", e)
    try:
        async with connection("failing") as c:
            raise RuntimeError("inside")
    except RuntimeError as e:
        print("caught", e)
    sem = asyncio.Semaphore(2)
    pages = await asyncio.gather(*(fetch(sem, f"site{i}") for i in range(4)))
    print(pages)
    async with contextlib.AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(f"pool{i}")) for i in range(2)]
        print(conns)


asyncio.run(main())
