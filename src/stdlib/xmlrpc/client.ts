// xmlrpc/client.ts — xmlrpc.client as Python source: marshalling to and from XML-RPC (dumps/loads with a
// small XML reader of gilpy's own), Fault/ProtocolError, Binary/DateTime, Transport on http.client, and
// ServerProxy. Behaviour follows docs.python.org/3.11/library/xmlrpc.client.html and python3 3.11's output.

export const xmlrpcClientSource: string = String.raw`"""XML-RPC client for gilpy: call functions of an XML-RPC server as if they were local."""

import re
import time
import http.client
from datetime import datetime

__all__ = ["Error", "ProtocolError", "ResponseError", "Fault", "Binary", "DateTime", "Boolean", "ServerProxy",
           "Server", "Transport", "dumps", "loads", "MAXINT", "MININT", "MultiCall"]

MAXINT = 2 ** 31 - 1
MININT = -2 ** 31
PARSE_ERROR = -32700
SERVER_ERROR = -32600
APPLICATION_ERROR = -32500
SYSTEM_ERROR = -32400
TRANSPORT_ERROR = -32300
NOT_WELLFORMED_ERROR = -32700
UNSUPPORTED_ENCODING = -32701
INVALID_ENCODING_CHAR = -32702
INVALID_XMLRPC = -32600
METHOD_NOT_FOUND = -32601
INVALID_METHOD_PARAMS = -32602
INTERNAL_ERROR = -32603

Boolean = bool


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Error(Exception):
    """Base class of this module's errors."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The server answered with an HTTP status other than 200."""

    def __init__(self, url, errcode, errmsg, headers):
        Error.__init__(self)
        self.url = url
        self.errcode = errcode
        self.errmsg = errmsg
        self.headers = headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (self.__class__.__name__, self.url, self.errcode, self.errmsg)


class ResponseError(Error):
    pass


class Fault(Error):
    """An error reported by the remote procedure (faultCode, faultString)."""

    def __init__(self, faultCode, faultString, **extra):
        Error.__init__(self)
        self.faultCode = faultCode
        self.faultString = faultString

    def __repr__(self):
        return "<%s %s: %r>" % (self.__class__.__name__, self.faultCode, self.faultString)


# ---- base64 (the XML-RPC <base64> type) ----

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _b64encode(data):
    out = []
    for start in range(0, len(data), 3):
        group = data[start:start + 3]
        n = int.from_bytes(group + b"\0" * (3 - len(group)), "big")
        chars = [_B64[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(group) < 3:
            chars[len(group) + 1:] = "=" * (3 - len(group))
        out.append("".join(chars))
    text = "".join(out)
    return "".join(text[i:i + 76] + "\n" for i in range(0, len(text), 76))


def _b64decode(text):
    digits = [c for c in text if c in _B64_VALUE]
    out = bytearray()
    for start in range(0, len(digits), 4):
        group = digits[start:start + 4]
        n = 0
        for c in group:
            n = (n << 6) | _B64_VALUE[c]
        n <<= 6 * (4 - len(group))
        out += n.to_bytes(3, "big")[:max(0, len(group) - 1)]
    return bytes(out)


class Binary:
    """Bytes sent as <base64>."""

    def __init__(self, data=None):
        if data is None:
            data = b""
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError("expected bytes or bytearray, not %s" % data.__class__.__name__)
        self.data = bytes(data)

    def __str__(self):
        return str(self.data, "latin-1")

    def __eq__(self, other):
        if isinstance(other, Binary):
            other = other.data
        return self.data == other

    def decode(self, data):
        self.data = _b64decode(data.decode("ascii") if isinstance(data, bytes) else data)

    def encode(self, out):
        out.write("<value><base64>\n%s</base64></value>\n" % _b64encode(self.data))


_ISO_FORMAT = "%Y%m%dT%H:%M:%S"


class DateTime:
    """A date and time sent as <dateTime.iso8601> (YYYYMMDDTHH:MM:SS)."""

    def __init__(self, value=0):
        if isinstance(value, str):
            self.value = value
        elif isinstance(value, datetime):
            self.value = value.strftime(_ISO_FORMAT)
        else:
            if isinstance(value, (int, float)):
                value = time.localtime(value or time.time())
            self.value = "%04d%02d%02dT%02d:%02d:%02d" % tuple(value[:6])

    def __str__(self):
        return self.value

    def __repr__(self):
        return "<%s %r at 0x%x>" % (type(self).__name__, self.value, id(self))

    def __eq__(self, other):
        return str(self) == str(other)

    def timetuple(self):
        return time.strptime(self.value, _ISO_FORMAT)

    def decode(self, data):
        self.value = str(data).strip()

    def encode(self, out):
        out.write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n" % self.value)


# ---- writing ----

class Marshaller:
    """Writes Python values as XML-RPC <value> elements."""

    def __init__(self, encoding=None, allow_none=False):
        self.encoding = encoding
        self.allow_none = allow_none
        self._seen = set()

    def dumps(self, values):
        out = []
        self._write = out.append
        if isinstance(values, Fault):
            self._write("<fault>\n")
            self._value({"faultCode": values.faultCode, "faultString": values.faultString})
            self._write("</fault>\n")
        else:
            self._write("<params>\n")
            for v in values:
                self._write("<param>\n")
                self._value(v)
                self._write("</param>\n")
            self._write("</params>\n")
        return "".join(out)

    def _value(self, value):
        write = self._write
        if value is None:
            if not self.allow_none:
                raise TypeError("cannot marshal None unless allow_none is enabled")
            write("<value><nil/></value>")
        elif value is True or value is False:
            write("<value><boolean>%d</boolean></value>\n" % value)
        elif isinstance(value, int):
            if not MININT <= value <= MAXINT:
                raise OverflowError("int exceeds XML-RPC limits")
            write("<value><int>%d</int></value>\n" % value)
        elif isinstance(value, float):
            write("<value><double>%r</double></value>\n" % value)
        elif isinstance(value, str):
            write("<value><string>%s</string></value>\n" % escape(value))
        elif isinstance(value, bytes) or isinstance(value, bytearray):
            Binary(value).encode(_Sink(write))
        elif isinstance(value, list) or isinstance(value, tuple):
            self._container(value, self._array)
        elif isinstance(value, dict):
            self._container(value, self._struct)
        elif isinstance(value, datetime):
            DateTime(value).encode(_Sink(write))
        elif isinstance(value, (Binary, DateTime)):
            value.encode(_Sink(write))
        elif hasattr(value, "__dict__"):
            self._container(vars(value), self._struct)
        else:
            raise TypeError("cannot marshal %s objects" % type(value))

    def _container(self, value, writer):
        key = id(value)
        if key in self._seen:
            raise TypeError("cannot marshal recursive %s" % ("sequences" if writer == self._array else "dictionaries"))
        self._seen.add(key)
        writer(value)
        self._seen.discard(key)

    def _array(self, items):
        self._write("<value><array><data>\n")
        for item in items:
            self._value(item)
        self._write("</data></array></value>\n")

    def _struct(self, mapping):
        self._write("<value><struct>\n")
        for key, item in mapping.items():
            if not isinstance(key, str):
                raise TypeError("dictionary key must be string")
            self._write("<member>\n<name>%s</name>\n" % escape(key))
            self._value(item)
            self._write("</member>\n")
        self._write("</struct></value>\n")


class _Sink:
    def __init__(self, write):
        self.write = write


def dumps(params, methodname=None, methodresponse=None, encoding=None, allow_none=False):
    """An XML-RPC request (methodname given), response (methodresponse) or fault, as a str."""
    if not isinstance(params, (tuple, Fault)):
        raise AssertionError("argument must be tuple or Fault instance")  # an assert in CPython
    if isinstance(params, Fault):
        methodresponse = 1
    elif methodresponse and len(params) != 1:
        raise ValueError("response tuple must be a singleton")
    encoding = encoding or "utf-8"
    body = Marshaller(encoding, allow_none).dumps(params)
    head = "<?xml version='1.0'?>\n" if encoding == "utf-8" else "<?xml version='1.0' encoding='%s'?>\n" % encoding
    if methodname is not None:
        return "%s<methodCall>\n<methodName>%s</methodName>\n%s</methodCall>\n" % (head, escape(methodname), body)
    if methodresponse:
        return "%s<methodResponse>\n%s</methodResponse>\n" % (head, body)
    return body


# ---- reading ----

_TOKEN = re.compile(r"<\?.*?\?>|<!--.*?-->|<!\[CDATA\[(.*?)\]\]>|<(/?)([A-Za-z_][\w.:-]*)[^>]*?(/?)>|([^<]+)", re.S)
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


def _unescape(text):
    def one(m):
        name = m.group(1)
        if name.startswith("#x"):
            return chr(int(name[2:], 16))
        if name.startswith("#"):
            return chr(int(name[1:]))
        return _NAMED[name]
    return _ENTITY.sub(one, text)


class _Element:
    __slots__ = ("tag", "children", "text")

    def __init__(self, tag):
        self.tag = tag
        self.children = []
        self.text = ""


def _parse_xml(text):
    root = _Element(None)
    stack = [root]
    for m in _TOKEN.finditer(text):
        cdata, closing, tag, empty, chars = m.groups()
        if tag is not None:
            if closing:
                if len(stack) < 2 or stack[-1].tag != tag:
                    raise ResponseError("malformed XML: unexpected </%s>" % tag)
                stack.pop()
            else:
                element = _Element(tag)
                stack[-1].children.append(element)
                if not empty:
                    stack.append(element)
        elif chars is not None:
            stack[-1].text += _unescape(chars)
        elif cdata is not None:
            stack[-1].text += cdata
    if len(stack) != 1 or len(root.children) != 1:
        raise ResponseError("malformed XML-RPC document")
    return root.children[0]


class Unmarshaller:
    """Turns a parsed XML-RPC document into Python values."""

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._dates_as_datetime = bool(use_datetime or use_builtin_types)
        self._base64_as_bytes = bool(use_builtin_types)

    def value(self, element):
        if not element.children:
            return element.text
        typed = element.children[0]
        kind = typed.tag
        text = typed.text
        if kind in ("int", "i1", "i2", "i4", "i8", "biginteger"):
            return int(text.strip())
        if kind == "boolean":
            if text.strip() == "0":
                return False
            if text.strip() == "1":
                return True
            raise TypeError("bad boolean value")
        if kind in ("double", "float", "bigdecimal"):
            return float(text.strip())
        if kind == "string":
            return text
        if kind == "nil":
            return None
        if kind == "array":
            data = typed.children[0] if typed.children else _Element("data")
            return [self.value(v) for v in data.children if v.tag == "value"]
        if kind == "struct":
            result = {}
            for member in typed.children:
                name = value = None
                for part in member.children:
                    if part.tag == "name":
                        name = part.text
                    elif part.tag == "value":
                        value = self.value(part)
                result[name] = value
            return result
        if kind == "base64":
            data = _b64decode(text)
            return data if self._base64_as_bytes else Binary(data)
        if kind == "dateTime.iso8601":
            if self._dates_as_datetime:
                return datetime.strptime(text.strip(), _ISO_FORMAT)
            return DateTime(text.strip())
        raise ResponseError("unknown tag %r" % kind)

    def document(self, root):
        method = None
        params = ()
        if root.tag == "methodCall":
            for part in root.children:
                if part.tag == "methodName":
                    method = part.text
                elif part.tag == "params":
                    params = tuple(self.value(p.children[0]) for p in part.children if p.children)
            return params, method
        if root.tag == "methodResponse":
            for part in root.children:
                if part.tag == "fault":
                    raise Fault(**self.value(part.children[0]))
                if part.tag == "params":
                    params = tuple(self.value(p.children[0]) for p in part.children if p.children)
            return params, None
        raise ResponseError("unexpected XML-RPC element %r" % root.tag)


def loads(data, use_datetime=False, use_builtin_types=False):
    """(params, methodname) of an XML-RPC request or response; a fault response raises Fault."""
    if not isinstance(data, str):
        data = bytes(data).decode("utf-8")
    return Unmarshaller(use_datetime, use_builtin_types).document(_parse_xml(data))


# ---- transport and proxy ----

class Transport:
    """Sends requests with http.client, keeping one connection per host."""

    user_agent = "Python-xmlrpc/3.11"
    accept_gzip_encoding = False
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False, *, headers=()):
        self._use_datetime, self._use_builtin_types = use_datetime, use_builtin_types
        self._connection = None, None  # (host, HTTPConnection) of the last request
        self._headers = list(headers)
        self._extra_headers = []

    def request(self, host, handler, request_body, verbose=False):
        # A kept-alive connection may have been closed by the server meanwhile: retry once on a new one.
        for retry in (False, True):
            try:
                return self.single_request(host, handler, request_body, verbose)
            except (ConnectionResetError, ConnectionAbortedError, BrokenPipeError):
                if retry:
                    raise

    def single_request(self, host, handler, request_body, verbose=False):
        try:
            conn = self.send_request(host, handler, request_body, verbose)
            resp = conn.getresponse()
            if resp.status == 200:
                self.verbose = verbose
                result = self.parse_response(resp)
                return result
        except Fault:
            raise
        except Exception:
            self.close()
            raise
        if resp.getheader("content-length"):
            resp.read()  # drain the error page so the connection can be reused
        raise ProtocolError(host + handler, resp.status, resp.reason, dict(resp.getheaders()))

    def getparser(self):
        raise NotImplementedError("gilpy's xmlrpc reads whole responses with loads()")

    def get_host_info(self, host):
        return host, [], {}

    def make_connection(self, host):
        cached_host, cached = self._connection
        if cached is not None and cached_host == host:
            return cached
        address, self._extra_headers, _ = self.get_host_info(host)
        conn = http.client.HTTPConnection(address)
        self._connection = host, conn
        return conn

    def close(self):
        conn = self._connection[1]
        self._connection = None, None
        if conn is not None:
            conn.close()

    def send_request(self, host, handler, request_body, debug):
        conn = self.make_connection(host)
        if debug:
            conn.set_debuglevel(1)
        conn.putrequest("POST", handler, skip_accept_encoding=True)
        fields = [*self._headers, *self._extra_headers, ("Content-Type", "text/xml"), ("User-Agent", self.user_agent)]
        self.send_headers(conn, fields)
        self.send_content(conn, request_body)
        return conn

    def send_headers(self, connection, headers):
        for key, val in headers:
            connection.putheader(key, val)

    def send_content(self, connection, request_body):
        connection.putheader("Content-Length", "%d" % len(request_body))
        connection.endheaders(request_body)  # headers and body in one send

    def parse_response(self, response):
        data = response.read()
        if getattr(self, "verbose", False):
            print("body:", repr(data))
        params, _ = loads(data, self._use_datetime, self._use_builtin_types)
        return params


class SafeTransport(Transport):
    def make_connection(self, host):
        raise OSError("gilpy: https is not supported")


class _Method:
    """A remote method name; attribute access adds dotted parts (proxy.system.listMethods)."""

    def __init__(self, send, name):
        self.__send = send
        self.__name = name

    def __getattr__(self, name):
        return _Method(self.__send, self.__name + "." + name)

    def __call__(self, *args):
        send = self.__send
        return send(self.__name, args)


def _split_uri(uri):
    scheme, sep, rest = uri.partition("://")
    if not sep:
        scheme, rest = "", uri
    host, slash, path = rest.partition("/")
    return scheme.lower(), host, slash + path


class ServerProxy:
    """Calls the methods of an XML-RPC server: proxy.add(2, 3)."""

    def __init__(self, uri, transport=None, encoding=None, verbose=False, allow_none=False, use_datetime=False,
                 use_builtin_types=False, *, headers=(), context=None):
        scheme, host, handler = _split_uri(uri)
        if scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        self.__host = host
        self.__handler = handler or "/RPC2"
        if transport is None:
            handler_class = SafeTransport if scheme == "https" else Transport
            transport = handler_class(use_datetime=use_datetime, use_builtin_types=use_builtin_types, headers=headers)
        self.__transport = transport
        self.__encoding = encoding or "utf-8"
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __close(self):
        self.__transport.close()

    def __request(self, methodname, params):
        body = dumps(params, methodname, encoding=self.__encoding, allow_none=self.__allow_none)
        body = body.encode(self.__encoding, "xmlcharrefreplace")
        response = self.__transport.request(self.__host, self.__handler, body, verbose=self.__verbose)
        if len(response) == 1:
            response = response[0]
        return response

    def __repr__(self):
        return "<%s for %s%s>" % (self.__class__.__name__, self.__host, self.__handler)

    def __getattr__(self, name):
        return _Method(self.__request, name)  # proxy.add is the remote method "add"

    def __call__(self, attr):
        if attr == "close":
            return self.__close
        if attr == "transport":
            return self.__transport
        raise AttributeError("Attribute %r not found" % (attr,))  # CPython's message

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.__close()


Server = ServerProxy


class MultiCallIterator:
    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        item = self.results[i]
        if isinstance(item, dict):
            raise Fault(item["faultCode"], item["faultString"])
        if isinstance(item, list):
            return item[0]
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Collects calls and sends them together through system.multicall."""

    def __init__(self, server):
        self.__server = server
        self.__calls = []

    def __getattr__(self, name):
        return _Method(lambda method, params: self.__calls.append((method, params)), name)

    def __call__(self):
        batch = [{"methodName": name, "params": params} for name, params in self.__calls]
        return MultiCallIterator(self.__server.system.multicall(batch))
`;
