// threading-sync.ts — threading's synchronisation types in TypeScript: Condition, Semaphore, BoundedSemaphore,
// Event, Barrier and BrokenBarrierError. Every wait is a resumable builtin yielding a ParkRequest, so it parks
// only the calling thread, whatever Python or builtin code it was reached from.
// Behaviour follows the threading docs of CPython 3.11 (docs.python.org/3.11/library/threading.html) and
// what python3 3.11 prints; the implementation is gilpy's own (wait lists of wake functions, no inner locks).
import {
  PyObject, PyInstance, PyType, KwArgs, None, makeBuiltinType, objectType, TypeFlag, typeOf,
} from "../runtime/object.js";
import {
  RuntimeError, PyBaseException, newException, runtimeError, typeError, valueError,
} from "../runtime/exceptions.js";
import { defineGenMethods, defineMethods, defineGetters } from "../runtime/builtin-function.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { idOf, reprGen, truthGen, truthy } from "../runtime/ops-object.js";
import { runningScheduler, type WakeFn } from "../runtime/scheduler.js";
import {
  PyLock, PyRLock, rlockType, acquireLock, releaseLock, untimedRequest, tryAcquireRLock, releaseRLock, warnDeprecated,
} from "./_thread.js";
import { toDouble, toIndex, bindArgs } from "./support.js";

/** A wait deadline: absolute monotonic seconds, null for "no timeout", or "now" for a non-blocking try. */
export type Deadline = number | null | "now";

/** timeout=None → wait forever; a number → that many seconds from now; ≤ 0 → don't block. */
export function timeoutDeadline(t: PyObject | undefined): Deadline {
  if (t === undefined || t === None) return null;
  const s = toDouble(t);
  if (!(s > 0)) return "now";
  return runningScheduler().clock.monotonic() + s;
}

export function deadlinePassed(d: Deadline): boolean {
  return d === "now" || (d !== null && runningScheduler().clock.monotonic() >= d);
}

/** Parks the caller on `list` until woken (result true) or `d` passes (false). */
export function* parkOn(list: WakeFn[], d: Deadline, reason: string): Generator<ParkRequest, boolean, PyObject> {
  if (d === "now") return false;
  const r = yield new ParkRequest(d, reason, (w) => void list.push(w as WakeFn), false);
  return r === true;
}

/** Wakes the oldest waiter still parked; false when there was none. */
export function wakeOne(list: WakeFn[], value: PyObject = true): boolean {
  while (list.length > 0) if (list.shift()!(value)) return true;
  return false;
}

export function wakeAll(list: WakeFn[], value: PyObject = true): void {
  const ws = list.splice(0, list.length);
  for (const w of ws) w(value);
}

function truthOf(x: PyObject): boolean {
  const t = truthy(x);
  return t === undefined ? true : t;
}

const addr = (x: PyObject) => "0x" + idOf(x).toString(16);

/** `<module.Qualname at 0x…: detail>`, the shape of Semaphore/Event/Barrier reprs. */
function atRepr(self: PyObject, detail: string): string {
  const t = typeOf(self);
  return `<${t.module}.${t.qualname} at ${addr(self)}: ${detail}>`;
}

function pyType(name: string, make: (cls: PyType) => PyInstance, base: PyType = objectType): PyType {
  const t = makeBuiltinType(name, base, TypeFlag.BaseType | TypeFlag.HasDict);
  t.module = "threading";
  t.newInstance = make;
  return t;
}

// ---- Condition ----

export class PyCondition extends PyInstance {
  lock: PyObject = None;
  waiters: WakeFn[] = [];
  /** The request every untimed wait shares (the scheduler reads a request only while parking). */
  untimed: ParkRequest | null = null;
}
export const conditionType = pyType("Condition", (cls) => new PyCondition(cls));

/** Whether the calling thread holds `lock` (CPython's Condition._is_owned, for any lock-like object). */
function* isOwned(lock: PyObject): Generator<any, boolean, any> {
  if (lock instanceof PyRLock) return lock.owner === runningScheduler().currentThread && lock.count > 0;
  if (lock instanceof PyLock) return lock.locked;
  const got = yield* callGen(yield* loadAttrGen(lock, "acquire"), [false]);
  if (yield* truthGen(got)) {
    yield* callGen(yield* loadAttrGen(lock, "release"), []);
    return false;
  }
  return true;
}

