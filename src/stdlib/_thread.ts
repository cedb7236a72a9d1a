// _thread.ts — the _thread module: the lock and RLock types, start_new_thread on the scheduler, thread
// identity (get_ident, get_native_id, _count), the sentinel lock join waits on, thread-local objects
// (_local), the default threading.excepthook (_excepthook) and interrupt_main/exit/stack_size.
// Blocking acquires are resumable builtins that park only the calling thread (ParkRequest).
import {
  PyObj, PyObject, PyModule, PyInstance, PyType, PyFloat, PyTuple, None, KwArgs, makeBuiltinType, objectType,
  TypeFlag, newFloat, typeOf, emptyTuple, AttrMap,
} from "../runtime/object.js";
import {
  newException, runtimeError, valueError, overflowError, typeError, SystemExit, KeyboardInterrupt, RuntimeError,
  isException, PyBaseException, DeprecationWarning,
} from "../runtime/exceptions.js";
import {
  PyBuiltin, defineMethods, defineGenMethods, defineModuleFunctions, defineModuleGenFunctions,
} from "../runtime/builtin-function.js";
import { ParkRequest, call, type NativeGen } from "../runtime/protocol.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { runningScheduler, type Scheduler, type WakeFn } from "../runtime/scheduler.js";
import type { PyThreadState } from "../runtime/thread-state.js";
import { idOf } from "../runtime/ops-object.js";
import { isCallable } from "../runtime/ops-call.js";
import { genericGetAttrGen, loadAttrGen } from "../runtime/ops-attr.js";
import { toDouble, intValue, bindArgs, arity, noKwargs, makeStructSeq, structSeq, reprOf } from "./support.js";
import { writeToSys } from "./sys.js";

/** The scheduler of this interpreter (run.ts puts it on the runtime context). */
export function schedulerOf(rt: RuntimeContext): Scheduler {
  const s = (rt as RuntimeContext & { scheduler?: Scheduler }).scheduler;
  if (s === undefined) throw runtimeError("gilpy: threads need the scheduler on the runtime context");
  return s;
}

/** The runtime context of each scheduler (builtin types are shared; their methods find it this way). */
const contexts = new WeakMap<Scheduler, RuntimeContext>();

/**
 * warnings.warn(message, DeprecationWarning) on behalf of the Python code calling a deprecated threading
 * alias (getName(), isSet() …), as threading.py 3.11 does with stacklevel=2: the native method has no
 * frame of its own, so stacklevel 1 from here already names the caller's line.
 */
export function* warnDeprecated(message: string): NativeGen {
  const rt = contexts.get(runningScheduler());
  if (rt === undefined) return None;
  const warnings = yield* rt.importModule("warnings");
  yield* call(yield* loadAttrGen(warnings, "warn"), [message, DeprecationWarning, 1]);
  return None;
}

/** threading.TIMEOUT_MAX on 64-bit Linux CPython 3.11 (PY_TIMEOUT_MAX in seconds, rounded down). */
export const TIMEOUT_MAX = 9223372036.0;

const hex = (x: PyObject) => "0x" + idOf(x).toString(16).padStart(12, "0");

// ---- lock ----

export const lockType = makeBuiltinType("lock", objectType, TypeFlag.None);
lockType.module = "_thread";

export class PyLock extends PyObj {
  locked = false;
  /** Wake functions of threads parked in acquire, oldest first (stale ones return false and are skipped). */
  waiters: WakeFn[] = [];
  /**
   * The request of an untimed wait on this lock, made once: the scheduler only reads a ParkRequest while
   * parking, so every such wait can share it (no allocation per contended acquire).
   */
  untimed: ParkRequest | null = null;
  constructor(type: PyType = lockType) {
    super(type);
  }
}
lockType.newInstance = () => new PyLock();

