// _socket.ts — the native half of the socket module: functions on file descriptors of the socket table
// (socket-engine.ts) that create, connect, accept, send and receive, parking only the calling thread.
// The socket class, enums and helpers users see are Python source in socket.ts. Real TCP goes through the
// host's optional `net` capability; without it (the browser) binding or connecting raises OSError, while
// socketpair() works everywhere because it never leaves the interpreter.
import { PyModule, PyBytes, PyFloat, PyObject, None, newTuple, makeBuiltinType, TypeFlag } from "../runtime/object.js";
import { OSError, PyBaseException, newException, TimeoutError, typeError, valueError, overflowError } from "../runtime/exceptions.js";
import { defineModuleFunctions, defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { bytesOf } from "../runtime/types/bytes.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import type { WakeFn } from "../runtime/scheduler.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import type { HostNet } from "../runtime/host.js";
import { schedulerOf } from "./_thread.js";
import { intValue, strValue, toDouble } from "./support.js";
import {
  Sock, SocketTable, St, socketTable, sockError, errnoOf, linkMemory, sendBytes, AF_UNIX, AF_INET, SOCK_STREAM, SOCK_DGRAM,
} from "./socket-engine.js";

function exceptionType(name: string, base: typeof OSError): typeof OSError {
  const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap);
  t.module = "socket";
  t.newInstance = (cls) => new PyBaseException(cls);
  return t;
}
export const gaierror = exceptionType("gaierror", OSError);
export const herror = exceptionType("herror", OSError);

function gaiError(code: string): PyBaseException {
  const [n, msg] = code === "EAI_AGAIN" ? [-3, "Temporary failure in name resolution"]
    : code === "EAI_NONAME" || code === "ENOTFOUND" ? [-2, "Name or service not known"]
    : [-5, "No address associated with hostname"];
  const e = newException(gaierror, n, msg);
  e.dict.set("errno", n);
  e.dict.set("strerror", msg);
  return e;
}

function intArg(x: PyObject, what = "an integer"): number {
  const v = intValue(x);
  if (v === undefined) throw typeError(`'${typeName(x)}' object cannot be interpreted as ${what}`);
  return Number(v);
}

function typeName(x: PyObject): string {
  return typeof x === "string" ? "str" : typeof x === "number" ? "int" : typeof x === "boolean" ? "bool"
    : x === None ? "NoneType" : (x as { type: { name: string } }).type.name;
}