/** Whether `lock` is a builtin Lock/RLock that the calling thread holds (false: ask isOwned). */
function ownsBuiltinLock(lock: PyObject): boolean {
  if (lock instanceof PyRLock) return lock.owner === runningScheduler().currentThread && lock.count > 0;
  return lock instanceof PyLock && lock.locked;
}

/** Releases `lock` completely for a wait; returns what `restore` needs (an RLock's recursion count). */
function* releaseForWait(lock: PyObject): Generator<any, number, any> {
  if (lock instanceof PyRLock) {
    const n = lock.count;
    lock.count = 0;
    lock.owner = null;
    releaseLock(lock.lock);
    return n;
  }
  if (lock instanceof PyLock) {
    releaseLock(lock);
    return 1;
  }
  yield* callGen(yield* loadAttrGen(lock, "release"), []);
  return 1;
}

function* restoreAfterWait(lock: PyObject, saved: number): Generator<any, void, any> {
  if (lock instanceof PyRLock) {
    yield* acquireLock(lock.lock, null, "Condition.wait");
    lock.owner = runningScheduler().currentThread;
    lock.count = saved;
    return;
  }
  if (lock instanceof PyLock) {
    yield* acquireLock(lock, null, "Condition.wait");
    return;
  }
  yield* callGen(yield* loadAttrGen(lock, "acquire"), []);
}

/** Condition.wait: releases the lock, parks until notified or `d`, takes the lock back; true if notified. */
export function* conditionWait(c: PyCondition, d: Deadline): Generator<any, boolean, any> {
  const lock = c.lock;
  if (lock instanceof PyRLock || lock instanceof PyLock) {
    // The builtin locks, without nested generators: a producer/consumer loop waits here a lot.
    let inner: PyLock;
    let saved = 1;
    if (lock instanceof PyRLock) {
      if (!(lock.owner === runningScheduler().currentThread && lock.count > 0)) throw runtimeError("cannot wait on un-acquired lock");
      saved = lock.count;
      lock.count = 0;
      lock.owner = null;
      inner = lock.lock;
    } else {
      if (!lock.locked) throw runtimeError("cannot wait on un-acquired lock");
      inner = lock;
    }
    releaseLock(inner);
    let notified = false;
    try {
      if (d !== "now") {
        const req = d === null ? (c.untimed ??= new ParkRequest(null, "Condition.wait", (w) => void c.waiters.push(w as WakeFn), false))
          : new ParkRequest(d, "Condition.wait", (w) => void c.waiters.push(w as WakeFn), false);
        notified = (yield req) === true;
      }
    } finally {
      while (inner.locked) yield untimedRequest(inner, "Condition.wait");
      inner.locked = true;
      if (lock instanceof PyRLock) {
        lock.owner = runningScheduler().currentThread;
        lock.count = saved;
      }
    }
    return notified;
  }
  if (!(yield* isOwned(c.lock))) throw runtimeError("cannot wait on un-acquired lock");
  const saved = yield* releaseForWait(c.lock);
  let notified = false;
  try {
    notified = yield* parkOn(c.waiters, d, "Condition.wait");
  } finally {
    yield* restoreAfterWait(c.lock, saved);
  }
  return notified;
}

function* conditionNotify(c: PyCondition, n: number): Generator<any, void, any> {
  if (!(yield* isOwned(c.lock))) throw runtimeError("cannot notify on un-acquired lock");
  // Waiters that timed out are still listed until they run again; like CPython's, they use up a notify.
  for (let i = 0; i < n && c.waiters.length > 0; i++) c.waiters.shift()!(true);
}

function* lockCall(lock: PyObject, name: string, args: PyObject[], kwargs: KwArgs | null = null): NativeGen {
  return yield* callGen(yield* loadAttrGen(lock, name), args, kwargs);
}

