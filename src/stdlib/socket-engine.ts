// socket-engine.ts — the state behind gilpy's sockets: a per-interpreter file-descriptor table, each socket's
// receive buffer, accept queue, pending error and waiters, and how host (TCP) and in-memory (socketpair)
// connections feed them. Blocking calls live in _socket.ts and select.ts; they park on `waiters` here.
import { newException, OSError, BlockingIOError, BrokenPipeError, ConnectionRefusedError,
  ConnectionResetError, ConnectionAbortedError, PermissionError, TimeoutError } from "../runtime/exceptions.js";
import type { PyBaseException } from "../runtime/exceptions.js";
import type { PyType } from "../runtime/object.js";
import type { HostDatagram, HostServer, HostStream, HostStreamEvents } from "../runtime/host.js";
import type { Scheduler, WakeFn } from "../runtime/scheduler.js";

export const AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;
export const SOCK_STREAM = 1, SOCK_DGRAM = 2;

/** Linux errno numbers and strerror texts (glibc), for the errors sockets raise. */
const ERRNO: Record<string, [number, string, PyType]> = {
  EBADF: [9, "Bad file descriptor", OSError],
  EAGAIN: [11, "Resource temporarily unavailable", BlockingIOError],
  EACCES: [13, "Permission denied", PermissionError],
  EINVAL: [22, "Invalid argument", OSError],
  EPIPE: [32, "Broken pipe", BrokenPipeError],
  EAFNOSUPPORT: [97, "Address family not supported by protocol", OSError],
  EADDRINUSE: [98, "Address already in use", OSError],
  EADDRNOTAVAIL: [99, "Cannot assign requested address", OSError],
  ENETUNREACH: [101, "Network is unreachable", OSError],
  ECONNABORTED: [103, "Software caused connection abort", ConnectionAbortedError],
  ECONNRESET: [104, "Connection reset by peer", ConnectionResetError],
  EISCONN: [106, "Transport endpoint is already connected", OSError],
  ENOTCONN: [107, "Transport endpoint is not connected", OSError],
  ETIMEDOUT: [110, "Connection timed out", TimeoutError],
  ECONNREFUSED: [111, "Connection refused", ConnectionRefusedError],
  EHOSTUNREACH: [113, "No route to host", OSError],
  EALREADY: [114, "Operation already in progress", BlockingIOError],
  EINPROGRESS: [115, "Operation now in progress", BlockingIOError],
  EDESTADDRREQ: [89, "Destination address required", OSError],
  EIO: [5, "Input/output error", OSError],
};

/** The errno number of a host error code (unknown codes count as EIO). */
export function errnoOf(code: string): number {
  return (ERRNO[code] ?? ERRNO.EIO)[0];
}

/** OSError (or the subclass CPython picks for the errno) with errno/strerror set, e.g. "[Errno 111] Connection refused". */
export function sockError(code: string): PyBaseException {
  const [n, msg, type] = ERRNO[code] ?? ERRNO.EIO;
  const e = newException(type, n, msg);
  e.dict.set("errno", n);
  e.dict.set("strerror", msg);
  return e;
}

export type Addr = [string, number];

export const enum St { Fresh, Bound, Listening, Connecting, Connected, Closed }

export class Sock {
  state = St.Fresh;
  /** null = blocking; 0 = non-blocking; else seconds. */
  timeout: number | null;
  readonly inbuf: Uint8Array[] = [];
  inLen = 0;
  /** The peer will send nothing more. */
  eof = false;
  /** shutdown(SHUT_WR) or SHUT_RD done on this side. */
  writeShut = false;
  readShut = false;
  /** An error reported by the connection, raised by the next call (and SO_ERROR). */
  pending: string | null = null;
  /** Connections waiting for accept(). */
  readonly backlog: Sock[] = [];
  /** Threads parked until this socket changes (recv, accept, connect, select). */
  readonly waiters = new Set<WakeFn>();
  /** The other end of an in-memory connection. */
  mem: Sock | null = null;
  stream: HostStream | null = null;
  /** A UDP socket's host handle and the datagrams received, each with its sender. */
  dgram: HostDatagram | null = null;
  readonly datagrams: { data: Uint8Array; from: Addr }[] = [];
  server: HostServer | null = null;
  laddr: Addr | null = null;
  raddr: Addr | null = null;
  /** Connected through the host: the event loop may wake its waiters (no deadlock while parked on it). */
  external = false;
  paused = false;
  readonly options = new Map<string, number>();
  constructor(public fd: number, readonly family: number, readonly type: number, readonly proto: number, timeout: number | null) {
    this.timeout = timeout;
  }

  /** Wakes every thread waiting on this socket; they re-check what they wait for. */
  notify(): void {
    if (this.waiters.size === 0) return;
    const ws = [...this.waiters];
    this.waiters.clear();
    for (const w of ws) w(true);
  }

