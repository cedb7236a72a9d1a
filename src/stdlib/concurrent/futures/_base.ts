// _base.ts — concurrent.futures._base in TypeScript: Future and its states, the exceptions (Error,
// CancelledError, InvalidStateError, BrokenExecutor; TimeoutError is the builtin one in 3.11), Executor with
// its lazy map(); wait() and as_completed() are in waiting.ts.
// Behaviour follows docs.python.org/3.11/library/concurrent.futures.html and what python3 3.11 prints;
// waits are resumable builtins yielding ParkRequests, so only the calling thread blocks.
import {
  PyObject, PyInstance, PyModule, PyType, KwArgs, None, makeBuiltinType, objectType, TypeFlag, typeOf, PyFloat,
} from "../../../runtime/object.js";
import {
  Exception, RuntimeError, NotImplementedError, TimeoutError, PyBaseException, newException, runtimeError, typeError,
  stopIteration,
} from "../../../runtime/exceptions.js";
import {
  defineGenMethods, defineMethods, defineGetters, PyClassMethodDescr, PyBuiltin,
} from "../../../runtime/builtin-function.js";
import { CallRequest, ParkRequest, type NativeGen } from "../../../runtime/protocol.js";
import { PyFunction } from "../../../runtime/function.js";
import { addFuturesFrame, type FuturesFrame } from "./frames.js";
import { callGen } from "../../../runtime/ops-call.js";
import { loadAttrGen } from "../../../runtime/ops-attr.js";
import { idOf } from "../../../runtime/ops-object.js";
import { getIterGen, iterNextGen, PyIterator, ITER_SLOW, type IterStep } from "../../../runtime/ops-iter.js";
import { genericAlias } from "../../../runtime/types/generic-alias.js";
import { runningScheduler, generalizeFieldKinds, type WakeFn } from "../../../runtime/scheduler.js";
import type { RuntimeContext } from "../../../runtime/runtime-context.js";
import { toDouble, bindArgs } from "../../support.js";
import { writeToSys } from "../../sys.js";
import { wakeAll } from "../../threading-sync.js";
import { schedulerOf } from "../../_thread.js";

const MOD = "concurrent.futures._base";

function excType(name: string, base: PyType, module = MOD): PyType {
  const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap);
  t.module = module;
  t.newInstance = (cls) => new PyBaseException(cls);
  return t;
}
export const FuturesError = excType("Error", Exception);
export const CancelledError = excType("CancelledError", FuturesError);
export const InvalidStateError = excType("InvalidStateError", FuturesError);
export const BrokenExecutor = excType("BrokenExecutor", RuntimeError);

// ---- Future ----

export const enum State { Pending, Running, Cancelled, CancelledAndNotified, Finished }
const STATE_NAMES = ["PENDING", "RUNNING", "CANCELLED", "CANCELLED_AND_NOTIFIED", "FINISHED"];
const STATE_WORDS = ["pending", "running", "cancelled", "cancelled", "finished"];

/** How a future ended, as reported to wait()/as_completed() waiters. */
export const enum Outcome { Result, Exception, Cancelled }
export interface FutureWaiter {
  add(f: PyFuture, how: Outcome): void;
}