defineGenMethods(conditionType, {
  __init__: function* (args, kwargs) {
    const c = args[0] as PyCondition;
    const [lock] = bindArgs("Condition.__init__", args.slice(1), kwargs, ["lock"]);
    c.lock = lock === undefined || lock === None ? new PyRLock(rlockType) : lock;
    c.waiters = [];
    return None;
  },
  acquire: function* (args, kwargs) {
    return yield* lockCall((args[0] as PyCondition).lock, "acquire", args.slice(1), kwargs);
  },
  release: function* (args) {
    return yield* lockCall((args[0] as PyCondition).lock, "release", args.slice(1));
  },
  __enter__: function* ([self]) {
    // The builtin locks taken without waiting need no method lookup (`with cond:` in a loop).
    const lock = (self as PyCondition).lock;
    if (lock instanceof PyRLock && lock.type === rlockType && tryAcquireRLock(lock)) return true;
    if (lock instanceof PyLock && !lock.locked) {
      lock.locked = true;
      return true;
    }
    return yield* lockCall(lock, "__enter__", []);
  },
  __exit__: function* ([self, ...rest]) {
    const lock = (self as PyCondition).lock;
    if (lock instanceof PyRLock && lock.type === rlockType) {
      releaseRLock(lock);
      return None;
    }
    return yield* lockCall(lock, "__exit__", rest);
  },
  _is_owned: function* ([self]) {
    return yield* isOwned((self as PyCondition).lock);
  },
  wait: function* (args, kwargs) {
    const [t] = bindArgs("wait", args.slice(1), kwargs, ["timeout"]);
    return yield* conditionWait(args[0] as PyCondition, timeoutDeadline(t));
  },
  wait_for: function* (args, kwargs) {
    const c = args[0] as PyCondition;
    const [pred, t] = bindArgs("wait_for", args.slice(1), kwargs, ["predicate", "timeout"]);
    if (pred === undefined) throw typeError("Condition.wait_for() missing 1 required positional argument: 'predicate'");
    const d = timeoutDeadline(t);
    let result = yield* callGen(pred, []);
    let first = true;
    while (!(yield* truthGen(result))) {
      if (!first && deadlinePassed(d)) break;
      first = false;
      yield* conditionWait(c, deadlinePassed(d) ? "now" : d);
      result = yield* callGen(pred, []);
    }
    return result;
  },
  notify: function* (args, kwargs) {
    const c = args[0] as PyCondition;
    if (args.length === 1 && kwargs === null && ownsBuiltinLock(c.lock)) {
      // notify() under a builtin lock: no argument parsing, no nested generators.
      if (c.waiters.length > 0) c.waiters.shift()!(true);
      return None;
    }
    const [n] = bindArgs("notify", args.slice(1), kwargs, ["n"]);
    yield* conditionNotify(args[0] as PyCondition, n === undefined ? 1 : Number(toIndex(n)));
    return None;
  },
  notify_all: function* ([self]) {
    yield* conditionNotify(self as PyCondition, Infinity);
    return None;
  },
  notifyAll: function* ([self]) {
    yield* warnDeprecated("notifyAll() is deprecated, use notify_all() instead");
    yield* conditionNotify(self as PyCondition, Infinity);
    return None;
  },
  __repr__: function* ([self]) {
    const c = self as PyCondition;
    return `<Condition(${yield* reprGen(c.lock)}, ${c.waiters.length})>`;
  },
});

// ---- Semaphore and BoundedSemaphore ----

export class PySemaphore extends PyInstance {
  value = 1;
  /** BoundedSemaphore's initial value; -1 for a plain Semaphore. */
  bound = -1;
  waiters: WakeFn[] = [];
  /** The request every untimed wait shares (the scheduler reads a request only while parking). */
  untimed: ParkRequest | null = null;
}
export const semaphoreType = pyType("Semaphore", (cls) => new PySemaphore(cls));
export const boundedSemaphoreType = pyType("BoundedSemaphore", (cls) => new PySemaphore(cls), semaphoreType);

function semInit(args: PyObject[], kwargs: KwArgs | null, bounded: boolean): PyObject {
  const s = args[0] as PySemaphore;
  const [v] = bindArgs("__init__", args.slice(1), kwargs, ["value"]);
  const value = v === undefined ? 1 : Number(toIndex(v));
  if (value < 0) throw valueError("semaphore initial value must be >= 0");
  s.value = value;
  s.bound = bounded ? value : -1;
  s.waiters = [];
  return None;
}

