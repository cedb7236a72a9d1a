// transports.ts — asyncio.transports and asyncio.protocols: the Protocol classes, a socket transport that
// calls connection_made/data_received/eof_received/connection_lost, and loop.create_server /
// loop.create_connection built on it (the listening and connecting code is shared with streams.ts).
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-protocol.html and what python3 3.11
// does (callbacks are scheduled with call_soon in the order CPython's selector transport uses).

export const asyncioTransportsSource: string = String.raw`"""gilpy's asyncio protocols and socket transport."""

from asyncio.futures import get_running_loop
from asyncio.streams import _SocketWriting, _connect, _serve

__all__ = ('BaseProtocol', 'Protocol', 'BufferedProtocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BaseTransport', 'Transport', 'ReadTransport', 'WriteTransport')


class BaseProtocol:
    """Callbacks a transport makes: connection_made, connection_lost, pause/resume_writing."""

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    """A stream protocol: data_received(data) for each chunk, eof_received() at the end."""

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    def get_buffer(self, sizehint):
        pass

    def buffer_updated(self, nbytes):
        pass

    def eof_received(self):
        pass


class DatagramProtocol(BaseProtocol):
    def datagram_received(self, data, addr):
        pass

    def error_received(self, exc):
        pass


class SubprocessProtocol(BaseProtocol):
    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


class BaseTransport:
    """A connection as a protocol sees it."""


class ReadTransport(BaseTransport):
    pass


class WriteTransport(BaseTransport):
    pass


class Transport(ReadTransport, WriteTransport):
    pass


for _c in (BaseProtocol, Protocol, BufferedProtocol, DatagramProtocol, SubprocessProtocol):
    _c.__module__ = 'asyncio.protocols'
for _c in (BaseTransport, ReadTransport, WriteTransport, Transport):
    _c.__module__ = 'asyncio.transports'
del _c


class _SocketTransport(_SocketWriting, Transport):
    """A connected non-blocking socket driving a Protocol."""

    def __init__(self, loop, sock, protocol, server=None):
        self._loop = loop
        self._sock = sock
        self._protocol = protocol
        self._server = server
        self._out = bytearray()
        self._closing = False
        self._eof = False
        self._reading = True
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._watch)

    def __repr__(self):
        fd = -1 if self._sock is None else self._sock.fileno()
        return f'<_SelectorSocketTransport fd={fd}{" closing" if self._closing else ""}>'

    def _watch(self):
        if self._reading and not self._closing and self._sock is not None:
            self._loop.add_reader(self._sock, self._read_ready)

    def _read_ready(self):
        try:
            data = self._sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fatal(exc)
            return
        if data:
            self._protocol.data_received(data)
            return
        self._loop.remove_reader(self._sock)
        if not self._protocol.eof_received():
            self.close()

    def _fatal(self, exc):
        self._out.clear()
        self._closing = True
        if self._sock is not None:
            self._loop.remove_reader(self._sock)
            self._loop.remove_writer(self._sock)
        self._loop.call_soon(self._lost, exc)

    def _lost(self, exc):
        sock = self._sock
        if sock is None:
            return
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock = None
            sock.close()

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return self._reading and not self._closing

    def pause_reading(self):
        if self._reading and self._sock is not None:
            self._reading = False
            self._loop.remove_reader(self._sock)

    def resume_reading(self):
        if not self._reading:
            self._reading = True
            self._watch()

    def _fail(self, exc):
        self._fatal(exc)

    def _drained(self):
        if self._closing:
            self._loop.call_soon(self._lost, None)
        elif self._eof:
            self._sock.shutdown(1)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._out:
            self._sock.shutdown(1)

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._sock is not None:
            self._loop.remove_reader(self._sock)
        if not self._out:
            self._loop.call_soon(self._lost, None)

    def abort(self):
        self._fatal(None)


async def create_connection(loop, protocol_factory, host=None, port=None, *, family=0, flags=0,
                            local_addr=None, ssl=None, sock=None, **kwds):
    if sock is None:
        sock = await _connect(loop, host, port, family, flags, local_addr)
    else:
        sock.setblocking(False)
    protocol = protocol_factory()
    transport = _SocketTransport(loop, sock, protocol)
    made = loop.create_future()
    loop.call_soon(lambda: made.done() or made.set_result(None))
    await made
    return transport, protocol


async def create_server(loop, protocol_factory, host=None, port=None, *, family=0, flags=1, sock=None,
                        backlog=100, ssl=None, reuse_address=None, reuse_port=None, start_serving=True, **kwds):
    def on_accept(conn, server):
        _SocketTransport(loop, conn, protocol_factory(), server)

    return await _serve(loop, on_accept, host, port, family, flags, sock, backlog, reuse_address, start_serving)
`;
