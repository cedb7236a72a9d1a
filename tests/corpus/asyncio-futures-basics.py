import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    for meth in ("result", "exception"):
        try:
            getattr(f, meth)()
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    f.set_result(5)
    print(repr(f), f.result(), f.exception())
    for call in (lambda: f.set_result(6), lambda: f.set_exception(ValueError())):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print("again:", e)
    g = loop.create_future()
    g.set_exception(ValueError("bad value"))
    print(repr(g), repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result raised", repr(e))
    h = loop.create_future()
    print(h.cancel(), h.cancel("again"), repr(h), h.cancelled(), h.done())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("cancelled:", repr(e))
    k = loop.create_future()
    k.cancel("why")
    try:
        await k
    except asyncio.CancelledError as e:
        print("awaited cancelled:", repr(e), e.args)
    m = loop.create_future()
    m.add_done_callback(print)

    def on_done(fut):
        print("callback sees", fut.result())
    m.add_done_callback(on_done)
    print(repr(m).split(" at ")[0])
    print(m.remove_done_callback(print))
    loop.call_soon(m.set_result, "ok")
    print("awaited:", await m)
    await asyncio.sleep(0)
    try:
        loop.create_future().set_exception(StopIteration)
    except TypeError as e:
        print(e)
    n = loop.create_future()
    n.set_exception(KeyError)
    print(repr(n.exception()))
    print(asyncio.isfuture(n), asyncio.isfuture(1), asyncio.Future, asyncio.Task)
    print(asyncio.CancelledError.__mro__)
    print(asyncio.InvalidStateError.__mro__)
    print(asyncio.TimeoutError is TimeoutError)
    fl = loop.create_future()
    fl.set_result("x" * 50)
    print(repr(fl))
    fl2 = loop.create_future()
    fl2.set_result(list(range(10)))
    print(repr(fl2))


asyncio.run(main())