export class PyFuture extends PyInstance {
  state = State.Pending;
  result: PyObject = None;
  exc: PyObject = None;
  /** Threads parked in result()/exception(). */
  // The three lists below are made on first use: most futures of a busy pool never need them.
  resultWaiters: WakeFn[] | null = null;
  waiters: FutureWaiter[] | null = null;
  callbacks: PyObject[] | null = null;
  /** The RuntimeContext for callback error logging. */
  rt: RuntimeContext | null = null;
  // Spelled out: the implicit constructor passes its arguments on with a spread, slow before V8 optimizes it.
  constructor(type: PyType) {
    super(type);
  }
}
export const futureType = makeBuiltinType("Future", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
futureType.module = MOD;
futureType.newInstance = (cls) => new PyFuture(cls);

// A Future's waiter lists and exception hold null until a pool is busy: see generalizeFieldKinds.
generalizeFieldKinds(new PyFuture(futureType), {
  result: [0, 0.5, None], exc: [new PyBaseException(Exception), None], resultWaiters: [[]], waiters: [[]], callbacks: [[]], rt: [{}],
});

const isDone = (f: PyFuture) => f.state >= State.Cancelled;
export const isCompleted = (f: PyFuture) => f.state === State.CancelledAndNotified || f.state === State.Finished;

function futureRepr(f: PyFuture): string {
  const head = `<${typeOf(f).name} at 0x${idOf(f).toString(16)} state=${STATE_WORDS[f.state]}`;
  if (f.state !== State.Finished) return head + ">";
  return f.exc !== None ? `${head} raised ${typeOf(f.exc).name}>` : `${head} returned ${typeOf(f.result).name}>`;
}

/** The stderr lines of logging's last-resort handler for LOGGER.exception/critical with exc_info. */
export function* logException(rt: RuntimeContext | null, message: string, e: PyBaseException): NativeGen {
  if (rt === null) return None;
  const lines = yield* rt.formatException(e, true);
  return yield* writeToSys(rt, "stderr", message + "\n" + lines.join(""));
}

// A Python function whose arguments do not bind (f(x) submitted with two arguments) fails in the VM while
// it pushes the frame, and that error skips the catch blocks of the native frame that asked for the call
// (vm.ts driveNative). Such calls go through this builtin, which the VM drives as a frame of its own, so
// the error reaches the pool's catch and lands in the Future as on CPython.
export const callInOwnFrame = new PyBuiltin("_call", function* (a: PyObject[], kw: KwArgs | null): NativeGen {
  return yield* callGen(a[0], a.slice(1), kw);
}, true);

/** True when calling `fn` with these arguments binds for sure (exactly its positional parameters). */
export function bindsSurely(fn: PyObject, args: PyObject[], kwargs: KwArgs | null): boolean {
  return fn instanceof PyFunction && kwargs === null && fn.code.argcount === args.length && fn.code.kwonlyargcount === 0;
}

/** callGen for user callables whose errors must reach the caller's catch, argument-binding errors too. */
export function* callCatchable(fn: PyObject, args: PyObject[], kwargs: KwArgs | null = null): NativeGen {
  if (bindsSurely(fn, args, kwargs)) return yield* callGen(fn, args, null);
  return yield new CallRequest(callInOwnFrame, [fn, ...args], kwargs);
}

function* runCallback(f: PyFuture, cb: PyObject, where: FuturesFrame): NativeGen {
  try {
    yield* callCatchable(cb, [f]);
  } catch (e) {
    if (!(e instanceof PyBaseException) || !e.type.isSubtypeOf(Exception)) throw e;
    addFuturesFrame(e, where);
    yield* logException(f.rt, `exception calling callback for ${futureRepr(f)}`, e);
  }
  return None;
}

function* invokeCallbacks(f: PyFuture): NativeGen {
  const cbs = f.callbacks;
  if (cbs === null) return None;
  f.callbacks = null;
  for (const cb of cbs) yield* runCallback(f, cb, "invoke_callbacks");
  return None;
}

/** Tells wait()/as_completed() waiters and result() callers that `f` just finished (no Python runs). */
function notifyDone(f: PyFuture, how: Outcome): void {
  const ws = f.waiters;
  if (ws !== null) for (let i = 0; i < ws.length; i++) ws[i].add(f, how);
  if (f.resultWaiters !== null && f.resultWaiters.length > 0) wakeAll(f.resultWaiters);
}

function* finish(f: PyFuture, how: Outcome): NativeGen {
  notifyDone(f, how);
  return yield* invokeCallbacks(f);
}

export function* setResult(f: PyFuture, v: PyObject): NativeGen {
  if (isDone(f)) throw newException(InvalidStateError, `${STATE_NAMES[f.state]}: ${futureRepr(f)}`);
  f.result = v;
  f.state = State.Finished;
  return yield* finish(f, Outcome.Result);
}

/**
 * setResult for executors' hot path: true when done without running Python (no done-callbacks), false when
 * the caller must use setResult (callbacks to run, or the future already done and an error to raise).
 */
export function setResultQuiet(f: PyFuture, v: PyObject): boolean {
  if (isDone(f) || (f.callbacks !== null && f.callbacks.length > 0)) return false;
  f.result = v;
  f.state = State.Finished;
  notifyDone(f, Outcome.Result);
  return true;
}

export function* setException(f: PyFuture, e: PyObject): NativeGen {
  if (isDone(f)) throw newException(InvalidStateError, `${STATE_NAMES[f.state]}: ${futureRepr(f)}`);
  f.exc = e;
  f.state = State.Finished;
  return yield* finish(f, Outcome.Exception);
}

export function* cancelFuture(f: PyFuture): Generator<any, boolean, any> {
  if (f.state === State.Running || f.state === State.Finished) return false;
  if (f.state === State.Cancelled || f.state === State.CancelledAndNotified) return true;
  f.state = State.Cancelled;
  if (f.resultWaiters !== null) wakeAll(f.resultWaiters);
  yield* invokeCallbacks(f);
  return true;
}

/** Executors call this before running a future's work: false when it was cancelled (waiters are told). */
export function* setRunningOrNotifyCancel(f: PyFuture): Generator<any, boolean, any> {
  if (f.state === State.Cancelled) {
    f.state = State.CancelledAndNotified;
    if (f.waiters !== null) for (const w of f.waiters) w.add(f, Outcome.Cancelled);
    return false;
  }
  if (f.state === State.Pending) {
    f.state = State.Running;
    return true;
  }
  if (f.rt !== null) yield* writeToSys(f.rt, "stderr", `Future ${idOf(f)} in unexpected state: ${STATE_NAMES[f.state]}\n`);
  throw runtimeError("Future in unexpected state");
}

export function deadlineOf(timeout: PyObject | undefined): number | null {
  if (timeout === undefined || timeout === None) return null;
  return runningScheduler().clock.monotonic() + toDouble(timeout);
}

/** Parks until `f` is done or `d` passes; false on timeout. */
function* waitDone(f: PyFuture, d: number | null): Generator<any, boolean, any> {
  while (!isDone(f)) {
    if (d !== null && runningScheduler().clock.monotonic() >= d) return false;
    yield new ParkRequest(d, "Future.result", (w) => void (f.resultWaiters ??= []).push(w as WakeFn), false);
  }
  return true;
}

/** Future.result(timeout): the value, the call's exception re-raised, CancelledError or TimeoutError. */
export function* futureResult(f: PyFuture, d: number | null): NativeGen {
  if (!(yield* waitDone(f, d))) throw newException(TimeoutError);
  if (f.state !== State.Finished) throw newException(CancelledError);
  if (f.exc !== None) throw f.exc;
  return f.result;
}

defineMethods(futureType, {
  __init__: ([self]) => {
    const f = self as PyFuture;
    f.state = State.Pending;
    f.rt = rtOfScheduler();
    return None;
  },
  cancelled: ([self]) => (self as PyFuture).state === State.Cancelled || (self as PyFuture).state === State.CancelledAndNotified,
  running: ([self]) => (self as PyFuture).state === State.Running,
  done: ([self]) => isDone(self as PyFuture),
  __repr__: ([self]) => futureRepr(self as PyFuture),
});
defineGenMethods(futureType, {
  cancel: function* ([self]) {
    return yield* cancelFuture(self as PyFuture);
  },
  result: function* (args, kwargs) {
    const f = args[0] as PyFuture;
    // Plain result() of a finished future: no argument binding, no waiting generator.
    if (args.length === 1 && kwargs === null && f.state === State.Finished) {
      if (f.exc !== None) throw f.exc;
      return f.result;
    }
    const [t] = bindArgs("result", args.slice(1), kwargs, ["timeout"]);
    return yield* futureResult(args[0] as PyFuture, deadlineOf(t));
  },
  exception: function* (args, kwargs) {
    const f = args[0] as PyFuture;
    const [t] = bindArgs("exception", args.slice(1), kwargs, ["timeout"]);
    if (!(yield* waitDone(f, deadlineOf(t)))) throw newException(TimeoutError);
    if (f.state !== State.Finished) throw newException(CancelledError);
    return f.exc;
  },
  add_done_callback: function* ([self, fn]) {
    const f = self as PyFuture;
    if (!isDone(f)) (f.callbacks ??= []).push(fn);
    else yield* runCallback(f, fn, "add_done_callback");
    return None;
  },
  set_running_or_notify_cancel: function* ([self]) {
    return yield* setRunningOrNotifyCancel(self as PyFuture);
  },
  set_result: function* ([self, v]) {
    return yield* setResult(self as PyFuture, v);
  },
  set_exception: function* ([self, e]) {
    return yield* setException(self as PyFuture, e);
  },
});
defineGetters(futureType, {
  _state: (self) => STATE_NAMES[(self as PyFuture).state],
  _result: (self) => (self as PyFuture).result,
  _exception: (self) => (self as PyFuture).exc,
});
futureType.dict.set("__class_getitem__", new PyClassMethodDescr(futureType, "__class_getitem__", ([c, i]) => genericAlias(c, i), false));
futureType.changed();

/** The RuntimeContext of the running interpreter, registered by the module factory. */
const rtBySched = new WeakMap<object, RuntimeContext>();
function rtOfScheduler(): RuntimeContext | null {
  return rtBySched.get(runningScheduler()) ?? null;
}
export function newFuture(rt: RuntimeContext | null = rtOfScheduler()): PyFuture {
  const f = new PyFuture(futureType);
  f.rt = rt;
  return f;
}

// ---- iterators returned by map() and as_completed() (generators in CPython) ----

export const resultIterType = makeBuiltinType("generator", objectType, TypeFlag.None);
resultIterType.module = MOD;

/**
 * A builtin iterator standing in for CPython's generator: `next()` answers without a generator when the
 * next item is at hand (a finished future), so for loops, sum() and list() take it inline; `step()` is
 * the resumable path that may wait (undefined when exhausted).
 */
export abstract class PyResultIter extends PyIterator {
  abstract readonly label: string;
  constructor() {
    super(resultIterType);
  }
  abstract step(): Generator<any, PyObject | undefined, any>;
  abstract close(): NativeGen;
  override nextGen(): Generator<any, PyObject | undefined, any> {
    return this.step();
  }
}
defineMethods(resultIterType, {
  __iter__: ([self]) => self,
  __repr__: ([self]) => `<generator object ${(self as PyResultIter).label} at 0x${idOf(self).toString(16)}>`,
});
defineGenMethods(resultIterType, {
  __next__: function* ([self]) {
    const it = self as PyResultIter;
    let v = it.next();
    if (v === ITER_SLOW) v = yield* it.step();
    if (v === undefined) throw stopIteration();
    return v;
  },
  close: function* ([self]) {
    return yield* (self as PyResultIter).close();
  },
});

// ---- Executor ----

export const executorType = makeBuiltinType("Executor", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
executorType.module = MOD;

/** Executor.map: submits every call at once, then yields results in order (a failed call raises there). */
function* executorMap(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const self = args[0];
  if (args.length < 2) throw typeError("Executor.map() missing 1 required positional argument: 'fn'");
  const fn = args[1];
  let timeout: PyObject = None;
  if (kwargs !== null) {
    for (const [k, v] of kwargs) {
      if (k === "timeout") timeout = v;
      else if (k === "chunksize") continue;
      else throw typeError(`Executor.map() got an unexpected keyword argument '${k}'`);
    }
  }
  const d = deadlineOf(timeout);
  const its: PyObject[] = [];
  for (const x of args.slice(2)) its.push(yield* getIterGen(x));
  const submit = yield* loadAttrGen(self, "submit");
  const fs: PyObject[] = [];
  if (its.length > 0) {
    for (;;) {
      const vals: PyObject[] = [fn];
      for (const it of its) {
        const v = yield* iterNextGen(it);
        if (v === undefined) break;
        vals.push(v);
      }
      if (vals.length <= its.length) break;
      fs.push(yield* callGen(submit, vals));
    }
  }
  return new PyMapIter(fs, d);
}

/** The iterator Executor.map returns: results in submission order; a failure cancels the calls not yet taken. */
class PyMapIter extends PyResultIter {
  readonly label = "Executor.map.<locals>.result_iterator";
  i = 0;
  constructor(readonly fs: PyObject[], readonly d: number | null) {
    super();
  }
  next(): IterStep {
    // A finished future's result: no generator, no argument binding (most items of a busy pool).
    if (this.i >= this.fs.length) return undefined;
    const f = this.fs[this.i];
    if (f instanceof PyFuture && f.state === State.Finished && f.exc === None) {
      this.i++;
      return f.result;
    }
    return ITER_SLOW;
  }
  *step(): Generator<any, PyObject | undefined, any> {
    if (this.i >= this.fs.length) return undefined;
    const f = this.fs[this.i++];
    const d = this.d;
    try {
      if (f instanceof PyFuture) return yield* futureResult(f, d);
      const left = d === null ? None : newFloatOf(d - runningScheduler().clock.monotonic());
      return yield* callGen(yield* loadAttrGen(f, "result"), [left]);
    } catch (e) {
      // CPython's _result_or_cancel cancels the future it waited on (a timeout leaves it pending), then
      // the generator's finally cancels the rest.
      this.i--;
      yield* this.close();
      throw e;
    }
  }
  *close(): NativeGen {
    const fs = this.fs;
    for (; this.i < fs.length; this.i++) {
      const f = fs[this.i];
      if (f instanceof PyFuture) yield* cancelFuture(f);
      else yield* callGen(yield* loadAttrGen(f, "cancel"), []);
    }
    return None;
  }
}

function newFloatOf(x: number): PyObject {
  return new PyFloat(x);
}

defineGenMethods(executorType, {
  submit: function* () {
    throw newException(NotImplementedError);
  },
  map: executorMap,
  shutdown: function* () {
    return None;
  },
  __exit__: function* ([self]) {
    const sd = yield* loadAttrGen(self, "shutdown");
    yield* callGen(sd, [], new Map([["wait", true]]));
    return false;
  },
});
defineMethods(executorType, { __enter__: ([self]) => self });

// ---- wait and as_completed ----

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

generalizeFieldKinds(new PyMapIter([], null), { d: [0.5, null] });

// ---- the module ----

/** The module; `addWaiting` (waiting.ts) adds DoneAndNotDoneFutures, wait and as_completed last, as CPython lists them. */
export function createBase(rt: RuntimeContext, addWaiting: (m: PyModule) => void): PyModule {
  rtBySched.set(schedulerOf(rt), rt);
  const m = new PyModule(MOD);
  const d = m.dict;
  d.set("FIRST_COMPLETED", FIRST_COMPLETED);
  d.set("FIRST_EXCEPTION", FIRST_EXCEPTION);
  d.set("ALL_COMPLETED", ALL_COMPLETED);
  for (const n of STATE_NAMES) d.set(n, n);
  d.set("Error", FuturesError);
  d.set("CancelledError", CancelledError);
  d.set("TimeoutError", TimeoutError);
  d.set("InvalidStateError", InvalidStateError);
  d.set("BrokenExecutor", BrokenExecutor);
  d.set("Future", futureType);
  d.set("Executor", executorType);
  addWaiting(m);
  return m;
}

