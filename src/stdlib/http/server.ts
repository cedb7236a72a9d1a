// http/server.ts — http.server as Python source: HTTPServer/ThreadingHTTPServer on socketserver, and
// BaseHTTPRequestHandler (request line and headers, do_<METHOD> dispatch, send_response/send_header/
// end_headers/send_error, the access log on stderr). Follows docs.python.org/3.11/library/http.server.html.

export const httpServerSource: string = String.raw`"""HTTP servers for gilpy (no file serving: SimpleHTTPRequestHandler is not provided)."""

import sys
import time
import socket
import socketserver
from http import HTTPStatus
from http.client import parse_headers, LineTooLong, HTTPException

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler"]

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"
DEFAULT_ERROR_MESSAGE = """<!DOCTYPE HTML>
<html lang="en">
    <head>
        <meta charset="utf-8">
        <title>Error response</title>
    </head>
    <body>
        <h1>Error response</h1>
        <p>Error code: %(code)d</p>
        <p>Message: %(message)s.</p>
        <p>Error code explanation: %(code)s - %(explain)s.</p>
    </body>
</html>
"""

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _escape_html(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HTTPServer(socketserver.TCPServer):
    allow_reuse_address = 1

    def server_bind(self):
        super().server_bind()
        self.server_name = socket.getfqdn(self.server_address[0])
        self.server_port = self.server_address[1]


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    daemon_threads = True


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses each request and calls do_GET, do_POST, ... of the subclass."""

    sys_version = "Python/%d.%d.%d" % sys.version_info[:3]
    server_version = "BaseHTTP/0.6"
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    responses = {int(s): (s.phrase, s.description) for s in HTTPStatus}

    def parse_request(self):
        """Splits the request line, checks the version, reads the headers; False after an error reply."""
        self.command = None
        version = self.default_request_version
        self.request_version = version
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            try:
                proto, _, digits = version.partition("/")
                major, minor = digits.split(".")
                if proto != "HTTP":
                    raise ValueError(version)
                number = (int(major), int(minor))
            except ValueError:
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED, "Invalid HTTP version (%s)" % version.split("/", 1)[1])
                return False
            self.request_version = version
        if not 2 <= len(words) <= 3:
            self.send_error(HTTPStatus.BAD_REQUEST, "Bad request syntax (%r)" % line)
            return False
        command, path = words[:2]
        if len(words) == 2:
            self.close_connection = True
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST, "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command = command
        self.path = path
        if self.path.startswith("//"):
            self.path = "/" + self.path.lstrip("/")
        try:
            self.headers = parse_headers(self.rfile)
        except LineTooLong as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Line too long", str(err))
            return False
        except HTTPException as err:
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Too many headers", str(err))
            return False
        connection = (self.headers.get("Connection") or "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and self.protocol_version >= "HTTP/1.1":
            self.close_connection = False
        return True

    def handle_one_request(self):
        try:
            self.raw_requestline = self.rfile.readline(65536 + 1)
            if len(self.raw_requestline) > 65536:  # longer than CPython accepts
                self.requestline = ""
                self.request_version = ""
                self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler = getattr(self, "do_" + self.command, None)
            if handler is None:
                self.send_error(HTTPStatus.NOT_IMPLEMENTED, "Unsupported method (%r)" % self.command)
                return
            handler()
            self.wfile.flush()
        except TimeoutError as err:
            self.log_error("Request timed out: %r", err)
            self.close_connection = True

    def handle(self):
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        try:
            short, long = self.responses[code]
        except KeyError:
            short, long = "???", "???"
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)  # the reason phrase is the message
        self.send_header("Connection", "close")
        body = None
        if code >= 200 and code not in (204, 205, 304):  # these replies carry no body
            page = self.error_message_format % {"code": code, "message": _escape_html(message), "explain": _escape_html(explain)}
            body = page.encode("UTF-8", "replace")
            for name, value in (("Content-Type", self.error_content_type), ("Content-Length", str(len(body)))):
                self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD" and body:
            self.wfile.write(body)

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        if self.request_version != "HTTP/0.9":
            if message is None:
                message = self.responses[code][0] if code in self.responses else ""
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(("%s %d %s\r\n" % (self.protocol_version, code, message)).encode("latin-1", "strict"))

    def send_header(self, keyword, value):
        if self.request_version != "HTTP/0.9":
            if not hasattr(self, "_headers_buffer"):
                self._headers_buffer = []
            self._headers_buffer.append(("%s: %s\r\n" % (keyword, value)).encode("latin-1", "strict"))
        if keyword.lower() == "connection":
            if value.lower() == "close":
                self.close_connection = True
            elif value.lower() == "keep-alive":
                self.close_connection = False

    def end_headers(self):
        if self.request_version != "HTTP/0.9":
            self._headers_buffer.append(b"\r\n")  # the blank line ending the headers
            self.flush_headers()

    def flush_headers(self):
        if hasattr(self, "_headers_buffer"):
            head = b"".join(self._headers_buffer)
            self.wfile.write(head)
            self._headers_buffer = []

    def log_request(self, code="-", size="-"):
        code = int(code) if isinstance(code, HTTPStatus) else code
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)  # errors go to the same stderr log

    def log_message(self, format, *args):
        sys.stderr.write("%s - - [%s] %s\n" % (self.address_string(), self.log_date_time_string(), format % args))

    def version_string(self):
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        if timestamp is None:
            timestamp = time.time()
        t = time.gmtime(timestamp)
        return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (_DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon], t.tm_year,
                                                      t.tm_hour, t.tm_min, t.tm_sec)

    def log_date_time_string(self):
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (t.tm_mday, _MONTHS[t.tm_mon], t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        return self.client_address[0]


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=ThreadingHTTPServer, protocol="HTTP/1.0", port=8000, bind=None):
    HandlerClass.protocol_version = protocol
    with ServerClass((bind or "", port), HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()
        print(f"Serving HTTP on {host} port {port} (http://{host}:{port}/) ...")
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            print("\nKeyboard interrupt received, exiting.")  # CPython's words
            sys.exit(0)
`;
