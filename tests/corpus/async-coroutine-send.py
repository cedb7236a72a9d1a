import types
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        got = yield ("sleep", self.n)
        return got
async def child(x):
    r = await Sleep(x)
    return r * 2
async def main():
    a = await child(1)
    b = await child(2)
    return a + b
coro = main()
print(type(coro).__name__)
req = coro.send(None)
print("request", req)
req = coro.send(10)
print("request", req)
try:
    coro.send(20)
except StopIteration as e:
    print("result", e.value)
async def f():
    return 5
c = f()
try:
    c.send(None)
except StopIteration as e:
    print("f returned", e.value)
