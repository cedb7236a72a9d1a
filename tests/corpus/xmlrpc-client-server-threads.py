# An XML-RPC server in a thread and a client calling it, in one program (127.0.0.1, a free port).
import threading
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCServer, SimpleXMLRPCRequestHandler


class Handler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)


def add_numbers(x, y):
    return x + y


def divide(a, b):
    return a / b


class Calculator:
    def mul(self, a, b):
        """Multiply two numbers."""
        return a * b

    def echo(self, value):
        return value


server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Handler, logRequests=False, allow_none=True)
server.register_function(add_numbers, "add_numbers")
server.register_function(divide)
server.register_introspection_functions()
server.register_multicall_functions()
server.register_instance(Calculator())
port = server.server_address[1]
worker = threading.Thread(target=server.serve_forever)
worker.start()

url = f"http://127.0.0.1:{port}/RPC2"
with xmlrpc.client.ServerProxy(url, allow_none=True) as proxy:
    print("4 + 5 =", proxy.add_numbers(4, 5))
    print("mul:", proxy.mul(6, 7))
    print("strings:", proxy.add_numbers("Привет, ", "мир"))
    print("lists:", proxy.add_numbers([1, 2], [3]))
    print("echo:", proxy.echo({"a": [1, 2.5, True, None, "x<y&z"], "b": (1, 2)}))
    print("bytes:", proxy.echo(b"\x00\x01binary"))
    print("methods:", proxy.system.listMethods())
    print("help:", repr(proxy.system.methodHelp("mul")))
    try:
        proxy.divide(1, 0)
    except xmlrpc.client.Fault as err:
        print("fault:", err.faultCode, err.faultString)
    try:
        proxy.missing(1)
    except xmlrpc.client.Fault as err:
        print("fault:", err)
    multi = xmlrpc.client.MultiCall(proxy)
    multi.add_numbers(1, 2)
    multi.mul(3, 4)
    print("multicall:", list(multi()))
    print(repr(proxy).replace(str(port), "PORT"))

try:
    xmlrpc.client.ServerProxy(f"http://127.0.0.1:{port}/wrong").add_numbers(1, 2)
except xmlrpc.client.ProtocolError as err:
    print("protocol error:", err.errcode, err.errmsg, err.url.replace(str(port), "PORT"))

print(xmlrpc.client.dumps((1, "two", [3.0]), "m"), end="")
print(xmlrpc.client.loads(xmlrpc.client.dumps(({"k": b"v"},), methodresponse=True), use_builtin_types=True))
try:
    xmlrpc.client.dumps((None,))
except TypeError as err:
    print(type(err).__name__, err)
try:
    xmlrpc.client.dumps((2 ** 40,))
except OverflowError as err:
    print(type(err).__name__, err)
print(repr(xmlrpc.client.Fault(3, "boom")), xmlrpc.client.ProtocolError("h/p", 404, "Not Found", {}))

server.shutdown()
server.server_close()
worker.join()
print("server stopped")
