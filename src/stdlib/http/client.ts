// http/client.ts — http.client as Python source: HTTPConnection (request/putrequest/putheader/endheaders,
// getresponse) and HTTPResponse (status line, headers, Content-Length and chunked bodies) over gilpy's
// socket module, with the exception classes of docs.python.org/3.11/library/http.client.html.

export const httpClientSource: string = String.raw`"""HTTP/1.1 client connections for gilpy."""

import socket
from http import HTTPStatus

__all__ = ["HTTPResponse", "HTTPConnection", "HTTPSConnection", "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode", "IncompleteRead", "InvalidURL",
           "ImproperConnectionState", "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error", "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443
_MAXLINE = 65536
_MAXHEADERS = 100

responses = {int(status): status.phrase for status in HTTPStatus}
globals().update({status.name: status for status in HTTPStatus})


class HTTPException(Exception):
    pass


error = HTTPException


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = (version,)
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = (partial,)
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        extra = "" if self.expected is None else ", %i more expected" % self.expected
        return "%s(%i bytes read%s)" % (type(self).__name__, len(self.partial), extra)

    __str__ = object.__str__


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = (line,)
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s" % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *args, **kwargs):
        # both bases initialise: the line is empty, the message is the ConnectionResetError's
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


class HTTPMessage:
    """Header fields in arrival order; names compare without regard to case."""

    def __init__(self):
        self._fields = []

    def add(self, name, value):
        self._fields.append((name, value))

    def get(self, name, failobj=None):
        wanted = name.lower()
        for key, value in self._fields:
            if key.lower() == wanted:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        wanted = name.lower()
        found = [value for key, value in self._fields if key.lower() == wanted]
        return found or failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return any(key.lower() == name.lower() for key, _ in self._fields)

    def __len__(self):
        return len(self._fields)

    def __iter__(self):
        return iter([key for key, _ in self._fields])

    def keys(self):
        return [key for key, _ in self._fields]

    def values(self):
        return [value for _, value in self._fields]

    def items(self):
        return list(self._fields)

    def __str__(self):
        return "".join("%s: %s\n" % field for field in self._fields) + "\n"


def parse_headers(fp):
    """Reads header lines up to the blank line into an HTTPMessage."""
    message = HTTPMessage()
    count = 0
    while True:
        raw = fp.readline(_MAXLINE + 1)
        if len(raw) > _MAXLINE:
            raise LineTooLong("header line")
        if raw in (b"\r\n", b"\n", b""):
            return message
        count += 1
        if count > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        text = raw.decode("iso-8859-1").rstrip("\r\n")
        if text[:1] in (" ", "\t") and message._fields:
            name, value = message._fields[-1]
            message._fields[-1] = (name, value + " " + text.strip())
            continue
        name, _, value = text.partition(":")
        message.add(name.strip(), value.strip())


class HTTPResponse:
    """A server's answer: status, reason, headers, and the body through read()."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = None
        self.chunked = False
        self.length = None
        self.will_close = True

    def _read_status(self):
        first = self.fp.readline(_MAXLINE + 1)
        if len(first) > _MAXLINE:
            raise LineTooLong("status line")
        if not first:
            raise RemoteDisconnected("Remote end closed connection without response")
        text = first.decode("iso-8859-1")
        parts = text.split(None, 2)
        if len(parts) < 2 or not parts[0].startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(text)
        version, status = parts[0], parts[1]
        reason = parts[2].strip() if len(parts) > 2 else ""
        if len(status) != 3 or not status.isdigit():
            raise BadStatusLine(text)
        return version, int(status), reason

    def begin(self):
        if self.headers is not None:
            return
        while True:
            proto, status, reason = self._read_status()
            if status != 100:
                break
            parse_headers(self.fp)  # skip a "100 Continue" and its headers
        self.status = self.code = status
        self.reason = reason
        if proto.startswith("HTTP/1.") and proto != "HTTP/1.0":
            self.version = 11
        elif proto in ("HTTP/0.9", "HTTP/1.0"):
            self.version = 10
        else:
            raise UnknownProtocol(proto)
        self.msg = self.headers = parse_headers(self.fp)
        self.chunked = (self.headers.get("transfer-encoding") or "").lower() == "chunked"
        connection = (self.headers.get("connection") or "").lower()
        if self.version == 11:
            self.will_close = "close" in connection
        else:
            self.will_close = "keep-alive" not in connection and self.headers.get("keep-alive") is None
        declared = self.headers.get("content-length")
        self.length = None
        if declared is not None and not self.chunked:
            try:
                self.length = max(0, int(declared))
            except ValueError:
                self.length = None
        if status in (204, 304) or 100 <= status < 200 or self._method == "HEAD":
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _close_conn(self):
        fp, self.fp = self.fp, None
        if fp is not None:
            fp.close()

    def close(self):
        self._closed = True  # closed means close() was called; the body's end only releases the connection
        self._close_conn()

    @property
    def closed(self):
        return getattr(self, "_closed", False)

    def isclosed(self):
        return self.fp is None

    def readable(self):
        return True

    def _read_chunked(self):
        pieces = []
        while True:
            size_line = self.fp.readline(_MAXLINE + 1)
            size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
            if size == 0:
                while self.fp.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(pieces)
            pieces.append(self._read_exact(size))
            self.fp.readline()

    def _read_exact(self, size):
        data = self.fp.read(size)
        if len(data) < size:
            raise IncompleteRead(data, size - len(data))
        return data

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if self.chunked:
            data = self._read_chunked()
            self._close_conn()
            return data
        if self.length is None:
            data = self.fp.read() if amt is None else self.fp.read(amt)
            if amt is None or not data:
                self._close_conn()
            return data
        want = self.length if amt is None else min(amt, self.length)
        data = self._read_exact(want)
        self.length -= len(data)
        if self.length == 0:
            self._close_conn()
        return data

    def getheader(self, name, default=None):
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name)
        return ", ".join(values) if values else default

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers.items()

    def getcode(self):
        return self.status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class HTTPConnection:
    """One connection to an HTTP server; it opens on the first request."""

    _http_vsn = 11
    _http_vsn_str = "HTTP/1.1"
    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 blocksize=8192):
        self.timeout = timeout
        self.source_address, self.blocksize = source_address, blocksize
        self.sock = None
        self._buffer = []
        self._response = None
        self._request_open = False
        self._method = None
        self.host, self.port = self._get_hostport(host, port)
        self._create_connection = socket.create_connection  # tests may replace it

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(":")
            bracket = host.rfind("]")
            if colon > bracket:
                digits = host[colon + 1:]
                if digits == "":
                    port = self.default_port
                elif digits.isdigit():
                    port = int(digits)
                else:
                    raise InvalidURL("nonnumeric port: '%s'" % digits)
                host = host[:colon]
            else:
                port = self.default_port
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def connect(self):
        self.sock = self._create_connection((self.host, self.port), self.timeout, self.source_address)

    def close(self):
        sock, self.sock = self.sock, None
        self._request_open = False
        if sock is not None:
            sock.close()
        response, self._response = self._response, None
        if response is not None:
            response.close()

    def send(self, data):
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if hasattr(data, "read"):
            while True:
                block = data.read(self.blocksize)
                if not block:
                    break
                if isinstance(block, str):
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        if isinstance(data, str):
            data = data.encode("iso-8859-1")
        self.sock.sendall(data)

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if self._request_open or self._response is not None:
            raise CannotSendRequest("Request-sent")
        self._request_open = True
        self._method = method
        url = url or "/"
        self._buffer = [("%s %s %s" % (method, url, self._http_vsn_str)).encode("ascii")]
        if not skip_host:
            host = self.host if ":" not in self.host else "[%s]" % self.host
            self.putheader("Host", host if self.port == self.default_port else "%s:%s" % (host, self.port))
        if not skip_accept_encoding:
            self.putheader("Accept-Encoding", "identity")

    def putheader(self, header, *values):
        if not self._request_open:
            raise CannotSendHeader()
        if isinstance(header, str):
            header = header.encode("ascii")
        parts = []
        for value in values:
            if isinstance(value, str):
                value = value.encode("latin-1")
            elif isinstance(value, int):
                value = str(value).encode("ascii")
            parts.append(value)
        self._buffer.append(header + b": " + b"\r\n\t".join(parts))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        if not self._request_open:
            raise CannotSendHeader()
        self._send_output(message_body)

    def _send_output(self, message_body=None):
        head = b"\r\n".join(self._buffer) + b"\r\n\r\n"
        self._buffer = []
        if isinstance(message_body, bytes):
            self.send(head + message_body)
            return
        self.send(head)
        if message_body is not None:
            self.send(message_body.encode("utf-8") if isinstance(message_body, str) else message_body)

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        names = {name.lower() for name in headers}
        self.putrequest(method, url, skip_host="host" in names, skip_accept_encoding="accept-encoding" in names)
        if isinstance(body, str):
            body = body.encode("iso-8859-1")
        if "content-length" not in names and "transfer-encoding" not in names:
            if body is not None and not hasattr(body, "read"):
                self.putheader("Content-Length", str(len(body)))
            elif body is None and method.upper() in ("PATCH", "POST", "PUT"):
                self.putheader("Content-Length", "0")
        for name, value in headers.items():
            self.putheader(name, value)
        self.endheaders(body)

    def getresponse(self):
        if self._response is not None and self._response.isclosed():
            self._response = None
        if not self._request_open or self._response is not None:
            raise ResponseNotReady("Request-sent" if self._request_open else "Idle")
        response = self.response_class(self.sock, method=self._method)  # reads through its own file
        try:
            response.begin()
        except ConnectionError:
            self.close()
            raise
        self._request_open = False
        if response.will_close:
            self.sock.close()
            self.sock = None
        else:
            self._response = response
        return response


class HTTPSConnection(HTTPConnection):
    """HTTP over TLS: gilpy has no TLS, so connecting fails with a clear OSError."""

    default_port = HTTPS_PORT

    def __init__(self, host, port=None, *, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None,
                 context=None, blocksize=8192, **kwargs):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)

    def connect(self):
        raise OSError("gilpy: https (TLS) connections are not supported")
`;
