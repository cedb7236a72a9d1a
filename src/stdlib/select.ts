// select.ts — the select module: select.select() and select.poll() over gilpy sockets (anything whose fileno()
// names a socket of this interpreter), parking the calling thread until one is ready or the timeout passes.
// Behaviour follows docs.python.org/3.11/library/select.html and python3 3.11's messages on Linux.
import {
  PyModule, PyFloat, PyList, PyTuple, PyObject, PyObj, None, newList, newTuple, isInt, makeBuiltinType, objectType, TypeFlag,
} from "../runtime/object.js";
import { OSError, KeyError, FileNotFoundError, newException, typeError, valueError } from "../runtime/exceptions.js";
import { builtinFn, defineModuleGenFunctions, defineGenMethods } from "../runtime/builtin-function.js";
import { getAttrDefaultGen } from "../runtime/ops-attr.js";
import { callGen } from "../runtime/ops-call.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { schedulerOf } from "./_thread.js";
import { intValue, toDouble, iterate } from "./support.js";
import { socketTable, sockError, St, type Sock, type SocketTable } from "./socket-engine.js";
import { waitOn } from "./_socket.js";

const NO_FILENO = "argument must be an int, or have a fileno() method.";

const POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

/** select.poll(): registered descriptors and their event masks, in registration order. */
const pollType = makeBuiltinType("poll", objectType, TypeFlag.None);
pollType.module = "select";
class PyPoll extends PyObj {
  readonly fds = new Map<number, number>();
  constructor(readonly table: SocketTable) {
    super(pollType);
  }
}

/** A descriptor argument: an int or an object with fileno(). */
function* fdArg(x: PyObject): Generator<any, number, any> {
  let fd: PyObject = x;
  if (!isInt(x)) {
    const f = yield* getAttrDefaultGen(x, "fileno", None);
    if (f === None) throw typeError(NO_FILENO);
    fd = yield* callGen(f, []);
    if (!isInt(fd)) throw typeError("fileno() returned a non-integer");
  }
  const n = Number(intValue(fd));
  if (n < 0) throw valueError(`file descriptor cannot be a negative integer (${n})`);
  return n;
}

/** What poll() reports for a socket (Linux's bits: a closed peer of an in-memory pair is POLLHUP). */
function pollEvents(s: Sock | undefined, wanted: number): number {
  if (s === undefined || s.state === St.Closed) return POLLNVAL;
  let ev = 0;
  if (s.readable()) ev |= POLLIN;
  if (s.writable()) ev |= POLLOUT;
  if (s.pending !== null) ev |= POLLERR;
  if (s.eof && s.mem === null && s.stream === null && s.state === St.Connected) ev |= POLLHUP;
  return ev & (wanted | POLLERR | POLLHUP);
}

defineGenMethods(pollType, {
  register: function* ([self, fd, mask]) {
    const n = yield* fdArg(fd);
    (self as PyPoll).fds.set(n, mask === undefined ? POLLIN | POLLPRI | POLLOUT : Number(intValue(mask) ?? 0));
    return None;
  },
  modify: function* ([self, fd, mask]) {
    const n = yield* fdArg(fd);
    const p = self as PyPoll;
    if (!p.fds.has(n)) {
      const e = newException(FileNotFoundError, 2, "No such file or directory");
      e.dict.set("errno", 2);
      e.dict.set("strerror", "No such file or directory");
      throw e;
    }
    p.fds.set(n, Number(intValue(mask) ?? 0));
    return None;
  },
  unregister: function* ([self, fd]) {
    const n = yield* fdArg(fd);
    if (!(self as PyPoll).fds.delete(n)) throw newException(KeyError, n);
    return None;
  },
  poll: function* ([self, t]): NativeGen {
    const p = self as PyPoll;
    const table = p.table;
    const sched = table.sched;
    let deadline: number | null = null;
    let timeout: number | null = null;
    if (t !== undefined && t !== None) {
      if (!(t instanceof PyFloat) && !isInt(t)) throw typeError("timeout must be an integer or None");
      const ms = Math.ceil(toDouble(t));
      if (ms >= 0) {
        timeout = ms / 1000;
        deadline = sched.clock.monotonic() + timeout;
      }
    }
    for (;;) {
      const ready: PyObject[] = [];
      const socks: Sock[] = [];
      for (const [fd, wanted] of p.fds) {
        const s = table.get(fd);
        if (s !== undefined) socks.push(s);
        const ev = pollEvents(s, wanted);
        if (ev !== 0) ready.push(newTuple([fd, ev]));
      }
      if (ready.length > 0 || timeout === 0 || (deadline !== null && sched.clock.monotonic() >= deadline)) {
        return newList(ready);
      }
      if (socks.length === 0) {
        yield new ParkRequest(deadline, "poll", null, None);
        continue;
      }
      if ((yield* waitOn(table, socks, deadline, "poll")) === false) timeout = 0;
    }
  },
});