/** Parses acquire(blocking=True, timeout=-1) with CPython's checks; returns the deadline, or null to wait forever, or false for "don't wait". */
function acquireDeadline(args: PyObject[], kwargs: KwArgs | null): number | null | false {
  const [b, t] = bindArgs("acquire", args, kwargs, ["blocking", "timeout"]);
  const blocking = b === undefined ? true : truthOf(b);
  const timeout = t === undefined ? -1 : toDouble(t);
  if (!blocking && timeout !== -1) throw valueError("can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw valueError("timeout value must be positive");
  if (!blocking) return false;
  if (timeout === -1) return null;
  if (timeout > TIMEOUT_MAX) throw overflowError("timestamp out of range for platform time_t");
  return runningScheduler().clock.monotonic() + timeout;
}

function truthOf(x: PyObject): boolean {
  if (typeof x === "boolean") return x;
  if (typeof x === "number") return x !== 0;
  if (typeof x === "bigint") return x !== 0n;
  if (typeof x === "string") return x.length > 0;
  if (x === None) return false;
  if (x instanceof PyFloat) return x.value !== 0;
  return true;
}

/**
 * Takes `lock`, parking until it is free or `deadline` passes. A released lock wakes one waiter, which
 * then competes like any thread: the releaser may take it again first, as with CPython's locks.
 */
export function* acquireLock(lock: PyLock, deadline: number | null, reason: string): Generator<ParkRequest, boolean, PyObject> {
  for (;;) {
    if (!lock.locked) {
      lock.locked = true;
      return true;
    }
    let req: ParkRequest;
    if (deadline === null) {
      req = untimedRequest(lock, reason);
    } else {
      req = new ParkRequest(deadline, reason, (w) => void lock.waiters.push(w as WakeFn), false);
    }
    const r = yield req;
    if (r === false && lock.locked) return false;
  }
}

/** The request of an untimed wait on `lock`, shared by every such wait (see PyLock.untimed). */
export function untimedRequest(lock: PyLock, reason: string): ParkRequest {
  const req = (lock.untimed ??= new ParkRequest(null, reason, (w) => void lock.waiters.push(w as WakeFn), false));
  req.reason = reason;
  return req;
}

export function releaseLock(lock: PyLock): void {
  lock.locked = false;
  const ws = lock.waiters;
  while (ws.length > 0) if (ws.shift()!(true)) break;
}

function createLockType(): void {
  if (lockType.dict.has("acquire")) return;
  // acquire() with no arguments is the common case: parsed nothing, parks right here when contended, and
  // keeps its generator small (a generator's frame is allocated per call, sized for all its locals).
  const acquire = function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
    if (args.length !== 1 || kwargs !== null) return yield* acquireWithArgs(args, kwargs);
    const lock = args[0] as PyLock;
    while (lock.locked) yield untimedRequest(lock, "Lock.acquire");
    lock.locked = true;
    return true;
  };
  const acquireWithArgs = function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
    const lock = args[0] as PyLock;
    if (!lock.locked) {
      acquireDeadline(args.slice(1), kwargs);
      lock.locked = true;
      return true;
    }
    const d = acquireDeadline(args.slice(1), kwargs);
    if (d === false) return false;
    return yield* acquireLock(lock, d, "Lock.acquire");
  };
  const release = (args: PyObject[]) => {
    arity("release", args, 1);
    const lock = args[0] as PyLock;
    if (!lock.locked) throw runtimeError("release unlocked lock");
    releaseLock(lock);
    return None;
  };
  const locked = ([self]: PyObject[]) => (self as PyLock).locked;
  defineGenMethods(lockType, { acquire, acquire_lock: acquire, __enter__: acquire });
  defineMethods(lockType, {
    release,
    release_lock: release,
    __exit__: ([self]) => release([self]),
    locked,
    locked_lock: locked,
    _at_fork_reinit: ([self]) => {
      (self as PyLock).locked = false;
      (self as PyLock).waiters = [];
      return None;
    },
    __repr__: ([self]) => `<${(self as PyLock).locked ? "locked" : "unlocked"} _thread.lock object at ${hex(self)}>`,
  });
}

// ---- RLock ----

export const rlockType = makeBuiltinType("RLock", objectType, TypeFlag.BaseType);
rlockType.module = "_thread";

export class PyRLock extends PyObj {
  readonly lock = new PyLock();
  owner: PyThreadState | null = null;
  count = 0;
  constructor(type: PyType = rlockType) {
    super(type);
  }
}
rlockType.newInstance = (cls) => new PyRLock(cls);

/** Takes `r` if the calling thread can without waiting (it owns it already, or it is free); for Condition. */
export function tryAcquireRLock(r: PyRLock): boolean {
  const me = runningScheduler().currentThread;
  if (r.owner === me) {
    r.count++;
    return true;
  }
  if (r.lock.locked) return false;
  r.lock.locked = true;
  r.owner = me;
  r.count = 1;
  return true;
}

