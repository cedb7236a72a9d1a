# A TCP echo server and its client in two threads of one program, on 127.0.0.1 with a free port.
import socket
import threading

log = []
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen(1)
host, port = srv.getsockname()
print("listening on", host, "port chosen:", port > 0)
print(srv.type, srv.family, repr(srv.type))


def serve():
    conn, addr = srv.accept()
    log.append(("accepted", addr[0], conn.getsockname() == (host, port)))
    with conn:
        while True:
            data = conn.recv(1024)
            if not data:
                break
            log.append(("echo", data))
            conn.sendall(data.upper())
    log.append(("closed",))


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("localhost", port)) as c:
    print("peer is the server:", c.getpeername() == ("127.0.0.1", port))
    for msg in [b"hello", "привет".encode()]:
        c.sendall(msg)
        print("client got", c.recv(1024).decode())
    c.shutdown(socket.SHUT_WR)
    print("after shutdown:", c.recv(10))
t.join()
for entry in log:
    print(*entry)
srv.close()

# The port is free again: connecting is refused, with CPython's errno and message.
c2 = socket.socket()
try:
    c2.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno)
print("connect_ex:", c2.connect_ex(("127.0.0.1", port)))
c2.close()

# Two sockets cannot bind the same address.
s1 = socket.create_server(("127.0.0.1", 0))
s2 = socket.socket()
try:
    s2.bind(s1.getsockname())
except OSError as e:
    print(type(e).__name__, e, e.errno)
s1.close()
s2.close()
print(socket.gethostbyname("localhost"))

# A timeout on recv when nothing arrives.
a = socket.create_server(("127.0.0.1", 0))
b = socket.create_connection(a.getsockname())
b.settimeout(0.2)
try:
    b.recv(10)
except socket.timeout as e:
    print(type(e).__name__, e, socket.timeout is TimeoutError)
b.setblocking(False)
try:
    b.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e)
b.close()
a.close()