/** A timeout argument: None (blocking) or a non-negative number of seconds. */
export function timeoutArg(x: PyObject): number | null {
  if (x === None) return null;
  if (typeof x === "string" || (typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean" && !(x instanceof PyFloat))) {
    throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer or float`);
  }
  const t = toDouble(x);
  if (Number.isNaN(t)) throw valueError("Invalid value NaN (not a number)");
  if (t < 0) throw valueError("Timeout value out of range");
  if (t > 9223372036) throw overflowError("timeout doesn't fit into C timeval");
  return t;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Parks the calling thread until one of `socks` changes or `deadline` passes; true when woken. A socket fed
 * by the host keeps the scheduler from calling the wait a deadlock. Under the virtual clock a wait on the
 * host's network cannot jump ahead in time (the answer comes in real time), so its deadline becomes a
 * real timer of the same length.
 */
export function* waitOn(table: SocketTable, socks: Sock[], deadline: number | null, reason: string): NativeGen {
  const sched = table.sched;
  const external = socks.some((s) => s.external);
  const release = external ? sched.holdExternal() : null;
  let mine: WakeFn | null = null;
  let timer: { cancel(): void } | null = null;
  let parkDeadline = deadline;
  if (external && deadline !== null && sched.clock.kind === "virtual") {
    const ms = Math.max(0, (deadline - sched.clock.monotonic()) * 1000);
    parkDeadline = null;
    timer = sched.host.setTimer(ms, () => mine?.(false));
  }
  try {
    return yield new ParkRequest(parkDeadline, reason, (w) => {
      mine = w as WakeFn;
      for (const s of socks) s.waiters.add(mine);
    }, false);
  } finally {
    timer?.cancel();
    release?.();
    if (mine !== null) for (const s of socks) s.waiters.delete(mine);
  }
}

export function createSocketCore(rt: RuntimeContext): PyModule {
  const m = new PyModule("_socket");
  const sched = schedulerOf(rt);
  const table = socketTable(sched);
  const d = m.dict;
  d.set("gaierror", gaierror);
  d.set("herror", herror);

  const sockOf = (x: PyObject): Sock => {
    const s = table.get(intArg(x));
    if (s === undefined || s.state === St.Closed) throw sockError("EBADF");
    return s;
  };

  const netOf = (): HostNet => {
    const net = rt.host.net;
    if (net === undefined) {
      throw newException(OSError, "gilpy: real network sockets are not supported in the browser (socket.socketpair() works)");
    }
    return net;
  };

  /** The deadline of a blocking call on `s`, or "now" for a non-blocking socket. */
  const deadlineOf = (s: Sock): number | null | "now" =>
    s.timeout === 0 ? "now" : s.timeout === null ? null : sched.clock.monotonic() + s.timeout;

  /** Waits for `ready()`; raises BlockingIOError / TimeoutError as CPython does. */
  function* block(s: Sock, ready: () => boolean, reason: string): NativeGen {
    const deadline = deadlineOf(s);
    while (!ready()) {
      if (deadline === "now") throw sockError("EAGAIN");
      if (deadline !== null && sched.clock.monotonic() >= deadline) throw newException(TimeoutError, "timed out");
      const woke = yield* waitOn(table, [s], deadline, reason);
      if (woke === false && !ready()) throw newException(TimeoutError, "timed out");
    }
    return None;
  }

  /** A host name as an IPv4 address: numbers as they are, 'localhost' and '' without asking the host. */
  function* resolve(host: string, forBind: boolean): Generator<any, string, any> {
    if (host === "") return forBind ? "0.0.0.0" : "127.0.0.1";
    if (host === "localhost" || host === "localhost.localdomain") return "127.0.0.1";
    if (host === "<broadcast>") return "255.255.255.255";
    const q = IPV4.exec(host);
    if (q !== null && q.slice(1).every((p) => Number(p) <= 255)) return host;
    const net = netOf();
    let result: { err: string | null; addr: string | null } | null = null;
    const waiter = new Sock(-1, AF_INET, SOCK_STREAM, 0, null);
    waiter.external = true;
    net.lookup(host, (err, addr) => {
      result = { err, addr };
      waiter.notify();
    });
    while (result === null) yield* waitOn(table, [waiter], null, "getaddrinfo");
    const r = result as { err: string | null; addr: string | null };
    if (r.err !== null || r.addr === null) throw gaiError(r.err ?? "ENOTFOUND");
    return r.addr;
  }

  const addrTuple = (a: [string, number] | null): PyObject => newTuple(a === null ? ["0.0.0.0", 0] : [a[0], a[1]]);

  defineModuleFunctions(m, {
    _new: ([family, type, proto]) => table.create(intArg(family), intArg(type), intArg(proto)).fd,
    close: ([fd]) => {
      const s = table.get(intArg(fd));
      if (s !== undefined) table.close(s);
      return None;
    },
    socketpair: ([family, type, proto]) => {
      const a = table.create(intArg(family), intArg(type), intArg(proto));
      const b = table.create(intArg(family), intArg(type), intArg(proto));
      linkMemory(a, b);
      return newTuple([a.fd, b.fd]);
    },
    send: ([fd, data]) => {
      const s = sockOf(fd);
      const bytes = bytesOf(data);
      if (bytes === null) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
      if (s.pending !== null) {
        const code = s.pending;
        s.pending = null;
        throw sockError(code);
      }
      if (s.type === SOCK_DGRAM && s.mem === null) {
        if (s.raddr === null || s.dgram === null) throw sockError("EDESTADDRREQ");
        s.dgram.send(bytes, s.raddr[0], s.raddr[1]);
        return bytes.length;
      }
      if (s.state !== St.Connected || s.writeShut || (s.mem === null && s.stream === null)) throw sockError("EPIPE");
      return sendBytes(s, bytes);
    },
    shutdown: ([fd, how]) => {
      const s = sockOf(fd);
      const h = intArg(how);
      if (h < 0 || h > 2) throw sockError("EINVAL");
      if (s.state !== St.Connected) throw sockError("ENOTCONN");
      if (h === 0 || h === 2) {
        s.readShut = true;
        s.notify();
      }
      if ((h === 1 || h === 2) && !s.writeShut) {
        s.writeShut = true;
        if (s.mem !== null) {
          s.mem.eof = true;
          s.mem.notify();
        }
        s.stream?.end();
      }
      return None;
    },
    settimeout: ([fd, t]) => {
      sockOf(fd).timeout = timeoutArg(t);
      return None;
    },
    gettimeout: ([fd]) => {
      const t = sockOf(fd).timeout;
      return t === null ? None : new PyFloat(t);
    },
    setdefaulttimeout: ([t]) => {
      table.defaultTimeout = timeoutArg(t);
      return None;
    },
    getdefaulttimeout: () => (table.defaultTimeout === null ? None : new PyFloat(table.defaultTimeout)),
    getsockname: ([fd]) => {
      const s = sockOf(fd);
      if (s.family === AF_UNIX) return "";
      return addrTuple(s.laddr);
    },
    getpeername: ([fd]) => {
      const s = sockOf(fd);
      if (s.state !== St.Connected || (s.raddr === null && s.mem === null)) throw sockError("ENOTCONN");
      if (s.family === AF_UNIX) return "";
      return addrTuple(s.raddr);
    },
    setsockopt: ([fd, level, opt, value]) => {
      const s = sockOf(fd);
      const v = value instanceof PyBytes ? 1 : intArg(value);
      s.options.set(`${intArg(level)}:${intArg(opt)}`, v);
      if (intArg(level) === 6 && intArg(opt) === 1) s.stream?.setNoDelay?.(v !== 0);
      return None;
    },
    getsockopt: ([fd, level, opt]) => {
      const s = sockOf(fd);
      const key = `${intArg(level)}:${intArg(opt)}`;
      if (key === "1:4") { // SOL_SOCKET, SO_ERROR: the pending error, cleared by reading it
        const code = s.pending;
        s.pending = null;
        return code === null ? 0 : errnoOf(code);
      }
      if (key === "1:3") return s.type; // SO_TYPE
      return s.options.get(key) ?? 0;
    },
    gethostname: () => rt.host.net?.hostname() ?? "localhost",
    _fdstate: ([fd]) => {
      const s = table.get(intArg(fd));
      if (s === undefined || s.state === St.Closed) return None;
      return newTuple([s.laddr === null ? None : addrTuple(s.laddr), s.raddr === null ? None : addrTuple(s.raddr)]);
    },
  });

  defineModuleGenFunctions(m, {
    bind: function* ([fd, hostArg, portArg]) {
      const s = sockOf(fd);
      if (s.state !== St.Fresh) throw sockError("EINVAL");
      const port = intArg(portArg);
      if (port < 0 || port > 65535) throw overflowError("bind(): port must be 0-65535.");
      const host = yield* resolve(strValue(hostArg) ?? "", true);
      return yield* bindTo(s, host, port);
    },

    // listen() on a socket never bound takes any free port on every address, as Linux does.
    listen: function* ([fd]) {
      const s = sockOf(fd);
      if (s.state === St.Connected || s.state === St.Connecting) throw sockError("EINVAL");
      if (s.state === St.Fresh) yield* bindTo(s, "0.0.0.0", 0);
      if ((s.state as St) === St.Closed) throw sockError("EBADF");
      s.state = St.Listening;
      return None;
    },
  });

  /**
   * Binds for listening: the host starts accepting at once (Node binds and listens in one step), and
   * connections queue until accept(). A bound socket that then connects drops this listener.
   */
  /** Binds a UDP socket (port 0: any free one); datagrams queue on the socket from then on. */
  function* bindUdp(s: Sock, host: string, port: number): NativeGen {
    const net = netOf();
    if (net.udp === undefined) throw newException(OSError, "gilpy: this host has no UDP sockets");
    const d = net.udp((data, from) => {
      if (s.state === St.Closed) return;
      s.datagrams.push({ data: data.slice(), from });
      s.notify();
    });
    s.dgram = d;
    s.external = true;
    let outcome: { err: string | null } | null = null;
    d.bind(host, port, (err) => {
      outcome = { err };
      s.notify();
    });
    while (outcome === null) yield* waitOn(table, [s], null, "bind");
    const err = (outcome as { err: string | null }).err;
    if (err !== null) {
      d.close();
      s.dgram = null;
      s.external = false;
      throw sockError(err);
    }
    s.laddr = d.localAddress;
    if ((s.state as St) === St.Fresh) s.state = St.Bound;
    return None;
  }

  /** A UDP socket sending before any bind() gets a free port first, as the kernel does. */
  function* autobindUdp(s: Sock): NativeGen {
    if (s.dgram === null) yield* bindUdp(s, "0.0.0.0", 0);
    return None;
  }

  function* bindTo(s: Sock, host: string, port: number): NativeGen {
    if (s.type === SOCK_DGRAM) return yield* bindUdp(s, host, port);
    if (s.type !== SOCK_STREAM) throw newException(OSError, "gilpy: only SOCK_STREAM and SOCK_DGRAM sockets are supported");
    const net = netOf();
    let outcome: { err: string | null } | null = null;
    s.external = true;
    net.listen(host, port, 128, (stream) => {
      const c = new Sock(-1, s.family, s.type, s.proto, null);
      c.state = St.Connected;
      c.stream = stream;
      c.external = true;
      c.laddr = stream.localAddress;
      c.raddr = stream.remoteAddress;
      if (s.state === St.Closed) {
        stream.destroy();
        return c.events();
      }
      s.backlog.push(c);
      s.notify();
      return c.events();
    }, (err, server) => {
      outcome = { err };
      if (server !== null) {
        if (s.state === St.Closed) server.close();
        else {
          s.server = server;
          s.laddr = server.address;
        }
      }
      s.notify();
    });
    while (outcome === null) yield* waitOn(table, [s], null, "bind");
    const err = (outcome as { err: string | null }).err;
    if (err !== null) {
      s.external = false;
      throw sockError(err);
    }
    if ((s.state as St) !== St.Closed) s.state = St.Bound;
    return None;
  }

  defineModuleGenFunctions(m, {

    accept: function* ([fd]) {
      const s = sockOf(fd);
      if (s.state !== St.Listening) throw sockError("EINVAL");
      yield* block(s, () => s.readable(), "socket.accept");
      if ((s.state as St) === St.Closed) throw sockError("EBADF");
      const c = table.adopt(s.backlog.shift()!);
      return newTuple([c.fd, addrTuple(c.raddr)]);
    },

    connect: function* ([fd, hostArg, portArg, exArg]) {
      const s = sockOf(fd);
      if (s.type === SOCK_DGRAM) {
        // A UDP "connection" only sets the default destination (and binds the socket if needed).
        const port = intArg(portArg);
        if (port < 0 || port > 65535) throw overflowError("connect(): port must be 0-65535.");
        const host = yield* resolve(strValue(hostArg) ?? "", false);
        yield* autobindUdp(s);
        s.raddr = [host, port];
        s.state = St.Connected;
        return exArg === true ? 0 : None;
      }
      const ex = exArg === true;
      const fail = (code: string): PyObject => {
        if (ex) return errnoOf(code);
        throw sockError(code);
      };
      if (s.state === St.Connected) return s.pending !== null ? fail(takePending(s)) : fail("EISCONN");
      if (s.state === St.Listening) return fail("EINVAL");
      if (s.state === St.Bound) {
        // bind() then connect(): the port the program chose for itself is not kept (gilpy cannot bind a client)
        s.server?.close();
        s.server = null;
        s.state = St.Fresh;
      }
      if (s.state === St.Connecting) {
        if (s.pending !== null) {
          s.state = St.Fresh;
          return fail(takePending(s));
        }
        if (s.timeout === 0) return fail("EALREADY");
      } else {
        const port = intArg(portArg);
        if (port < 0 || port > 65535) throw overflowError("connect(): port must be 0-65535.");
        const host = yield* resolve(strValue(hostArg) ?? "", false);
        const net = netOf();
        s.state = St.Connecting;
        s.external = true;
        s.raddr = [host, port];
        s.stream = net.connect(host, port, s.events(), (err) => {
          if (s.state !== St.Connecting) return;
          if (err !== null) {
            s.pending = err;
            s.stream = null;
          } else {
            s.state = St.Connected;
            if (s.stream !== null) s.laddr = s.stream.localAddress;
          }
          s.notify();
        });
        if (s.timeout === 0) return fail("EINPROGRESS");
      }
      const deadline = s.timeout === null ? null : sched.clock.monotonic() + s.timeout;
      while (s.state === St.Connecting && s.pending === null) {
        const woke = yield* waitOn(table, [s], deadline, "socket.connect");
        if (woke === false && s.state === St.Connecting && s.pending === null) {
          if (ex) return 11;
          throw newException(TimeoutError, "timed out");
        }
      }
      if ((s.state as St) !== St.Connected) {
        s.state = St.Fresh;
        return fail(takePending(s));
      }
      return ex ? 0 : None;
    },

    recvfrom: function* ([fd, n]) {
      const s = sockOf(fd);
      const size = intArg(n);
      if (size < 0) throw valueError("negative buffersize in recvfrom");
      if (s.type !== SOCK_DGRAM) {
        const data = yield* recvStream(s, size);
        return newTuple([data, s.family === AF_UNIX ? None : addrTuple(s.raddr)]);
      }
      const d = yield* recvDatagram(s, size);
      return newTuple([new PyBytes(d.data), addrTuple(d.from)]);
    },

    sendto: function* ([fd, data, hostArg, portArg]) {
      const s = sockOf(fd);
      const bytes = bytesOf(data);
      if (bytes === null) throw typeError(`a bytes-like object is required, not '${typeName(data)}'`);
      if (s.type !== SOCK_DGRAM) throw sockError(s.state === St.Connected ? "EISCONN" : "EPIPE");
      const port = intArg(portArg);
      if (port < 0 || port > 65535) throw overflowError("sendto(): port must be 0-65535.");
      const host = yield* resolve(strValue(hostArg) ?? "", false);
      yield* autobindUdp(s);
      s.dgram!.send(bytes, host, port);
      return bytes.length;
    },

    recv: function* ([fd, n]) {
      const s = sockOf(fd);
      const size = intArg(n);
      if (size < 0) throw valueError("negative buffersize in recv");
      if (s.type === SOCK_DGRAM && s.mem === null) return new PyBytes((yield* recvDatagram(s, size)).data);
      return yield* recvStream(s, size);
    },
  });

  /** The next datagram, cut to `size` bytes (the rest of it is lost, as with UDP). */
  function* recvDatagram(s: Sock, size: number): Generator<any, { data: Uint8Array; from: [string, number] }, any> {
    yield* block(s, () => s.readable(), "socket.recvfrom");
    if (s.state === St.Closed) throw sockError("EBADF");
    const d = s.datagrams.shift()!;
    return { data: d.data.subarray(0, size), from: d.from };
  }

  function* recvStream(s: Sock, size: number): NativeGen {
    if (s.state === St.Fresh || s.state === St.Bound || s.state === St.Listening) throw sockError("ENOTCONN");
    if (size === 0) return new PyBytes(new Uint8Array(0)); // recv(0) never waits
    yield* block(s, () => s.readable(), "socket.recv");
    if (s.state === St.Closed) throw sockError("EBADF");
    if (s.inLen > 0) return new PyBytes(s.take(size));
    if (s.pending !== null && !s.eof) throw sockError(takePending(s));
    return new PyBytes(new Uint8Array(0));
  }

  defineModuleGenFunctions(m, {

    gethostbyname: function* ([name]) {
      const host = strValue(name);
      if (host === undefined) throw typeError(`gethostbyname() argument 1 must be str, not ${typeName(name)}`);
      return yield* resolve(host, false);
    },
  });
  return m;
}

function takePending(s: Sock): string {
  const code = s.pending ?? "ECONNREFUSED";
  s.pending = null;
  return code;
}
