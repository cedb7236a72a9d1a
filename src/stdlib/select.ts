// select.ts — the select module: select.select() over gilpy sockets (anything whose fileno() names a socket
// of this interpreter), parking the calling thread until one is ready or the timeout passes on the clock.
// Behaviour follows docs.python.org/3.11/library/select.html and python3 3.11's messages on Linux.
import { PyModule, PyFloat, PyList, PyTuple, PyObject, None, newList, newTuple, isInt } from "../runtime/object.js";
import { OSError, typeError, valueError } from "../runtime/exceptions.js";
import { defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { getAttrDefaultGen } from "../runtime/ops-attr.js";
import { callGen } from "../runtime/ops-call.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { schedulerOf } from "./_thread.js";
import { intValue, toDouble, iterate } from "./support.js";
import { socketTable, sockError, St, type Sock } from "./socket-engine.js";
import { waitOn } from "./_socket.js";

const NO_FILENO = "argument must be an int, or have a fileno() method.";

export function createSelect(rt: RuntimeContext): PyModule {
  const m = new PyModule("select");
  const sched = schedulerOf(rt);
  const table = socketTable(sched);
  m.dict.set("error", OSError);

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
