import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def agen():
    try:
        x = yield 1
        print("sent in:", x)
        y = await pause("awaiting")
        print("await gave:", y)
        yield 2
        yield 3
    except KeyError as e:
        print("agen caught", repr(e))
        yield "recovered"
    finally:
        print("agen finally")


def drive(aw, *sends):
    try:
        out = aw.send(None)
        print("yielded to loop:", out)
        for s in sends:
            out = aw.send(s)
            print("yielded to loop:", out)
    except StopIteration as e:
        print("value:", e.value)
    except StopAsyncIteration:
        print("StopAsyncIteration")


g = agen()
print(type(g).__name__, g.__aiter__() is g)
drive(g.__anext__())
drive(g.asend("hello"), "resumed")
drive(g.athrow(KeyError("k")))
drive(g.aclose())
drive(g.__anext__())


async def main():
    async def numbers():
        for i in range(3):
            yield i
    it = aiter(numbers())
    print(await anext(it), await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("exhausted")
    print([x async for x in numbers() if x])
    try:
        aiter(5)
    except TypeError as e:
        print(e)

drive(main())
