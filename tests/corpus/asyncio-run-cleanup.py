import asyncio


async def background(name):
    try:
        while True:
            await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        raise
    finally:
        print(name, "finally")


async def crasher():
    try:
        await asyncio.sleep(10)
    finally:
        raise ValueError("error while cancelling")


def handler(loop, context):
    print("handler:", context["message"], repr(context.get("exception")))


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    asyncio.create_task(background("bg"))
    asyncio.create_task(crasher())
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, print, "executor says hi")
    await asyncio.sleep(0.25)
    print("main done; tasks left:", len(asyncio.all_tasks()) - 1)
    return "result"


print(asyncio.run(main()))
print("after run")