export function releaseRLock(r: PyRLock): void {
  if (r.owner !== runningScheduler().currentThread || r.count === 0) throw runtimeError("cannot release un-acquired lock");
  if (--r.count === 0) {
    r.owner = null;
    releaseLock(r.lock);
  }
}

function createRLockType(): void {
  if (rlockType.dict.has("acquire")) return;
  const acquire = function* (args: PyObject[], kwargs: KwArgs | null): NativeGen {
    const r = args[0] as PyRLock;
    const me = runningScheduler().currentThread;
    const d = args.length === 1 && kwargs === null ? null : acquireDeadline(args.slice(1), kwargs);
    if (r.owner === me) {
      r.count++;
      return true;
    }
    if (r.lock.locked) {
      if (d === false) return false;
      if (!(yield* acquireLock(r.lock, d, "RLock.acquire"))) return false;
    } else {
      r.lock.locked = true;
    }
    r.owner = me;
    r.count = 1;
    return true;
  };
  const release = (args: PyObject[]) => {
    releaseRLock(args[0] as PyRLock);
    return None;
  };
  defineGenMethods(rlockType, {
    acquire,
    __enter__: acquire,
    // Condition.wait's restore: takes the lock back and reinstates the saved (count, owner).
    _acquire_restore: function* ([self, state]) {
      const r = self as PyRLock;
      yield* acquireLock(r.lock, null, "Condition.wait");
      const items = (state as PyTuple).items;
      r.count = Number(items[0]);
      r.owner = runningScheduler().alive.find((t) => t.ident === items[1]) ?? runningScheduler().currentThread;
      return None;
    },
  });
  defineMethods(rlockType, {
    release,
    __exit__: ([self]) => release([self]),
    _is_owned: ([self]) => (self as PyRLock).owner === runningScheduler().currentThread,
    _recursion_count: ([self]) => ((self as PyRLock).owner === runningScheduler().currentThread ? (self as PyRLock).count : 0),
    // Condition.wait's save: releases the lock whatever the count and returns (count, owner ident).
    _release_save: ([self]) => {
      const r = self as PyRLock;
      if (r.count === 0) throw runtimeError("cannot release un-acquired lock");
      const state = new PyTuple([r.count, r.owner === null ? 0 : r.owner.ident]);
      r.count = 0;
      r.owner = null;
      releaseLock(r.lock);
      return state;
    },
    _at_fork_reinit: ([self]) => {
      const r = self as PyRLock;
      r.owner = null;
      r.count = 0;
      r.lock.locked = false;
      return None;
    },
    __repr__: ([self]) => {
      const r = self as PyRLock;
      const owner = r.owner === null ? 0 : r.owner.ident;
      const mod = r.type === rlockType ? "_thread" : r.type.module;
      return `<${r.lock.locked ? "locked" : "unlocked"} ${mod}.${r.type.qualname} object owner=${owner} count=${r.count} at ${hex(self)}>`;
    },
  });
}

// ---- thread-local data ----

export const localType = makeBuiltinType("_local", objectType, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.UserGetattr);
localType.module = "_thread";

interface LocalSlot {
  dict: AttrMap;
  /** Whether __init__ ran for this thread (the creating thread runs it through the normal type call). */
  inited: boolean;
}

/**
 * A threading.local: one attribute dict per thread. `dict` is an accessor that gives the running thread's
 * dict, so the generic attribute code (get, set, del) reaches the right one without knowing about locals.
 */
export class PyLocal extends PyInstance {
  readonly perThread = new Map<PyThreadState, LocalSlot>();
  args: PyObject[] = [];
  kwargs: KwArgs | null = null;
  constructor(type: PyType) {
    super(type);
    // Drop the own `dict` field PyInstance defined, so the prototype accessor below is used.
    delete (this as { dict?: unknown }).dict;
  }
  slot(): LocalSlot {
    const me = runningScheduler().currentThread;
    let s = this.perThread.get(me);
    if (s === undefined) {
      s = { dict: new Map(), inited: false };
      this.perThread.set(me, s);
      me.onDone.push(() => this.perThread.delete(me));
    }
    return s;
  }
}
Object.defineProperty(PyLocal.prototype, "dict", {
  get(this: PyLocal) {
    return this.slot().dict;
  },
  set() {},
  configurable: true,
});
localType.newInstance = (cls) => new PyLocal(cls);

