class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class Res:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
async def main():
    async with Res() as r:
        print("using", r)
        async for t in Ticker(3):
            print("tick", t)
    return [x async for x in Ticker(2)]
try:
    main().send(None)
except StopIteration as e:
    print("done", e.value)
