# The write side StreamWriter and a protocol transport share: writelines, drain, write_eof, write after it, get_extra_info.
import asyncio

class Echo(asyncio.Protocol):
    def connection_made(self, tr):
        self.tr = tr
    def data_received(self, data):
        self.tr.writelines([b"<", data, b">"])
        self.tr.write_eof()
        try:
            self.tr.write(b"x")
        except RuntimeError as e:
            print("transport:", e)

async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(Echo, "127.0.0.1", 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    print(w.get_extra_info("peername")[1] == port, w.get_extra_info("nope", 7))
    w.writelines([b"ab", b"cd"])
    await w.drain()
    w.write_eof()
    try:
        w.write(b"z")
    except RuntimeError as e:
        print("writer:", e)
    print(await r.read())
    w.close(); await w.wait_closed()
    srv.close(); await srv.wait_closed()

asyncio.run(main())