function createLocalType(): void {
  if (localType.dict.has("__getattribute__")) return;
  defineGenMethods(localType, {
    // A thread's first look at a subclass instance runs __init__ again with the constructor's arguments,
    // as CPython's _thread._local does (Modules/_threadmodule.c, _ldict).
    __getattribute__: function* ([self, name]) {
      const l = self as PyLocal;
      const s = l.slot();
      if (!s.inited) {
        s.inited = true;
        const init = typeOf(l).lookup("__init__");
        if (init !== undefined && init !== objectType.dict.get("__init__")) yield* call(init, [l, ...l.args], l.kwargs);
      }
      return yield* genericGetAttrGen(self, name as string);
    },
  });
  const localNew = (args: PyObject[], kwargs: KwArgs | null): PyObject => {
    const cls = args[0] as PyType;
    if (cls === localType && (args.length > 1 || (kwargs !== null && kwargs.size > 0))) {
      throw typeError("Initialization arguments are not supported");
    }
    const self = new PyLocal(cls);
    self.args = args.slice(1);
    self.kwargs = kwargs;
    self.slot().inited = true;
    return self;
  };
  localType.dict.set("__new__", new PyBuiltin("__new__", localNew, false, localType));
  localType.changed();
}

// ---- the module ----

/** _thread._ExceptHookArgs: what threading.excepthook receives (a struct sequence, so it unpacks). */
export const exceptHookArgsType = makeStructSeq("_ExceptHookArgs", "_thread", ["exc_type", "exc_value", "exc_traceback", "thread"]);

