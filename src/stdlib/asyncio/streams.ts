// streams.ts — asyncio.streams: open_connection, start_server, StreamReader, StreamWriter and Server over
// non-blocking sockets watched by the loop (add_reader/add_writer), plus the loop's sock_* coroutines.
// Python source written for gilpy from docs.python.org/3.11/library/asyncio-stream.html and what python3 3.11
// does; no transports/protocols layer: the writer owns the socket and the loop's reader callback feeds the
// StreamReader directly. Error texts follow CPython's (Lib/asyncio/selector_events.py, streams.py).

export const asyncioStreamsSource: string = String.raw`"""gilpy's asyncio streams."""

import socket as _socket
from asyncio.futures import IncompleteReadError, LimitOverrunError, get_running_loop, _get_running_loop
from asyncio.tasks import sleep as _sleep

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection', 'start_server', 'Server')

# sock_connect, sock_recv, sock_sendall and sock_accept take the loop first: BaseEventLoop's methods call them.

_DEFAULT_LIMIT = 2 ** 16


# ---- the loop's socket coroutines ----

def _wait_for(loop, sock, writing):
    fut = loop.create_future()

    def ready():
        if not fut.done():
            fut.set_result(None)

    if writing:
        loop.add_writer(sock, ready)
    else:
        loop.add_reader(sock, ready)
    return fut


async def _ready(loop, sock, writing):
    try:
        await _wait_for(loop, sock, writing)
    finally:
        if writing:
            loop.remove_writer(sock)
        else:
            loop.remove_reader(sock)


async def sock_connect(self, sock, address):
    if sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')
    try:
        sock.connect(address)
        return
    except (BlockingIOError, InterruptedError):
        pass
    while True:
        await _ready(self, sock, True)
        err = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        if err == 0:
            return
        if err not in (115, 114, 4):
            raise OSError(err, f'Connect call failed {address}')


async def sock_recv(self, sock, n):
    while True:
        try:
            return sock.recv(n)
        except (BlockingIOError, InterruptedError):
            await _ready(self, sock, False)


async def sock_sendall(self, sock, data):
    view = memoryview(data)
    while view:
        try:
            sent = sock.send(view)
            view = view[sent:]
        except (BlockingIOError, InterruptedError):
            await _ready(self, sock, True)


async def sock_accept(self, sock):
    while True:
        try:
            conn, address = sock.accept()
            conn.setblocking(False)
            return conn, address
        except (BlockingIOError, InterruptedError):
            await _ready(self, sock, False)


# ---- StreamReader ----

class StreamReader:
    """Bytes arriving from a connection, read with await read()/readline()/readexactly()/readuntil()."""

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        self._loop = loop if loop is not None else get_running_loop()
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        return '<' + ' '.join(info) + '>'

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._wake(exc)

    def _wake(self, exc=None):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    def feed_eof(self):
        self._eof = True
        self._wake()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if not data:
            return
        self._buffer.extend(data)
        self._wake()

    async def _wait(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(b'\n', e.consumed):
                del self._buffer[:e.consumed + 1]
            else:
                self._buffer.clear()
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        if not separator:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        start = 0
        while True:
            found = self._buffer.find(separator, start)
            if found != -1:
                end = found + len(separator)
                if found > self._limit:
                    raise LimitOverrunError('Separator is found, but chunk is longer than limit', found)
                chunk = bytes(self._buffer[:end])
                del self._buffer[:end]
                return chunk
            start = max(0, len(self._buffer) + 1 - len(separator))
            if start > self._limit:
                raise LimitOverrunError('Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait('readuntil')

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            parts = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    return b''.join(parts)
                parts.append(block)
        if not self._buffer and not self._eof:
            await self._wait('read')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        while len(self._buffer) < n:
            if self._eof:
                partial = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(partial, n)
            await self._wait('readexactly')
        data = bytes(self._buffer[:n])
        del self._buffer[:n]
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line


class StreamReaderProtocol:
    """Kept for code that names it; gilpy's streams feed the reader without a protocol object."""

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        self._stream_reader = stream_reader
        self._client_connected_cb = client_connected_cb


# ---- StreamWriter (it owns the socket) ----

class _SocketWriting:
    """The write side StreamWriter and the protocol transport share: send at once, keep what the socket did not
    take, and send it when the loop reports the socket writable. Users set _sock, _loop, _out and _eof, and define
    _fail(exc) and _drained() (the buffer has just emptied)."""

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._sock is None:
            return
        if not self._out:
            try:
                sent = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                self._fail(exc)
                return
            data = memoryview(data)[sent:]
            if not data:
                return
            self._loop.add_writer(self._sock, self._write_ready)
        self._out.extend(data)

    def writelines(self, chunks):
        self.write(b''.join(chunks))

    def _write_ready(self):
        try:
            sent = self._sock.send(self._out)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._loop.remove_writer(self._sock)
            self._out.clear()
            self._fail(exc)
            return
        del self._out[:sent]
        if not self._out:
            self._loop.remove_writer(self._sock)
            self._drained()

    def get_write_buffer_size(self):
        return len(self._out)

    def can_write_eof(self):
        return True

    def get_extra_info(self, name, default=None):
        sock = self._sock
        if sock is None:
            return default
        try:
            if name == 'socket':
                return sock
            if name == 'peername':
                return sock.getpeername()
            if name == 'sockname':
                return sock.getsockname()
        except OSError:
            return default
        return default


class StreamWriter(_SocketWriting):
    """Sends bytes on a connection: write() buffers, await drain() waits for the buffer to empty."""

    def __init__(self, sock, reader, loop):
        self._sock = sock
        self._reader = reader
        self._loop = loop
        self._out = bytearray()
        self._closing = False
        self._closed = loop.create_future()
        self._drainers = []
        self._eof = False
        self.transport = self
        loop.add_reader(sock, self._read_ready)

    def __repr__(self):
        info = ['StreamWriter', f'transport={self._sock!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<' + ' '.join(info) + '>'

    def _read_ready(self):
        try:
            data = self._sock.recv(_DEFAULT_LIMIT)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._fail(exc)
            return
        if data:
            self._reader.feed_data(data)
        else:
            self._loop.remove_reader(self._sock)
            self._reader.feed_eof()

    def _fail(self, exc):
        if self._reader is not None:
            self._reader.set_exception(exc)
        self._shut(exc)

    def _drained(self):
        self._release_drainers()
        if self._eof:
            self._sock.shutdown(_socket.SHUT_WR)
        if self._closing:
            self._shut(None)

    def _release_drainers(self, exc=None):
        waiting, self._drainers = self._drainers, []
        for fut in waiting:
            if not fut.done():
                if exc is None:
                    fut.set_result(None)
                else:
                    fut.set_exception(exc)

    def write_eof(self):
        if self._eof:
            return
        self._eof = True
        if not self._out:
            self._sock.shutdown(_socket.SHUT_WR)

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        if self._sock is not None:
            self._loop.remove_reader(self._sock)
        if not self._out:
            self._loop.call_soon(self._shut, None)

    def abort(self):
        self._out.clear()
        self._closing = True
        self._shut(None)

    def _shut(self, exc):
        sock = self._sock
        if sock is None:
            return
        self._sock = None
        self._closing = True
        self._loop.remove_reader(sock)
        self._loop.remove_writer(sock)
        sock.close()
        self._release_drainers(exc if exc is not None else None)
        if self._reader is not None and not self._reader._eof:
            self._reader.feed_eof()
        if not self._closed.done():
            self._closed.set_result(None)

    async def wait_closed(self):
        await self._closed

    async def drain(self):
        if self._reader is not None and self._reader._exception is not None:
            raise self._reader._exception
        if self._closing:
            await _sleep(0)
            if self._sock is None and self._out:
                raise ConnectionResetError('Connection lost')
        if len(self._out) > _DEFAULT_LIMIT:
            fut = self._loop.create_future()
            self._drainers.append(fut)
            await fut

    async def start_tls(self, sslcontext, *, server_hostname=None, ssl_handshake_timeout=None):
        raise NotImplementedError('gilpy has no TLS')


# ---- connecting and serving ----

async def _connect(loop, host, port, family, flags, local_addr):
    infos = _socket.getaddrinfo(host, port, family, _socket.SOCK_STREAM, 0, flags)
    if not infos:
        raise OSError('getaddrinfo() returned empty list')
    errors = []
    for fam, kind, proto, _, address in infos:
        sock = _socket.socket(fam, kind, proto)
        sock.setblocking(False)
        try:
            if local_addr is not None:
                sock.bind(local_addr)
            await loop.sock_connect(sock, address)
            return sock
        except OSError as exc:
            sock.close()
            errors.append(exc)
    if len(errors) == 1 or len(set(str(e) for e in errors)) == 1:
        raise errors[0]
    raise OSError('Multiple exceptions: ' + ', '.join(str(e) for e in errors))


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0, flags=0, local_addr=None,
                          server_hostname=None, ssl=None, **kwds):
    loop = get_running_loop()
    sock = await _connect(loop, host, port, family, flags, local_addr)
    reader = StreamReader(limit=limit, loop=loop)
    return reader, StreamWriter(sock, reader, loop)


class Server:
    """What start_server returns: listening sockets that hand each connection to the callback."""

    def __init__(self, loop, sockets, on_accept):
        self._loop = loop
        self._sockets = sockets
        self._on_accept = on_accept
        self._serving = False
        self._closed = loop.create_future()
        self._forever = None

    def __repr__(self):
        return f'<Server sockets={tuple(self._sockets)!r}>'

    def get_loop(self):
        return self._loop

    @property
    def sockets(self):
        return tuple(self._sockets)

    def is_serving(self):
        return self._serving

    async def start_serving(self):
        self._start()
        await _sleep(0)

    def _start(self):
        if self._serving or not self._sockets:
            return
        self._serving = True
        for sock in self._sockets:
            self._loop.add_reader(sock, self._accept, sock)

    def _accept(self, listener):
        while True:
            try:
                conn, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self._loop.call_exception_handler({'message': 'socket.accept() out of system resource',
                                                   'exception': exc, 'socket': listener})
                return
            conn.setblocking(False)
            self._on_accept(conn, self)

    def close(self):
        if not self._sockets and not self._serving:
            return
        for sock in self._sockets:
            self._loop.remove_reader(sock)
            sock.close()
        self._sockets = []
        self._serving = False
        if self._forever is not None and not self._forever.done():
            self._forever.cancel()
        if not self._closed.done():
            self._closed.set_result(None)

    async def wait_closed(self):
        if self._sockets:
            await self._closed

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if not self._sockets:
            raise RuntimeError(f'server {self!r} is closed')
        self._start()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        finally:
            self.close()
            self._forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


def _listening_sockets(host, port, family, flags, backlog, reuse_address):
    sockets = []
    hosts = [host] if host is None or isinstance(host, str) else list(host)
    seen = set()
    for h in hosts:
        for fam, kind, proto, _, address in _socket.getaddrinfo(h, port, family, _socket.SOCK_STREAM, 0, flags):
            if (fam, address) in seen:
                continue
            seen.add((fam, address))
            s = _socket.socket(fam, kind, proto)
            if reuse_address is not False:
                s.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
            try:
                s.bind(address)
            except OSError as err:
                s.close()
                for other in sockets:
                    other.close()
                raise OSError(err.errno, f'error while attempting to bind on address {address!r}: '
                                         f'{err.strerror.lower()}') from None
            s.listen(backlog)
            s.setblocking(False)
            sockets.append(s)
    return sockets


async def _serve(loop, on_accept, host, port, family, flags, sock, backlog, reuse_address, start_serving):
    if sock is not None:
        sock.setblocking(False)
        sockets = [sock]
    else:
        sockets = _listening_sockets(host, port, family, flags, backlog, reuse_address)
    server = Server(loop, sockets, on_accept)
    if start_serving:
        server._start()
        await _sleep(0)
    return server


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, family=0,
                       flags=_socket.AI_PASSIVE, sock=None, backlog=100, ssl=None, reuse_address=None,
                       reuse_port=None, start_serving=True, **kwds):
    loop = get_running_loop()

    def on_accept(conn, server):
        reader = StreamReader(limit=limit, loop=loop)
        writer = StreamWriter(conn, reader, loop)
        result = client_connected_cb(reader, writer)
        if hasattr(type(result), '__await__') and hasattr(type(result), 'send'):
            loop.create_task(result)

    return await _serve(loop, on_accept, host, port, family, flags, sock, backlog, reuse_address, start_serving)
`;
