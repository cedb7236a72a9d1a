import asyncio
import threading


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def boom():
    raise KeyError("from a callback")


loop = asyncio.get_event_loop()
print(loop is asyncio.get_event_loop(), repr(loop))
print(loop.run_until_complete(add(2, 3)))
fut = loop.create_future()
loop.call_later(0.2, fut.set_result, "late value")
print(loop.run_until_complete(fut))

calls = []
loop.call_soon(calls.append, 1)
loop.call_later(0.1, calls.append, 2)
loop.call_later(0.3, loop.stop)
loop.run_forever()
print(calls, loop.is_running(), loop.is_closed())

loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()


def handler(lp, context):
    print("handler got:", context["message"], repr(context.get("exception")))


loop.set_exception_handler(handler)
loop.call_soon(boom)
loop.call_soon(loop.stop)
loop.run_forever()
print(loop.get_exception_handler() is handler)
loop.set_exception_handler(None)


async def nested():
    try:
        loop.run_until_complete(loop.create_future())
    except RuntimeError as e:
        print(e)
    c = add(1, 1)
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print(e)
    await c
    return asyncio.get_running_loop() is loop

c = add(0, 0)
print(loop.run_until_complete(nested()), loop.run_until_complete(c))
loop.close()
print(repr(loop))
c = add(1, 2)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
print(asyncio.run(c))
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(boom))
co = add(1, 2)
print(asyncio.iscoroutine(co), asyncio.iscoroutine(add))
print(asyncio.run(co))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
new.close()
try:
    asyncio.run(add)
except ValueError as e:
    print(str(e).split(" at ")[0])


def in_thread():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print(e)
    print("thread runs its own:", asyncio.run(add(20, 22)))

t = threading.Thread(target=in_thread)
t.start()
t.join()