  readable(): boolean {
    if (this.state === St.Closed) return true;
    if (this.type === SOCK_DGRAM) return this.datagrams.length > 0 || this.pending !== null;
    if (this.state === St.Listening) return this.backlog.length > 0 || this.pending !== null;
    return this.inLen > 0 || this.eof || this.readShut || this.pending !== null;
  }

  writable(): boolean {
    if (this.state === St.Closed || this.type === SOCK_DGRAM) return true;
    if (this.state === St.Connecting) return this.pending !== null;
    if (this.state === St.Connected) return true;
    return this.state === St.Fresh || this.pending !== null; // an unconnected socket reports writable, as Linux does
  }

  /** Takes up to n bytes from the receive buffer. */
  take(n: number): Uint8Array {
    const want = Math.min(n, this.inLen);
    const out = new Uint8Array(want);
    let off = 0;
    while (off < want) {
      const head = this.inbuf[0];
      const k = Math.min(head.length, want - off);
      out.set(head.subarray(0, k), off);
      off += k;
      if (k === head.length) this.inbuf.shift();
      else this.inbuf[0] = head.subarray(k);
    }
    this.inLen -= want;
    if (this.paused && this.inLen < HIGH_WATER / 2) {
      this.paused = false;
      this.stream?.resume();
    }
    return out;
  }

  push(data: Uint8Array): void {
    if (data.length === 0) return;
    this.inbuf.push(data.slice());
    this.inLen += data.length;
    if (this.stream !== null && !this.paused && this.inLen >= HIGH_WATER) {
      this.paused = true;
      this.stream.pause();
    }
    this.notify();
  }

  /** Events of this socket's host connection. */
  events(): HostStreamEvents {
    return {
      onData: (d) => {
        if (this.state !== St.Closed && !this.readShut) this.push(d);
      },
      onEnd: () => {
        this.eof = true;
        this.notify();
      },
      onError: (code) => {
        if (this.state === St.Closed) return;
        this.pending = code;
        this.notify();
      },
    };
  }
}

/** Buffered bytes above which a host connection stops reading until recv catches up. */
const HIGH_WATER = 1 << 20;

/** One interpreter's sockets by file descriptor (the lowest free number from 3 up, as on Linux). */
export class SocketTable {
  private readonly byFd = new Map<number, Sock>();
  defaultTimeout: number | null = null;

  constructor(readonly sched: Scheduler) {}

  get(fd: number): Sock | undefined {
    return this.byFd.get(fd);
  }

  newFd(): number {
    let fd = 3;
    while (this.byFd.has(fd)) fd++;
    return fd;
  }

  create(family: number, type: number, proto: number): Sock {
    const s = new Sock(this.newFd(), family, type, proto, this.defaultTimeout);
    this.byFd.set(s.fd, s);
    return s;
  }

  /** Gives an accepted connection (not yet in the table) its file descriptor. */
  adopt(s: Sock): Sock {
    s.fd = this.newFd();
    s.timeout = this.defaultTimeout;
    this.byFd.set(s.fd, s);
    return s;
  }

  close(s: Sock): void {
    if (s.state === St.Closed) return;
    this.byFd.delete(s.fd);
    s.state = St.Closed;
    s.stream?.destroy();
    s.stream = null;
    s.server?.close();
    s.server = null;
    s.dgram?.close();
    s.dgram = null;
    for (const c of s.backlog) closeDetached(c);
    s.backlog.length = 0;
    const peer = s.mem;
    if (peer !== null) {
      peer.eof = true;
      peer.mem = null;
      peer.notify();
    }
    s.notify();
  }
}

/** A connection accepted by the host that Python never took: drop it. */
function closeDetached(s: Sock): void {
  s.state = St.Closed;
  s.stream?.destroy();
  s.stream = null;
  if (s.mem !== null) {
    s.mem.eof = true;
    s.mem.notify();
  }
}

const tables = new WeakMap<Scheduler, SocketTable>();

/** The socket table of the interpreter owning `sched`. */
export function socketTable(sched: Scheduler): SocketTable {
  let t = tables.get(sched);
  if (t === undefined) tables.set(sched, (t = new SocketTable(sched)));
  return t;
}

/** Joins two sockets as the ends of one in-memory stream (socketpair). */
export function linkMemory(a: Sock, b: Sock): void {
  a.mem = b;
  b.mem = a;
  a.state = St.Connected;
  b.state = St.Connected;
}

/** Sends bytes to the other end; returns how many were taken (all of them: buffers are unbounded). */
export function sendBytes(s: Sock, data: Uint8Array): number {
  if (s.mem !== null) {
    if (s.mem.readShut) return data.length;
    s.mem.push(data);
    return data.length;
  }
  s.stream?.write(data);
  return data.length;
}
