// xmlrpc/server.ts — xmlrpc.server as Python source: SimpleXMLRPCDispatcher (registered functions and
// instances, introspection, multicall), SimpleXMLRPCRequestHandler (POST on rpc_paths) and
// SimpleXMLRPCServer on socketserver/http.server. Follows docs.python.org/3.11/library/xmlrpc.server.html.

export const xmlrpcServerSource: string = String.raw`"""XML-RPC servers for gilpy."""

import sys
import socketserver
from http.server import BaseHTTPRequestHandler
from xmlrpc.client import Fault, dumps, loads

__all__ = ["SimpleXMLRPCServer", "SimpleXMLRPCRequestHandler", "SimpleXMLRPCDispatcher", "MultiPathXMLRPCServer",
           "resolve_dotted_attribute", "list_public_methods"]


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """obj.a.b for "a.b" (only "a" unless allow_dotted_names); names starting with _ are refused."""
    parts = attr.split(".") if allow_dotted_names else [attr]
    for part in parts:
        if part.startswith("_"):
            raise AttributeError("attempt to access private attribute \"%s\"" % part)
        obj = getattr(obj, part)
    return obj


def list_public_methods(obj):
    return [name for name in dir(obj) if not name.startswith("_") and callable(getattr(obj, name))]


class SimpleXMLRPCDispatcher:
    """Finds and calls the Python function behind an XML-RPC method name."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or "utf-8"
        self.use_builtin_types = bool(use_builtin_types)

    def register_instance(self, instance, allow_dotted_names=False):
        self.instance, self.allow_dotted_names = instance, allow_dotted_names

    def register_function(self, function=None, name=None):
        if function is None:
            return lambda f: self.register_function(f, name)
        self.funcs[function.__name__ if name is None else name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({"system.listMethods": self.system_listMethods,
                           "system.methodSignature": self.system_methodSignature,
                           "system.methodHelp": self.system_methodHelp})

    def register_multicall_functions(self):
        self.funcs["system.multicall"] = self.system_multicall

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """The XML answer (bytes) to one XML request; errors become faults."""
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            call = self._dispatch if dispatch_method is None else dispatch_method
            result = call(method, params)
            answer = dumps((result,), methodresponse=1, allow_none=self.allow_none, encoding=self.encoding)
        except Fault as fault:
            answer = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            answer = dumps(Fault(1, "%s:%s" % (type(exc), exc)), encoding=self.encoding, allow_none=self.allow_none)
        return answer.encode(self.encoding, "xmlcharrefreplace")

    def system_listMethods(self):
        names = set(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, "_listMethods"):
                names |= set(self.instance._listMethods())
            elif not hasattr(self.instance, "_dispatch"):
                names |= set(list_public_methods(self.instance))
        return sorted(names)

    def system_methodSignature(self, method_name):
        return "signatures not supported"

    def system_methodHelp(self, method_name):
        method = self.funcs.get(method_name)
        if method is None and self.instance is not None:
            if hasattr(self.instance, "_methodHelp"):
                return self.instance._methodHelp(method_name)  # the instance documents itself
            if not hasattr(self.instance, "_dispatch"):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name, self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None or not method.__doc__:
            return ""
        lines = method.__doc__.expandtabs().splitlines()
        indent = min((len(l) - len(l.lstrip()) for l in lines[1:] if l.strip()), default=0)
        cleaned = [lines[0].strip()] + [l[indent:].rstrip() for l in lines[1:]]
        return "\n".join(cleaned).strip("\n")

    def system_multicall(self, call_list):
        results = []
        for call in call_list:
            name = call["methodName"]
            try:
                results.append([self._dispatch(name, call["params"])])
            except Fault as fault:
                results.append({"faultCode": fault.faultCode, "faultString": fault.faultString})
            except BaseException as exc:
                results.append({"faultCode": 1, "faultString": "%s:%s" % (type(exc), exc)})
        return results

    def _dispatch(self, method, params):
        func = self.funcs.get(method)
        if func is not None:
            return func(*params)
        if self.instance is not None:
            if hasattr(self.instance, "_dispatch"):
                return self.instance._dispatch(method, params)  # the instance routes calls itself
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            else:
                return func(*params)
        raise Exception('method "%s" is not supported' % method)


class SimpleXMLRPCRequestHandler(BaseHTTPRequestHandler):
    """Answers POST requests on rpc_paths with the server's dispatcher."""

    rpc_paths = ("/", "/RPC2", "/pydoc.html")
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True

    def is_rpc_path_valid(self):
        return not self.rpc_paths or self.path in self.rpc_paths

    def do_POST(self):
        if self.is_rpc_path_valid() is False:
            self.report_404()
            return
        try:
            remaining = int(self.headers["content-length"])
            pieces = []
            while remaining:
                piece = self.rfile.read(min(remaining, 10 * 1024 * 1024))
                if not piece:
                    break
                pieces.append(piece)
                remaining -= len(piece)
            data = b"".join(pieces)
            if (self.headers.get("content-encoding") or "identity").lower() != "identity":
                self.send_response(501, "encoding %r not supported" % self.headers.get("content-encoding"))
                self.send_header("Content-length", "0")
                self.end_headers()
                return
            response = self.server._marshaled_dispatch(data, getattr(self, "_dispatch", None), self.path)
        except Exception as exc:
            self.send_response(500)  # an error outside the dispatcher (bad request body)
            if getattr(self.server, "_send_traceback_header", False):
                import traceback
                self.send_header("X-exception", str(exc))
                self.send_header("X-traceback", traceback.format_exc().encode("ASCII", "backslashreplace").decode())
            self._reply(500, None, b"", sent=True)
        else:
            self._reply(200, "text/xml", response)

    def _reply(self, code, content_type, body, sent=False):
        if not sent:
            self.send_response(code)
        if content_type is not None:
            self.send_header("Content-type", content_type)
        self.send_header("Content-length", "%d" % len(body))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def report_404(self):
        self._reply(404, "text/plain", b"No such page")

    def log_request(self, code="-", size="-"):
        if self.server.logRequests:
            super().log_request(code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """An XML-RPC server: register functions, then serve_forever()."""

    allow_reuse_address = True
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True, allow_none=False,
                 encoding=None, bind_and_activate=True, use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none=allow_none, encoding=encoding,
                                        use_builtin_types=use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate=bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """One dispatcher per URL path."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True, allow_none=False,
                 encoding=None, bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none, encoding,
                                    bind_and_activate, use_builtin_types)
        self.dispatchers = {}

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers.update({path: dispatcher})
        return dispatcher

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        return self.dispatchers[path]._marshaled_dispatch(data, dispatch_method, path)
`;
