import asyncio


async def parse(text):
    await asyncio.sleep(0.1)
    return int(text)


async def step(text):
    value = await parse(text)
    return value * 2


async def main():
    print(await step("21"))
    task = asyncio.create_task(step("x"))
    await task


asyncio.run(main())