export function* semaphoreAcquire(s: PySemaphore, blocking: boolean, d: Deadline): Generator<any, boolean, any> {
  for (;;) {
    if (s.value > 0) {
      s.value--;
      return true;
    }
    if (!blocking || deadlinePassed(d)) return false;
    // A woken waiter re-checks: a running thread may have taken the count first, as on CPython.
    if (!(yield* parkOn(s.waiters, d, "Semaphore.acquire")) && s.value === 0) return false;
  }
}

export function semaphoreRelease(s: PySemaphore, n: number): void {
  if (n < 1) throw valueError("n must be one or more");
  if (s.bound >= 0 && s.value + n > s.bound) throw valueError("Semaphore released too many times");
  s.value += n;
  for (let i = 0; i < n; i++) if (!wakeOne(s.waiters)) break;
}

const semAcquire = function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (args.length !== 1 || kwargs !== null) return yield* semAcquireWithArgs(args, kwargs);
  // acquire() / `with sem:`: no argument parsing, and untimed waits share one request.
  const s = args[0] as PySemaphore;
  while (s.value === 0) {
    yield (s.untimed ??= new ParkRequest(null, "Semaphore.acquire", (w) => void s.waiters.push(w as WakeFn), false));
  }
  s.value--;
  return true;
};

const semAcquireWithArgs = function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const s = args[0] as PySemaphore;
  const [b, t] = bindArgs("acquire", args.slice(1), kwargs, ["blocking", "timeout"]);
  const blocking = b === undefined ? true : truthOf(b);
  if (!blocking && t !== undefined && t !== None) throw valueError("can't specify timeout for non-blocking acquire");
  if (s.value > 0) {
    s.value--;
    return true;
  }
  return yield* semaphoreAcquire(s, blocking, timeoutDeadline(t));
};

defineGenMethods(semaphoreType, { acquire: semAcquire, __enter__: semAcquire });
defineMethods(semaphoreType, {
  __init__: (args, kwargs) => semInit(args, kwargs, false),
  release: (args, kwargs) => {
    const [n] = bindArgs("release", args.slice(1), kwargs, ["n"]);
    semaphoreRelease(args[0] as PySemaphore, n === undefined ? 1 : Number(toIndex(n)));
    return None;
  },
  __exit__: ([self]) => {
    semaphoreRelease(self as PySemaphore, 1);
    return None;
  },
  __repr__: ([self]) => {
    const s = self as PySemaphore;
    return atRepr(s, s.bound >= 0 ? `value=${s.value}/${s.bound}` : `value=${s.value}`);
  },
});
defineMethods(boundedSemaphoreType, { __init__: (args, kwargs) => semInit(args, kwargs, true) });

// ---- Event ----

export class PyEvent extends PyInstance {
  flag = false;
  waiters: WakeFn[] = [];
  /** The request every untimed wait shares (the scheduler reads a request only while parking). */
  untimed: ParkRequest | null = null;
}
export const eventType = pyType("Event", (cls) => new PyEvent(cls));

export function eventSet(e: PyEvent): void {
  e.flag = true;
  wakeAll(e.waiters);
}

/** Event.wait: true when the flag is (or becomes) set before `d`. */
export function* eventWait(e: PyEvent, d: Deadline): Generator<any, boolean, any> {
  if (e.flag) return true;
  return yield* parkOn(e.waiters, d, "Event.wait");
}

