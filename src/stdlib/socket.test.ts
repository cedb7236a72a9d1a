// socket.test.ts — socket and select against what python3 3.11 prints: in-memory socketpair and select
// (any host), real TCP through the Node host's net capability, and the clear error of a host without it.
import { describe, expect, it } from "vitest";
import { runPython } from "../runtime/testing/run-python.js";
import { runWithNet } from "./testing/net-host.js";

describe("socket.socketpair and select", () => {
  it("a pair passes bytes, reports EOF after close, and select sees readiness", async () => {
    const r = await runPython(`
import socket, select
a, b = socket.socketpair()
print(a)
print(repr(a.family), a.getsockname(), a.getpeername())
print(select.select([a, b], [a], [], 0))
b.sendall(b"hi there")
r, w, x = select.select([a, b], [], [], 0)
print(r == [a], a.recv(2), a.recv(100))
a.setblocking(False)
try: a.recv(1)
except BlockingIOError as e: print(e, e.errno)
b.close()
print(a.recv(5))
try: a.send(b"x")
except BrokenPipeError as e: print(e)
a.close()
print(a)
try: a.fileno(), a.recv(1)
except OSError as e: print(e)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`<socket.socket fd=3, family=1, type=1, proto=0>
<AddressFamily.AF_UNIX: 1>  
([], [<socket.socket fd=3, family=1, type=1, proto=0>], [])
True b'hi' b' there'
[Errno 11] Resource temporarily unavailable 11
b''
[Errno 32] Broken pipe
<socket.socket [closed] fd=-1, family=1, type=1, proto=0>
[Errno 9] Bad file descriptor
`);
  });

  it("select waits on the clock and wakes when another thread writes", async () => {
    const r = await runPython(`
import socket, select, threading, time
a, b = socket.socketpair()
t0 = time.monotonic()
print(select.select([a], [], [], 5), round(time.monotonic() - t0))
threading.Timer(2, b.send, args=(b"x",)).start()
r, _, _ = select.select([a], [], [])
print(r == [a], round(time.monotonic() - t0), a.recv(1))
a.settimeout(1.5)
try: a.recv(1)
except TimeoutError as e: print(repr(e), round(time.monotonic() - t0, 1))
print(select.select([], [], [], 3), round(time.monotonic() - t0, 1))
try: select.select([], [], [], -1)
except ValueError as e: print(e)
try: select.select([object()], [], [])
except TypeError as e: print(e)
try: select.select([], [], [], "x")
except TypeError as e: print(e)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe(`([], [], []) 5
True 7 b'x'
TimeoutError('timed out') 8.5
([], [], []) 11.5
timeout must be non-negative
argument must be an int, or have a fileno() method.
timeout must be a float or None
`);
  });

  it("without the host's network, binding or connecting raises a clear OSError", async () => {
    const r = await runPython(`
import socket
s = socket.socket()
try: s.connect(("127.0.0.1", 80))
except OSError as e: print(type(e).__name__, e)
`);
    expect(r.stdout).toBe("OSError gilpy: real network sockets are not supported in the browser (socket.socketpair() works)\n");
  });
});

describe("socket over TCP (Node host)", () => {
  it("a server thread and a client talk over 127.0.0.1; refused and in-use errors match CPython", async () => {
    const r = await runWithNet(`
import socket, threading
srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
got = []
def serve():
    conn, addr = srv.accept()
    with conn:
        while data := conn.recv(100):
            got.append(data)
            conn.sendall(data[::-1])
t = threading.Thread(target=serve); t.start()
c = socket.create_connection(("localhost", port))
c.sendall(b"abc"); print(c.recv(100))
c.close(); t.join(); print(got)
other = socket.socket()
try: other.bind(("127.0.0.1", port))
except OSError as e: print(type(e).__name__, e)
srv.close()
try: socket.create_connection(("127.0.0.1", port))
except ConnectionRefusedError as e: print(type(e).__name__, e)
`);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("b'cba'\n[b'abc']\nOSError [Errno 98] Address already in use\nConnectionRefusedError [Errno 111] Connection refused\n");
  });
});
