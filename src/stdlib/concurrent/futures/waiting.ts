// waiting.ts — concurrent.futures._base's waiting side: wait() with DoneAndNotDoneFutures and as_completed(),
// and the _base module with them (createBase in _base.ts makes the rest).
// Behaviour follows docs.python.org/3.11/library/concurrent.futures.html and what python3 3.11 prints;
// waits are resumable builtins yielding ParkRequests, so only the calling thread blocks.
import { PyObject, PyModule, PyTuple, KwArgs, None, makeBuiltinType, tupleType, TypeFlag, typeOf } from "../../../runtime/object.js";
import { TimeoutError, newException, typeError } from "../../../runtime/exceptions.js";
import { defineGenMethods, defineGetters, PyBuiltin } from "../../../runtime/builtin-function.js";
import { ParkRequest, type NativeGen } from "../../../runtime/protocol.js";
import { reprGen } from "../../../runtime/ops-object.js";
import { toArrayGen, ITER_SLOW, type IterStep } from "../../../runtime/ops-iter.js";
import { PySet } from "../../../runtime/dict.js";
import { runningScheduler, generalizeFieldKinds, type WakeFn } from "../../../runtime/scheduler.js";
import type { RuntimeContext } from "../../../runtime/runtime-context.js";
import { bindArgs } from "../../support.js";
import {
  PyFuture, State, Outcome, type FutureWaiter, PyResultIter, isCompleted, deadlineOf, createBase,
  FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED,
} from "./_base.js";

const MOD = "concurrent.futures._base";

export const doneAndNotDoneType = makeBuiltinType("DoneAndNotDoneFutures", tupleType, TypeFlag.None);
doneAndNotDoneType.module = MOD;
defineGetters(doneAndNotDoneType, {
  done: (self) => (self as PyTuple).items[0],
  not_done: (self) => (self as PyTuple).items[1],
});
defineGenMethods(doneAndNotDoneType, {
  __repr__: function* ([self]) {
    const [a, b] = (self as PyTuple).items;
    return `DoneAndNotDoneFutures(done=${yield* reprGen(a)}, not_done=${yield* reprGen(b)})`;
  },
});

function* setOf(items: PyObject[]): Generator<any, PySet, any> {
  const s = new PySet();
  for (const x of items) yield* s.addGen(x);
  return s;
}

/** The futures of `fs` without repeats, in first-seen order (CPython makes a set). */
function* uniqueFutures(fs: PyObject): Generator<any, PyFuture[], any> {
  const out: PyFuture[] = [];
  const seen = new Set<PyObject>();
  for (const f of yield* toArrayGen(fs)) {
    if (seen.has(f)) continue;
    seen.add(f);
    if (!(f instanceof PyFuture)) throw typeError(`'${typeOf(f).name}' object is not a Future`);
    out.push(f);
  }
  return out;
}

function unwait(f: PyFuture, waiter: FutureWaiter): void {
  const ws = f.waiters;
  if (ws === null) return;
  const i = ws.indexOf(waiter);
  if (i >= 0) ws.splice(i, 1);
}

function* waitFn(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const [fsArg, timeout, rw] = bindArgs("wait", args, kwargs, ["fs", "timeout", "return_when"]);
  if (fsArg === undefined) throw typeError("wait() missing 1 required positional argument: 'fs'");
  const when = rw === undefined ? ALL_COMPLETED : rw;
  const fs = yield* uniqueFutures(fsArg);
  const done = new Set(fs.filter(isCompleted));
  const result = function* (): NativeGen {
    return new PyTuple([yield* setOf([...done]), yield* setOf(fs.filter((f) => !done.has(f)))], doneAndNotDoneType);
  };
  const failed = (f: PyFuture) => f.state === State.Finished && f.exc !== None;
  if (when === FIRST_COMPLETED && done.size > 0) return yield* result();
  if (when === FIRST_EXCEPTION && [...done].some(failed)) return yield* result();
  if (done.size === fs.length) return yield* result();
  let pending = fs.length - done.size;
  let wake: WakeFn | null = null;
  const waiter: FutureWaiter = {
    add(f, how) {
      done.add(f);
      pending--;
      const stop = when === FIRST_COMPLETED || (when === FIRST_EXCEPTION && how === Outcome.Exception) || pending === 0;
      if (stop && wake !== null) wake(true);
    },
  };
  const pendingFs = fs.filter((f) => !done.has(f));
  for (const f of pendingFs) (f.waiters ??= []).push(waiter);
  try {
    const d = deadlineOf(timeout);
    yield new ParkRequest(d, "wait", (w) => void (wake = w as WakeFn), false);
  } finally {
    for (const f of pendingFs) unwait(f, waiter);
  }
  return yield* result();
}

