// text-stream.ts — the host-backed text streams behind sys.stdin, sys.stdout and sys.stderr
// (`_io.TextIOWrapper` objects): writes go to the host synchronously, reads park the thread on host input.
import { PyObj, PyObject, PyType, None, makeBuiltinType, TypeFlag, newList } from "../runtime/object.js";
import { defineMethods, defineGenMethods, defineGetters } from "../runtime/builtin-function.js";
import { typeError, valueError, newException, StopIteration, OSError } from "../runtime/exceptions.js";
import { ParkRequest, NativeGen } from "../runtime/protocol.js";
import type { Host } from "../runtime/host.js";
import { runningScheduler } from "../runtime/scheduler.js";
import { typeName } from "../runtime/object.js";
import { cpLen, strValue, arity } from "./support.js";

export type StreamKind = "stdin" | "stdout" | "stderr";

let streamType: PyType | null = null;

export class PyTextStream extends PyObj {
  closed = false;
  /** Input already received from the host but not yet returned (stdin only). */
  pending = "";
  eof = false;
  constructor(readonly host: Host, readonly kind: StreamKind) {
    super(textStreamType());
  }

  /** What print() and sys.stdout.write do: hand the text to the host now. */
  writeText(s: string): number {
    if (this.closed) throw valueError("I/O operation on closed file.");
    if (this.kind === "stdout") this.host.writeStdout(s);
    else if (this.kind === "stderr") this.host.writeStderr(s);
    else throw newException(OSError, "not writable");
    return cpLen(s);
  }
}

function self(x: PyObject): PyTextStream {
  if (!(x instanceof PyTextStream)) throw typeError(`descriptor requires a '_io.TextIOWrapper' object but received a '${typeName(x)}'`);
  return x;
}

/** Parks until the host delivers one more line (or end of input); returns false at end of input. */
function* fill(s: PyTextStream): Generator<any, boolean, any> {
  if (s.eof) return false;
  const line = yield new ParkRequest(null, "stdin", (wake) => {
    // Waiting for input is an idle wait, not a deadlock: the scheduler keeps running while the host reads.
    let release = () => {};
    try {
      release = runningScheduler().holdExternal();
    } catch {
      // no scheduler (unit tests drive the generator directly)
    }
    s.host.readLine().then(
      (l) => { wake(l === null ? None : l); release(); },
      () => { wake(None); release(); },
    );
  }, None);
  if (line === None) {
    s.eof = true;
    return false;
  }
  s.pending += line as string;
  return true;
}

function* readline(s: PyTextStream, limit: number): NativeGen {
  if (s.kind !== "stdin") throw newException(OSError, "not readable");
  while (!s.pending.includes("\n") && (yield* fill(s)));
  let end = s.pending.indexOf("\n");
  end = end < 0 ? s.pending.length : end + 1;
  if (limit >= 0 && limit < end) end = limit;
  const out = s.pending.slice(0, end);
  s.pending = s.pending.slice(end);
  return out;
}

function textStreamType(): PyType {
  if (streamType !== null) return streamType;
  const t = makeBuiltinType("TextIOWrapper", undefined, TypeFlag.None);
  t.module = "_io";
  streamType = t;
  defineMethods(t, {
    write: (args) => {
      arity("write", args, 2);
      const s = strValue(args[1]);
      if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(args[1])}`);
      return self(args[0]).writeText(s);
    },
    writelines: ([st, lines]) => {
      // Plain lists and tuples of str only; other iterables go through io.py's generic path.
      const items = (lines as { items?: PyObject[] }).items;
      if (!Array.isArray(items)) throw typeError("writelines() argument must be a list or tuple of str");
      for (const l of items) {
        const s = strValue(l);
        if (s === undefined) throw typeError(`write() argument must be str, not ${typeName(l)}`);
        self(st).writeText(s);
      }
      return None;
    },
    flush: ([st]) => {
      if (self(st).closed) throw valueError("I/O operation on closed file.");
      return None;
    },
    isatty: () => false,
    readable: ([st]) => self(st).kind === "stdin",
    writable: ([st]) => self(st).kind !== "stdin",
    seekable: () => false,
    fileno: ([st]) => ["stdin", "stdout", "stderr"].indexOf(self(st).kind),
    close: ([st]) => {
      self(st).closed = true;
      return None;
    },
    __enter__: ([st]) => st,
    __iter__: ([st]) => st,
    __repr__: ([st]) => {
      const s = self(st);
      return `<_io.TextIOWrapper name='<${s.kind}>' mode='${s.kind === "stdin" ? "r" : "w"}' encoding='utf-8'>`;
    },
  });
  defineGenMethods(t, {
    readline: function* (args) {
      const limit = args.length > 1 && typeof args[1] === "number" ? args[1] : -1;
      return yield* readline(self(args[0]), limit);
    },
    read: function* (args) {
      const s = self(args[0]);
      const n = args.length > 1 && typeof args[1] === "number" ? args[1] : -1;
      while ((n < 0 || cpLen(s.pending) < n) && (yield* fill(s)));
      const chars = [...s.pending];
      const take = n < 0 ? chars.length : Math.min(n, chars.length);
      s.pending = chars.slice(take).join("");
      return chars.slice(0, take).join("");
    },
    readlines: function* (args) {
      const s = self(args[0]);
      const out: PyObject[] = [];
      for (;;) {
        const l = (yield* readline(s, -1)) as string;
        if (l === "") return newList(out);
        out.push(l);
      }
    },
    __next__: function* (args) {
      const l = (yield* readline(self(args[0]), -1)) as string;
      if (l === "") throw newException(StopIteration);
      return l;
    },
    __exit__: function* (args) {
      self(args[0]).closed = true;
      return None;
    },
  });
  defineGetters(t, {
    name: (st) => `<${self(st).kind}>`,
    mode: (st) => (self(st).kind === "stdin" ? "r" : "w"),
    encoding: () => "utf-8",
    errors: () => "strict",
    closed: (st) => self(st).closed,
    line_buffering: (st) => self(st).kind !== "stdin",
    newlines: () => None,
  });
  return t;
}
