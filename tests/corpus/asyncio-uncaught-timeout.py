import asyncio


async def fetch():
    await asyncio.sleep(5)
    return "data"


async def main():
    print("waiting")
    return await asyncio.wait_for(fetch(), timeout=0.5)


asyncio.run(main())
