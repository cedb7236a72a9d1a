import asyncio


async def worker():
    await asyncio.sleep(10)


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    task.cancel()
    await task


asyncio.run(main())
