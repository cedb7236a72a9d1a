# An asyncio.TaskGroup whose tasks fail raises an ExceptionGroup; raised again uncaught (without the asyncio
# frames, which differ between implementations), it prints as CPython's nested boxes.
import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise OSError(f"fail {n}")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0))
            tg.create_task(fail(0))
            tg.create_task(fail(0))
    except ExceptionGroup as eg:
        return eg


group = asyncio.run(main())
print(repr(group), group.__cause__, group.__suppress_context__)
group.__traceback__ = None
raise group
