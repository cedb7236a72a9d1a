// socket.ts — the socket module as Python source: the socket class, AddressFamily/SocketKind enums,
// constants, makefile(), create_connection/create_server/socketpair, over the native _socket functions
// (_socket.ts), which own the file descriptors and park the calling thread when a call blocks.
// Behaviour follows docs.python.org/3.11/library/socket.html and what python3 3.11 prints on Linux.

export const socketSource: string = String.raw`"""Network sockets for gilpy: TCP through the host, socketpair() in memory."""

import _socket
import enum as _enum
from _socket import gaierror, herror, gethostname, gethostbyname, getdefaulttimeout, setdefaulttimeout

error = OSError
timeout = TimeoutError


class AddressFamily(_enum.IntEnum):
    AF_UNSPEC = 0
    AF_UNIX = 1
    AF_INET = 2
    AF_INET6 = 10


class SocketKind(_enum.IntEnum):
    SOCK_STREAM = 1
    SOCK_DGRAM = 2
    SOCK_RAW = 3
    SOCK_RDM = 4
    SOCK_SEQPACKET = 5


AF_UNSPEC = AddressFamily.AF_UNSPEC
AF_UNIX = AddressFamily.AF_UNIX
AF_INET = AddressFamily.AF_INET
AF_INET6 = AddressFamily.AF_INET6
SOCK_STREAM = SocketKind.SOCK_STREAM
SOCK_DGRAM = SocketKind.SOCK_DGRAM
SOCK_RAW = SocketKind.SOCK_RAW
SOCK_RDM = SocketKind.SOCK_RDM
SOCK_SEQPACKET = SocketKind.SOCK_SEQPACKET

SOL_SOCKET = 1
SO_DEBUG = 1
SO_REUSEADDR = 2
SO_TYPE = 3
SO_ERROR = 4
SO_DONTROUTE = 5
SO_BROADCAST = 6
SO_SNDBUF = 7
SO_RCVBUF = 8
SO_KEEPALIVE = 9
SO_LINGER = 13
SO_REUSEPORT = 15
SOL_TCP = 6
SOL_UDP = 17
IPPROTO_IP = 0
IPPROTO_TCP = 6
IPPROTO_UDP = 17
IPPROTO_IPV6 = 41
TCP_NODELAY = 1
TCP_KEEPIDLE = 4
TCP_KEEPINTVL = 5
TCP_KEEPCNT = 6
SHUT_RD = 0
SHUT_WR = 1
SHUT_RDWR = 2
SOMAXCONN = 4096
MSG_PEEK = 2
MSG_DONTWAIT = 64
MSG_WAITALL = 256
INADDR_ANY = 0
INADDR_LOOPBACK = 0x7f000001
AI_PASSIVE = 1
has_ipv6 = True
_GLOBAL_DEFAULT_TIMEOUT = object()  # create_connection's "timeout not given" marker


def _enum_or_int(value, enum_type):
    try:
        return enum_type(value)
    except ValueError:
        return value


def _inet_address(address, what):
    if not isinstance(address, (tuple,)):
        raise TypeError(f"{what}AF_INET address must be tuple, not {type(address).__name__}")
    if len(address) != 2:
        raise TypeError("AF_INET address must be a pair (host, port)")
    host, port = address
    if not isinstance(host, str):
        raise TypeError(f"str, bytes or bytearray expected, not {type(host).__name__}")
    if not isinstance(port, int):
        raise TypeError(f"'{type(port).__name__}' object cannot be interpreted as an integer")
    return host, port


class socket:
    """A network endpoint; blocking calls park only the calling thread."""

    __slots__ = ["__weakref__", "_fd", "_family", "_type", "_proto", "_closed", "_io_refs"]

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is not None:
            raise OSError("gilpy: socket.socket(fileno=...) is not supported")
        if family == -1:
            family = AF_INET
        if type == -1:
            type = SOCK_STREAM
        if proto == -1:
            proto = 0
        self._family = family
        self._type = type
        self._proto = proto
        self._fd = _socket._new(family, type, proto)
        self._closed = False
        self._io_refs = 0

    @classmethod
    def _from_fd(cls, fd, family, type, proto):
        sock = cls.__new__(cls)
        sock._family = family
        sock._type = type
        sock._proto = proto
        sock._fd = fd
        sock._closed = False
        sock._io_refs = 0
        return sock

    @property
    def family(self):
        return _enum_or_int(self._family, AddressFamily)

    @property
    def type(self):
        return _enum_or_int(self._type, SocketKind)

    @property
    def proto(self):
        return self._proto

    def fileno(self):
        return self._fd

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = self._fd < 0
        text = (f"<{self.__class__.__module__}.{self.__class__.__qualname__}{' [closed]' if closed else ''} "
                f"fd={self._fd}, family={int(self._family)}, type={int(self._type)}, proto={self._proto}")
        if not closed:
            state = _socket._fdstate(self._fd)
            if state is not None and self._family != AF_UNIX:
                laddr, raddr = state
                text += f", laddr={laddr if laddr is not None else ('0.0.0.0', 0)}"
                if raddr is not None:
                    text += f", raddr={raddr}"
        return text + ">"

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)

    def _check(self):
        if self._fd < 0:
            raise OSError(9, "Bad file descriptor")

    def close(self):
        self._closed = True
        if self._io_refs <= 0 and self._fd >= 0:
            _socket.close(self._fd)
            self._fd = -1

    def detach(self):
        fd = self._fd
        self._fd = -1
        self._closed = True
        return fd

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def bind(self, address):
        self._check()
        host, port = _inet_address(address, "bind(): ")
        _socket.bind(self._fd, host, port)

    def listen(self, backlog=128):
        self._check()
        _socket.listen(self._fd, backlog)

    def accept(self):
        self._check()
        fd, addr = _socket.accept(self._fd)
        conn = socket._from_fd(fd, self._family, self._type, self._proto)
        # an accepted socket blocks unless a default timeout was set (listener timeouts are not inherited)
        if self.gettimeout() and getdefaulttimeout() is None:
            conn.setblocking(True)
        return conn, addr

    def connect(self, address):
        self._check()
        host, port = _inet_address(address, "")
        _socket.connect(self._fd, host, port, False)

    def connect_ex(self, address):
        self._check()
        host, port = _inet_address(address, "")
        return _socket.connect(self._fd, host, port, True)

    def recv(self, bufsize, flags=0):
        self._check()
        return _socket.recv(self._fd, bufsize)

    def recv_into(self, buffer, nbytes=0, flags=0):
        data = self.recv(nbytes or len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def recvfrom(self, bufsize, flags=0):
        self._check()
        return _socket.recvfrom(self._fd, bufsize)

    def sendto(self, data, flags_or_address, address=None):
        self._check()
        if address is None:
            address = flags_or_address
        host, port = _inet_address(address, "")
        return _socket.sendto(self._fd, data, host, port)

    def send(self, data, flags=0):
        self._check()
        return _socket.send(self._fd, data)

    def sendall(self, data, flags=0):
        self._check()
        _socket.send(self._fd, data)
        return None

    def shutdown(self, how):
        self._check()
        _socket.shutdown(self._fd, how)

    def settimeout(self, value):
        self._check()
        _socket.settimeout(self._fd, value)

    def gettimeout(self):
        self._check()
        return _socket.gettimeout(self._fd)

    def setblocking(self, flag):
        self.settimeout(None if flag else 0.0)

    def getblocking(self):
        return self.gettimeout() != 0.0

    def getsockname(self):
        self._check()
        return _socket.getsockname(self._fd)

    def getpeername(self):
        self._check()
        return _socket.getpeername(self._fd)

    def setsockopt(self, level, optname, value, optlen=None):
        self._check()
        _socket.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None):
        self._check()
        return _socket.getsockopt(self._fd, level, optname)

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        for c in mode:
            if c not in {"r", "w", "b"}:
                raise ValueError(f"invalid mode {mode!r} (only r, w, b allowed)")
        binary = "b" in mode
        self._io_refs += 1
        stream = _SocketFile(self, "r" in mode, "w" in mode)
        if binary:
            return stream
        return _TextSocketFile(stream, encoding or "utf-8", errors or "strict", newline)


SocketType = socket


class _SocketFile:
    """A buffered binary file over a socket (what makefile('rb') / makefile('wb') return)."""

    def __init__(self, sock, reading, writing):
        self._sock = sock
        self._reading = reading
        self._writing = writing
        self._buf = b""
        self._eof = False
        self.closed = False
        self.mode = ("r" if reading else "") + ("w" if writing else "") + "b"

    def readable(self):
        return self._reading

    def writable(self):
        return self._writing

    def fileno(self):
        return self._sock.fileno()

    def _fill(self):
        if self._eof:
            return False
        chunk = self._sock.recv(65536)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def read(self, size=-1):
        if size is None or size < 0:
            while self._fill():
                pass
            data, self._buf = self._buf, b""
            return data
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def read1(self, size=-1):
        if not self._buf:
            self._fill()
        if size is None or size < 0:
            size = len(self._buf)
        data, self._buf = self._buf[:size], self._buf[size:]
        return data

    def peek(self, size=0):
        if not self._buf:
            self._fill()
        return self._buf

    def readline(self, size=-1):
        while True:
            i = self._buf.find(b"\n")
            if i >= 0 and (size is None or size < 0 or i < size):
                data, self._buf = self._buf[:i + 1], self._buf[i + 1:]
                return data
            if size is not None and 0 <= size <= len(self._buf):
                data, self._buf = self._buf[:size], self._buf[size:]
                return data
            if not self._fill():
                data, self._buf = self._buf, b""
                return data

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        self._sock.sendall(data)
        return len(data)

    def flush(self):
        pass

    def close(self):
        if not self.closed:
            self.closed = True
            self._sock._decref_socketios()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _TextSocketFile:
    """makefile() in text mode: str in and out, decoded with the given encoding."""

    def __init__(self, raw, encoding, errors, newline):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors

    @property
    def closed(self):
        return self.buffer.closed

    def read(self, size=-1):
        return self.buffer.read(size).decode(self.encoding, self.errors)

    def readline(self, size=-1):
        return self.buffer.readline(size).decode(self.encoding, self.errors)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(text)

    def flush(self):
        pass

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets that never leave the interpreter (they work in the browser too)."""
    if family is None:
        family = AF_UNIX
    first, second = _socket.socketpair(family, type, proto)
    return (socket._from_fd(first, family, type, proto), socket._from_fd(second, family, type, proto))


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects a TCP socket to (host, port), trying the host's addresses in turn."""
    host, port = address
    sock = socket(AF_INET, SOCK_STREAM)
    try:
        if timeout is _GLOBAL_DEFAULT_TIMEOUT:
            pass
        else:
            sock.settimeout(timeout)
        if source_address:
            sock.bind(source_address)
        sock.connect((host, port))
        return sock
    except BaseException as exc:
        sock.close()
        raise exc


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address, with SO_REUSEADDR set as on POSIX CPython."""
    listener = socket(family, SOCK_STREAM)
    try:
        listener.setsockopt(SOL_SOCKET, SO_REUSEADDR, True)
        listener.bind(address)
        listener.listen(*(() if backlog is None else (backlog,)))
        return listener
    except BaseException:
        listener.close()
        raise


def has_dualstack_ipv6():
    return False


def getfqdn(name=""):
    return name or gethostname()


def gethostbyname_ex(name):
    addr = gethostbyname(name)
    return (name, [], [addr])


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """IPv4 addresses only (gilpy's sockets are IPv4); host None means any address with AI_PASSIVE."""
    if host is None:
        addr = "0.0.0.0" if flags & AI_PASSIVE else "127.0.0.1"
    else:
        addr = gethostbyname(host.decode() if isinstance(host, bytes) else host)
    if isinstance(port, (str, bytes)):
        port = int(port)
    kinds = [type] if type else [SOCK_STREAM, SOCK_DGRAM, SOCK_RAW]
    protos = {SOCK_STREAM: 6, SOCK_DGRAM: 17, SOCK_RAW: 0}
    return [(AF_INET, _enum_or_int(k, SocketKind), proto or protos.get(k, 0), "", (addr, port or 0)) for k in kinds]


def inet_aton(ip):
    parts = ip.split(".")
    if len(parts) != 4 or not all(p.isdigit() and int(p) < 256 for p in parts):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(int(p) for p in parts)


def inet_ntoa(packed):
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return ".".join(str(b) for b in packed)


def htons(x):
    return ((x & 0xff) << 8) | ((x >> 8) & 0xff)


ntohs = htons


def htonl(x):
    return int.from_bytes(x.to_bytes(4, "little"), "big")


ntohl = htonl
`;
