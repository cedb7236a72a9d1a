import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: client connected", peer[0])
    while True:
        line = await reader.readline()
        if not line:
            break
        print("server got", line)
        writer.write(line.upper())
        await writer.drain()
    print("server: client left")
    writer.close()
    await writer.wait_closed()


async def client(port, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in lines:
        writer.write(f"{name}: {text}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        print(name, "received", reply.decode().strip())
    writer.write_eof()
    print(name, "sees eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print(name, "closed", writer.is_closing())


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 48765)
    print("serving:", server.is_serving(), server.sockets[0].getsockname())
    async with server:
        await client(48765, "alice", ["hello", "how are you"])
        await client(48765, "bob", ["bye"])
        await asyncio.sleep(0.1)
    print("serving after close:", server.is_serving())

    reader = asyncio.StreamReader()
    reader.feed_data(b"abc\ndef:ghi")
    reader.feed_eof()
    print(await reader.readline(), await reader.readuntil(b":"), await reader.read(2))
    try:
        await reader.readexactly(5)
    except asyncio.IncompleteReadError as e:
        print(e, e.partial, e.expected)
    print(await reader.read(), reader.at_eof())
    try:
        await asyncio.open_connection("127.0.0.1", 48766)
    except ConnectionRefusedError as e:
        print(type(e).__name__, e)


asyncio.run(main())
