// socketserver.ts — the socketserver module as Python source: BaseServer/TCPServer with serve_forever on
// select.select, ThreadingMixIn, and the request-handler base classes, over gilpy's socket module.
// Behaviour follows docs.python.org/3.11/library/socketserver.html; written for gilpy, not copied.

export const socketserverSource: string = String.raw`"""Frameworks for network servers (gilpy): TCP servers, one request handler per connection."""

import socket
import select
import sys
import threading

__all__ = ["BaseServer", "TCPServer", "UDPServer", "ThreadingMixIn", "ThreadingTCPServer", "ThreadingUDPServer",
           "BaseRequestHandler", "StreamRequestHandler", "DatagramRequestHandler"]


class BaseServer:
    """Accepts requests one at a time and hands each to a new RequestHandlerClass instance."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        self.server_address, self.RequestHandlerClass = server_address, RequestHandlerClass
        self._stopped = threading.Event()
        self._stop_wanted = False

    def server_activate(self):
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handles requests until shutdown(); checks for it every poll_interval seconds."""
        self._stopped.clear()
        try:
            while not self._stop_wanted:
                readable, _, _ = select.select([self], [], [], poll_interval)
                if self._stop_wanted:
                    break
                if readable:
                    self._handle_request_noblock()
                self.service_actions()
        finally:
            self._stop_wanted = False
            self._stopped.set()

    def shutdown(self):
        """Stops serve_forever (called from another thread) and waits until it has stopped."""
        self._stop_wanted = True
        self._stopped.wait()

    def service_actions(self):
        pass

    def handle_request(self):
        """Handles one request, waiting at most self.timeout seconds for it."""
        wait = self.socket.gettimeout()
        if wait is None:
            wait = self.timeout
        elif self.timeout is not None:
            wait = min(wait, self.timeout)
        readable, _, _ = select.select([self], [], [], wait)
        if not readable:
            self.handle_timeout()
        else:
            self._handle_request_noblock()

    def _handle_request_noblock(self):
        try:
            conn, peer = self.get_request()
        except OSError:
            return  # the client gave up between select() and accept()
        if not self.verify_request(conn, peer):
            self.shutdown_request(conn)
            return
        try:
            self.process_request(conn, peer)
        except Exception:
            self.handle_error(conn, peer)
            self.shutdown_request(conn)
        except BaseException:
            self.shutdown_request(conn)
            raise

    def handle_timeout(self):
        pass

    def verify_request(self, request, client_address):
        return True

    def process_request(self, request, client_address):
        """Serves the request in the calling thread (ThreadingMixIn overrides this)."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        pass

    def finish_request(self, request, client_address):
        handler_class = self.RequestHandlerClass
        handler_class(request, client_address, self)  # the handler does all its work in __init__

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass

    def handle_error(self, request, client_address):
        """Prints the handler's exception and carries on serving."""
        import traceback
        line = "-" * 40
        print(line, file=sys.stderr)
        print("Exception occurred during processing of request from", client_address, file=sys.stderr)
        traceback.print_exc()
        print(line, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """A server on a listening TCP socket."""

    address_family, socket_type = socket.AF_INET, socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass, bind_and_activate=True):
        super().__init__(server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except BaseException:
                self.server_close()
                raise

    def server_bind(self):
        listener = self.socket
        if self.allow_reuse_address:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        listener.bind(self.server_address)
        self.server_address = listener.getsockname()  # the real port when 0 was asked for

    def server_activate(self):
        self.socket.listen(self.request_queue_size)  # backlog

    def server_close(self):
        self.socket.close()

    def fileno(self):
        return self.socket.fileno()

    def get_request(self):
        return self.socket.accept()

    def shutdown_request(self, request):
        try:
            request.shutdown(socket.SHUT_WR)  # let the client see EOF before the close
        except OSError:
            pass  # already gone
        self.close_request(request)

    def close_request(self, request):
        request.close()


class UDPServer(TCPServer):
    """A server on a UDP socket: each datagram is one request, (data, socket)."""

    allow_reuse_address = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        packet, sender = self.socket.recvfrom(self.max_packet_size)
        return (packet, self.socket), sender

    def server_activate(self):
        pass  # nothing to listen() for

    def shutdown_request(self, request):
        self.close_request(request)

    def close_request(self, request):
        pass  # the socket is the server's own


class ThreadingMixIn:
    """Handles each request in a new thread."""

    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        """The body of a request's thread."""
        conn, peer = request, client_address
        try:
            self.finish_request(conn, peer)
        except Exception:
            self.handle_error(conn, peer)
        finally:
            self.shutdown_request(conn)

    def process_request(self, request, client_address):
        worker = threading.Thread(target=self.process_request_thread, args=(request, client_address))
        worker.daemon = self.daemon_threads
        if self.block_on_close and not worker.daemon:
            if self._threads is None:
                self._threads = []
            self._threads.append(worker)
        worker.start()

    def server_close(self):
        super().server_close()
        if self._threads:
            running, self._threads = self._threads, []
            for worker in running:
                worker.join()


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    pass


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    pass


class BaseRequestHandler:
    """One instance per request: setup(), handle(), then finish()."""

    def __init__(self, request, client_address, server):
        self.request, self.client_address, self.server = request, client_address, server
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        pass

    def handle(self):
        pass

    def finish(self):
        pass


class StreamRequestHandler(BaseRequestHandler):
    """A handler reading self.rfile and writing self.wfile (files over the connection)."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        self.connection = self.request
        if self.timeout is not None:
            self.request.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = self.connection.makefile("rb", self.rbufsize)
        self.wfile = self.connection.makefile("wb", self.wbufsize)

    def finish(self):
        if not self.wfile.closed:
            try:
                self.wfile.flush()
            except OSError:
                pass
        self.wfile.close()
        self.rfile.close()


class DatagramRequestHandler(BaseRequestHandler):
    """A handler reading the datagram from self.rfile; what it writes to self.wfile is sent back."""

    def setup(self):
        from io import BytesIO
        packet, sock = self.request
        self.packet, self.socket = packet, sock  # the names CPython's handlers expose
        self.rfile, self.wfile = BytesIO(packet), BytesIO()

    def finish(self):
        reply = self.wfile.getvalue()
        self.socket.sendto(reply, self.client_address)
`;
