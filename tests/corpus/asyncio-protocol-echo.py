import asyncio


class EchoServer(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection from", transport.get_extra_info("peername")[0])

    def data_received(self, data):
        print("server: received", data)
        self.transport.write(data[::-1])

    def eof_received(self):
        print("server: eof")

    def connection_lost(self, exc):
        print("server: connection lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, message, done):
        self.message = message
        self.done = done

    def connection_made(self, transport):
        print("client: connected")
        transport.write(self.message)
        self.transport = transport

    def data_received(self, data):
        print("client: got back", data)
        self.transport.close()

    def connection_lost(self, exc):
        print("client: closed", exc)
        self.done.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServer, "127.0.0.1", 48777)
    print(server.is_serving(), issubclass(EchoServer, asyncio.BaseProtocol))
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(b"stressed", done), "127.0.0.1", 48777)
    print("client protocol:", type(protocol).__name__, transport.is_closing())
    await done
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    print("server closed")
    try:
        await loop.create_connection(asyncio.Protocol, "127.0.0.1", 48778)
    except OSError as e:
        print(type(e).__name__, e)


asyncio.run(main())