const isSet = ([self]: PyObject[]) => (self as PyEvent).flag;
defineMethods(eventType, {
  __init__: ([self]) => {
    (self as PyEvent).flag = false;
    (self as PyEvent).waiters = [];
    return None;
  },
  is_set: isSet,
  set: ([self]) => {
    eventSet(self as PyEvent);
    return None;
  },
  clear: ([self]) => {
    (self as PyEvent).flag = false;
    return None;
  },
  _at_fork_reinit: ([self]) => {
    (self as PyEvent).waiters = [];
    return None;
  },
  __repr__: ([self]) => atRepr(self, (self as PyEvent).flag ? "set" : "unset"),
});
defineGenMethods(eventType, {
  isSet: function* (args) {
    yield* warnDeprecated("isSet() is deprecated, use is_set() instead");
    return isSet(args);
  },
  // Parks straight from this generator (no eventWait/parkOn below it) and shares one request among the
  // untimed waits of an Event: 100,000 threads blocked on one Event keep little each.
  wait: function* (args, kwargs) {
    const e = args[0] as PyEvent;
    const t = args.length === 1 && kwargs === null ? undefined : bindArgs("wait", args.slice(1), kwargs, ["timeout"])[0];
    if (e.flag) return true;
    const d = timeoutDeadline(t);
    if (d === "now") return false;
    const req = d === null ? (e.untimed ??= new ParkRequest(null, "Event.wait", (w) => void e.waiters.push(w as WakeFn), false))
      : new ParkRequest(d, "Event.wait", (w) => void e.waiters.push(w as WakeFn), false);
    return (yield req) === true;
  },
});

// ---- Barrier ----

export const BrokenBarrierError = makeBuiltinType(
  "BrokenBarrierError", RuntimeError, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap,
);
BrokenBarrierError.module = "threading";
BrokenBarrierError.newInstance = (cls) => new PyBaseException(cls);

/** Wake values of a barrier wait. */
const PASSED = 1;
const BROKEN = 2;

export class PyBarrier extends PyInstance {
  parties = 1;
  action: PyObject = None;
  timeout: PyObject = None;
  /** Threads that arrived in the current round. */
  count = 0;
  broken = false;
  waiters: WakeFn[] = [];
}
export const barrierType = pyType("Barrier", (cls) => new PyBarrier(cls));

function breakBarrier(b: PyBarrier): void {
  b.broken = true;
  b.count = 0;
  wakeAll(b.waiters, BROKEN);
}

defineMethods(barrierType, {
  __init__: (args, kwargs) => {
    const b = args[0] as PyBarrier;
    const [parties, action, timeout] = bindArgs("__init__", args.slice(1), kwargs, ["parties", "action", "timeout"]);
    if (parties === undefined) throw typeError("Barrier.__init__() missing 1 required positional argument: 'parties'");
    b.parties = Number(toIndex(parties));
    b.action = action ?? None;
    b.timeout = timeout ?? None;
    b.count = 0;
    b.broken = false;
    b.waiters = [];
    return None;
  },
  abort: ([self]) => {
    breakBarrier(self as PyBarrier);
    return None;
  },
  // Threads waiting now get BrokenBarrierError; the barrier is then usable again (threading docs).
  reset: ([self]) => {
    const b = self as PyBarrier;
    b.count = 0;
    wakeAll(b.waiters, BROKEN);
    b.broken = false;
    return None;
  },
  __repr__: ([self]) => {
    const b = self as PyBarrier;
    return atRepr(b, b.broken ? "broken" : `waiters=${b.count}/${b.parties}`);
  },
});
defineGetters(barrierType, {
  parties: (self) => (self as PyBarrier).parties,
  n_waiting: (self) => ((self as PyBarrier).broken ? 0 : (self as PyBarrier).count),
  broken: (self) => (self as PyBarrier).broken,
});
defineGenMethods(barrierType, {
  wait: function* (args, kwargs) {
    const b = args[0] as PyBarrier;
    const [t] = bindArgs("wait", args.slice(1), kwargs, ["timeout"]);
    if (b.broken) throw newException(BrokenBarrierError);
    const index = b.count++;
    if (b.count >= b.parties) {
      if (b.action !== None) {
        try {
          yield* callGen(b.action, []);
        } catch (e) {
          breakBarrier(b);
          throw e;
        }
      }
      b.count = 0;
      wakeAll(b.waiters, PASSED);
      return index;
    }
    const d = timeoutDeadline(t === undefined || t === None ? b.timeout : t);
    const r = d === "now" ? false : yield new ParkRequest(d, "Barrier.wait", (w) => void b.waiters.push(w as WakeFn), false);
    if (r === PASSED) return index;
    if (r === false) breakBarrier(b); // the timeout breaks the barrier for everyone (threading docs)
    throw newException(BrokenBarrierError);
  },
});