export function createThread(rt: RuntimeContext): PyModule {
  const sched = schedulerOf(rt);
  contexts.set(sched, rt);
  createLockType();
  createRLockType();
  createLocalType();
  let stackSize = 0;
  const m = new PyModule("_thread");
  const d = m.dict;

  const startNewThread = (args: PyObject[], kwargs: KwArgs | null) => {
    noKwargs("start_new_thread", kwargs);
    arity("start_new_thread", args, 2, 3);
    const [fn, fargs, fkw] = args;
    if (!isCallable(fn)) throw typeError("first arg must be callable");
    if (!(fargs instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
    if (fkw !== undefined && fkw !== None && !isDict(fkw)) throw typeError("optional 3rd arg must be a dictionary");
    const kw = fkw === undefined || fkw === None ? null : dictToKw(fkw);
    const t = sched.newThread(`Thread-${sched.alive.length}`, true, bootstrap(rt, fn, fargs.items, kw));
    sched.start(t);
    return t.ident;
  };

  defineModuleFunctions(m, {
    start_new_thread: startNewThread,
    start_new: startNewThread,
    allocate_lock: () => new PyLock(),
    allocate: () => new PyLock(),
    get_ident: () => sched.currentThread.ident,
    get_native_id: () => sched.currentThread.nativeId,
    _count: () => sched.alive.length - (sched.alive.has(sched.main) ? 1 : 0),
    stack_size: (args) => {
      arity("stack_size", args, 0, 1);
      const old = stackSize;
      if (args.length === 1) {
        const v = Number(intValue(args[0]) ?? NaN);
        if (Number.isNaN(v)) throw typeError(`'${typeOf(args[0]).name}' object cannot be interpreted as an integer`);
        if (v < 0) throw valueError("size must be 0 or a positive value");
        if (v !== 0 && v < 32768) throw valueError(`size not valid: ${v} bytes`);
        stackSize = v;
      }
      return old;
    },
    interrupt_main: (args) => {
      arity("interrupt_main", args, 0, 1);
      sched.interrupt(sched.main, newException(KeyboardInterrupt));
      return None;
    },
    exit: () => {
      throw newException(SystemExit);
    },
    exit_thread: () => {
      throw newException(SystemExit);
    },
    // The lock threading's join() waits on: held while the calling thread lives (Modules/_threadmodule.c).
    _set_sentinel: () => {
      const lock = new PyLock();
      lock.locked = true;
      sched.currentThread.onDone.push(() => releaseLock(lock));
      return lock;
    },
    // gilpy only: tell the scheduler the Python-visible name and daemon flag (deadlock reports, exit).
    _set_thread_info: ([name, daemon]) => {
      const t = sched.currentThread;
      if (typeof name === "string") t.name = name;
      if (daemon !== undefined) t.daemon = truthOf(daemon);
      return None;
    },
    _make_hook_args: (args) => {
      arity("_make_hook_args", args, 4);
      return makeExceptHookArgs(args);
    },
    _set_thread_object: ([obj]) => {
      sched.currentThread.pyThread = obj;
      return None;
    },
  });
  defineModuleGenFunctions(m, {
    // Thread.join's wait on the sentinel lock, named so in deadlock reports and traces.
    _join_wait: function* ([lock, block, timeout]) {
      const l = lock as PyLock;
      const d = acquireDeadline([block, timeout], null);
      if (!l.locked) {
        l.locked = true;
        return true;
      }
      if (d === false) return false;
      return yield* acquireLock(l, d, "Thread.join");
    },
    _excepthook: function* (args) {
      arity("_excepthook", args, 1);
      return yield* defaultExcepthook(rt, sched, args[0]);
    },
  });
  d.set("LockType", lockType);
  d.set("lock", lockType);
  d.set("RLock", rlockType);
  d.set("_local", localType);
  d.set("error", RuntimeError);
  d.set("TIMEOUT_MAX", newFloat(TIMEOUT_MAX));
  d.set("_ExceptHookArgs", exceptHookArgsType);
  return m;
}

/** The thread body of start_new_thread: run fn; an exception is reported as "ignored" (SystemExit is silent). */
function* bootstrap(rt: RuntimeContext, fn: PyObject, args: PyObject[], kwargs: KwArgs | null): NativeGen {
  try {
    yield* call(fn, args, kwargs);
  } catch (e) {
    if (!isException(e)) throw e;
    if (e.type.isSubtypeOf(SystemExit)) return None;
    const r = yield* reprOf(rt, fn);
    const lines = yield* rt.formatException(e, true);
    yield* writeToSys(rt, "stderr", `Exception ignored in thread started by: ${r as string}\n${lines.join("")}`);
  }
  return None;
}

/**
 * threading.excepthook's default (Modules/_threadmodule.c thread_excepthook): SystemExit is silent;
 * otherwise "Exception in thread NAME:" and the traceback go to sys.stderr.
 */
function* defaultExcepthook(rt: RuntimeContext, sched: Scheduler, hookArgs: PyObject): NativeGen {
  if (!(hookArgs instanceof PyTuple) || hookArgs.type !== exceptHookArgsType) {
    throw typeError("_thread._excepthook argument type must be ExceptHookArgs");
  }
  const [excType, excValue, , thread] = hookArgs.items;
  if (excType instanceof PyType && excType.isSubtypeOf(SystemExit)) return None;
  let name: PyObject;
  if (thread !== None) {
    name = yield* call(getattrOf(rt), [thread, "name", None]);
  } else {
    name = sched.currentThread.ident;
  }
  const label = name === None ? String(sched.currentThread.ident) : typeof name === "string" ? name : String(name);
  let text = `Exception in thread ${label}:\n`;
  if (excValue instanceof PyBaseException) {
    const lines = yield* rt.formatException(excValue, true);
    // CPython's thread tracebacks always start with threading.py's bootstrap frames, so the header is there
    // even when the error came from native code with no Python frame (gilpy shows no stdlib frames).
    if (lines.length > 0 && !lines[0].startsWith("Traceback") && excValue.context === None && excValue.cause === None) {
      text += "Traceback (most recent call last):\n";
    }
    text += lines.join("");
  }
  yield* writeToSys(rt, "stderr", text);
  return None;
}

function getattrOf(rt: RuntimeContext): PyObject {
  const b = rt.modules.map.get("builtins");
  return (b as PyModule).dict.get("getattr")!;
}

function isDict(x: PyObject): boolean {
  return typeof x === "object" && x.type.name === "dict";
}

function dictToKw(x: PyObject): KwArgs {
  const kw: KwArgs = new Map();
  const dct = x as unknown as { map: Map<unknown, PyObject>; keyOf(n: unknown): PyObject };
  for (const [n, v] of dct.map) {
    const k = dct.keyOf(n);
    if (typeof k !== "string") throw typeError("keywords must be strings");
    kw.set(k, v);
  }
  return kw;
}

export function makeExceptHookArgs(values: PyObject[]): PyTuple {
  return structSeq(exceptHookArgsType, values);
}

export { emptyTuple };