function asCompleted(args: PyObject[], kwargs: KwArgs | null): PyObject {
  const [fsArg, timeout] = bindArgs("as_completed", args, kwargs, ["fs", "timeout"]);
  if (fsArg === undefined) throw typeError("as_completed() missing 1 required positional argument: 'fs'");
  return new PyAsCompleted(fsArg, timeout);
}

/** The iterator as_completed returns: futures as they finish (those already finished first). */
class PyAsCompleted extends PyResultIter implements FutureWaiter {
  readonly label = "as_completed";
  started = false;
  total = 0;
  d: number | null = null;
  readonly pending = new Set<PyFuture>();
  /** Finished futures not yet yielded, taken from readyHead on (no O(n) shift when thousands finished at once). */
  ready: PyFuture[] = [];
  readyHead = 0;
  /** Futures that finished since the last look (the waiter's list in CPython). */
  events: PyFuture[] = [];
  wake: WakeFn | null = null;

  constructor(readonly fsArg: PyObject, readonly timeout: PyObject | undefined) {
    super();
  }

  /** FutureWaiter: a pending future finished. */
  add(f: PyFuture): void {
    this.events.push(f);
    if (this.wake !== null) this.wake(true);
  }

  /** The next finished future, or undefined when none is at hand. */
  private take(): PyFuture | undefined {
    if (this.readyHead === this.ready.length && this.events.length > 0) {
      const evs = this.events;
      this.events = [];
      this.ready.length = 0;
      this.readyHead = 0;
      for (let i = 0; i < evs.length; i++) {
        const f = evs[i];
        if (this.pending.delete(f)) {
          this.ready.push(f);
          unwait(f, this);
        }
      }
    }
    if (this.readyHead < this.ready.length) {
      const f = this.ready[this.readyHead];
      this.ready[this.readyHead++] = undefined as unknown as PyFuture;
      return f;
    }
    return undefined;
  }

  next(): IterStep {
    if (!this.started) return ITER_SLOW;
    const f = this.take();
    if (f !== undefined) return f;
    return this.pending.size === 0 ? undefined : ITER_SLOW;
  }

  *step(): Generator<any, PyObject | undefined, any> {
    if (!this.started) {
      this.started = true;
      this.d = deadlineOf(this.timeout);
      const fs = yield* uniqueFutures(this.fsArg);
      this.total = fs.length;
      for (const f of fs) {
        if (isCompleted(f)) this.ready.push(f);
        else {
          this.pending.add(f);
          (f.waiters ??= []).push(this);
        }
      }
    }
    for (;;) {
      const f = this.take();
      if (f !== undefined) return f;
      if (this.pending.size === 0) return undefined;
      const d = this.d;
      if (d !== null && runningScheduler().clock.monotonic() >= d) {
        const n = this.pending.size;
        yield* this.close();
        throw newException(TimeoutError, `${n} (of ${this.total}) futures unfinished`);
      }
      try {
        yield new ParkRequest(d, "as_completed", (w) => void (this.wake = w as WakeFn), false);
      } finally {
        this.wake = null;
      }
    }
  }

  *close(): NativeGen {
    // Closed (or timed out) like CPython's generator: nothing more comes out.
    for (const f of this.pending) unwait(f, this);
    this.pending.clear();
    this.started = true;
    this.ready = [];
    this.readyHead = 0;
    this.events = [];
    return None;
  }
}

// Deadlines and the wake function hold null until the first timed or blocking wait (see generalizeFieldKinds).
generalizeFieldKinds(new PyAsCompleted(None, undefined), { d: [0.5, null], wake: [() => true, null], timeout: [0.5, {}, None] });

/** concurrent.futures._base, registered by the package (see futures.ts). */
export function createBaseModule(rt: RuntimeContext): PyModule {
  return createBase(rt, (m) => {
    const d = m.dict;
    d.set("DoneAndNotDoneFutures", doneAndNotDoneType);
    d.set("wait", new PyBuiltin("wait", waitFn, true, m));
    d.set("as_completed", new PyBuiltin("as_completed", asCompleted, false, m));
  });
}
