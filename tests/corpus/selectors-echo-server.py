# A selectors-based echo server (non-blocking sockets, one thread) and a client thread.
import selectors, socket, threading
s = selectors.DefaultSelector()
print(type(s).__name__, selectors.EVENT_READ, selectors.EVENT_WRITE)
a, b = socket.socketpair()
k = s.register(a, selectors.EVENT_READ, data='x')
print(k)
try: s.register(a, selectors.EVENT_READ)
except KeyError as e: print('KeyError', e)
try: s.register(b, 0)
except ValueError as e: print('ValueError', e)
try: s.get_key(b)
except KeyError as e: print('KeyError', e)
print(s.select(0))
b.send(b'z')
print([(key.data, ev) for key, ev in s.select(0)])
print(len(s.get_map()), s.modify(a, selectors.EVENT_READ|selectors.EVENT_WRITE).events)
print(s.unregister(a).fd)
s.close()

sel = selectors.DefaultSelector()
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
srv.setblocking(False)
sel.register(srv, selectors.EVENT_READ, data=None)
replies = []

def client():
    with socket.create_connection(srv.getsockname()) as c:
        for word in [b"alpha", b"beta"]:
            c.sendall(word)
            replies.append(c.recv(100))

t = threading.Thread(target=client)
t.start()
served = 0
while served < 1:
    for key, mask in sel.select(timeout=5):
        if key.data is None:
            conn, addr = key.fileobj.accept()
            conn.setblocking(False)
            sel.register(conn, selectors.EVENT_READ, data=addr[0])
            print("accepted from", addr[0])
        else:
            data = key.fileobj.recv(100)
            if data:
                key.fileobj.sendall(data[::-1])
            else:
                print("closed by", key.data)
                sel.unregister(key.fileobj)
                key.fileobj.close()
                served += 1
t.join()
print(replies)
sel.close()
srv.close()