export function createSelect(rt: RuntimeContext): PyModule {
  const m = new PyModule("select");
  const sched = schedulerOf(rt);
  const table = socketTable(sched);
  m.dict.set("error", OSError);
  for (const [k, v] of [["POLLIN", POLLIN], ["POLLPRI", POLLPRI], ["POLLOUT", POLLOUT], ["POLLERR", POLLERR],
    ["POLLHUP", POLLHUP], ["POLLNVAL", POLLNVAL], ["POLLRDNORM", 64], ["POLLRDBAND", 128], ["POLLWRNORM", 256],
    ["POLLWRBAND", 512], ["POLLMSG", 1024], ["POLLRDHUP", 8192]] as [string, number][]) m.dict.set(k, v);
  m.dict.set("poll", builtinFn("poll", () => new PyPoll(table), m));

  /** Each item of a select list with its socket (fds 0-2 are the standard streams: never ready here). */
  function* entries(list: PyObject): Generator<any, [PyObject, Sock | null][], any> {
    if (!(list instanceof PyList) && !(list instanceof PyTuple) && (isInt(list) || list === None || list instanceof PyFloat)) {
      throw typeError("arguments 1-3 must be sequences");
    }
    const items: PyObject[] = yield* iterate(rt, list);
    const out: [PyObject, Sock | null][] = [];
    for (const item of items) {
      let fd: PyObject = item;
      if (!isInt(item)) {
        const f = yield* getAttrDefaultGen(item, "fileno", None);
        if (f === None) throw typeError(NO_FILENO);
        fd = yield* callGen(f, []);
        if (!isInt(fd)) throw typeError("fileno() returned a non-integer");
      }
      const n = Number(intValue(fd));
      if (n < 0) throw valueError(`file descriptor cannot be a negative integer (${n})`);
      const s = table.get(n);
      if (s === undefined && n > 2) throw sockError("EBADF");
      out.push([item, s ?? null]);
    }
    return out;
  }

  defineModuleGenFunctions(m, {
    select: function* (args): NativeGen {
      if (args.length < 3 || args.length > 4) {
        throw typeError(`select expected ${args.length < 3 ? "at least 3" : "at most 4"} arguments, got ${args.length}`);
      }
      let deadline: number | null = null;
      let timeout: number | null = null;
      const t = args[3];
      if (t !== undefined && t !== None) {
        if (!(t instanceof PyFloat) && !isInt(t)) throw typeError("timeout must be a float or None");
        timeout = toDouble(t);
        if (timeout < 0) throw valueError("timeout must be non-negative");
        deadline = sched.clock.monotonic() + timeout;
      }
      const r = yield* entries(args[0]);
      const w = yield* entries(args[1]);
      const x = yield* entries(args[2]);
      const socks = [...r, ...w, ...x].map((e) => e[1]).filter((s): s is Sock => s !== null);
      for (;;) {
        for (const [, s] of [...r, ...w]) if (s !== null && s.state === St.Closed) throw sockError("EBADF");
        const rr = r.filter(([, s]) => s !== null && s.readable()).map((e) => e[0]);
        const wr = w.filter(([, s]) => s !== null && s.writable()).map((e) => e[0]);
        const done = rr.length > 0 || wr.length > 0 || timeout === 0
          || (deadline !== null && sched.clock.monotonic() >= deadline);
        if (done) return newTuple([newList(rr), newList(wr), newList([])]);
        if (socks.length === 0) {
          // Nothing to watch: a plain sleep until the deadline (a deadlock report when there is none, as
          // every thread waiting forever on nothing would be).
          yield new ParkRequest(deadline, "select", null, None);
          continue;
        }
        // false: the timeout passed (under the virtual clock it is a real timer, so the clock may not show it)
        if ((yield* waitOn(table, socks, deadline, "select")) === false) timeout = 0;
      }
    },
  });
  return m;
}
