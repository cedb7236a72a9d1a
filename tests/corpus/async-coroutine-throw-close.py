class Wait:
    def __await__(self):
        yield "waiting"
        return "ok"
async def worker():
    try:
        v = await Wait()
        print("got", v)
    except ValueError as e:
        print("worker caught", e)
        return "handled"
    finally:
        print("worker cleanup")
c = worker()
print(c.send(None))
try:
    c.throw(ValueError("cancel"))
except StopIteration as e:
    print("finished", e.value)
c2 = worker()
c2.send(None)
c2.close()
print("closed")
async def nothing():
    pass
n = nothing()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print(e)
