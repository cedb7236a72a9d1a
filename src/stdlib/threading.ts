// threading.ts — the threading module in TypeScript: the Thread type (subclassable, with _MainThread,
// _DummyThread and Timer), thread start/join on the scheduler, current_thread/enumerate/active_count,
// excepthook dispatch, settrace/setprofile, and interpreter-exit work (_register_atexit, _shutdown).
// Locks come from _thread; Condition, Semaphore, Event and Barrier from threading-sync.ts.
// Behaviour follows docs.python.org/3.11/library/threading.html and what python3 3.11 prints; every
// blocking call is a resumable builtin yielding a ParkRequest, so it parks only the calling thread.
import {
  PyObject, PyInstance, PyModule, PyType, PyTuple, PyList, KwArgs, None, makeBuiltinType, objectType, TypeFlag,
  typeOf, emptyTuple,
} from "../runtime/object.js";
import {
  PyBaseException, AssertionError, newException, runtimeError, typeError,
} from "../runtime/exceptions.js";
import { PyFunction } from "../runtime/function.js";
import { PyBuiltin, defineGenMethods, defineMethods, defineGetters } from "../runtime/builtin-function.js";
import { CallRequest, ParkRequest, type NativeGen } from "../runtime/protocol.js";
import { callGen } from "../runtime/ops-call.js";
import { loadAttrGen, getAttrDefaultGen, noAttribute } from "../runtime/ops-attr.js";
import { strGen, strFast, truthy } from "../runtime/ops-object.js";
import { toArrayGen, getIterFast } from "../runtime/ops-iter.js";
import { PyDict } from "../runtime/dict.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { runningScheduler, type Scheduler, type WakeFn } from "../runtime/scheduler.js";
import { ThreadStatus, type PyThreadState } from "../runtime/thread-state.js";
import {
  createThread, schedulerOf, rlockType, localType, makeExceptHookArgs, exceptHookArgsType, warnDeprecated,
} from "./_thread.js";
import {
  conditionType, semaphoreType, boundedSemaphoreType, eventType, barrierType, BrokenBarrierError, timeoutDeadline,
  wakeAll,
} from "./threading-sync.js";
import { writeToSys } from "./sys.js";
import { addThreadFrames } from "./threading-frames.js";
import { installTimerMethods } from "./threading-timer.js";

// ---- per-interpreter state ----

/** What one interpreter's threading module keeps (builtin types are shared by every interpreter). */
export interface ThreadingState {
  rt: RuntimeContext;
  sched: Scheduler;
  module: PyModule;
  /** Numbers of `Thread-N` and `Dummy-N` default names. */
  threadCount: number;
  dummyCount: number;
  /** threading._register_atexit entries (Python callables) and native exit hooks (pools). */
  pyAtexits: [PyObject, PyObject[], KwArgs | null][];
  nativeAtexits: (() => void)[];
  shuttingDown: boolean;
  traceHook: PyObject;
  profileHook: PyObject;
  mainObj: PyThread | null;
}

const states = new WeakMap<Scheduler, ThreadingState>();

function stateOf(sched: Scheduler): ThreadingState {
  const st = states.get(sched);
  if (st === undefined) throw runtimeError("gilpy: threading used before its module was imported");
  return st;
}

/** The threading state of `rt`, importing the module (into sys.modules) when needed. */
export function threadingState(rt: RuntimeContext): ThreadingState {
  const sched = schedulerOf(rt);
  const st = states.get(sched);
  if (st !== undefined) return st;
  const m = createThreading(rt);
  rt.modules.setNorm("threading", "threading", m);
  return stateOf(sched);
}

/** Runs `cb` (once) when interpreter exit starts, before non-daemon threads are joined. */
export function onInterpreterExit(st: ThreadingState, cb: () => void): void {
  st.nativeAtexits.push(cb);
}

// ---- the Thread type ----

export class PyThread extends PyInstance {
  inited = false;
  started = false;
  stopped = false;
  name = "";
  daemonic = false;
  ts: PyThreadState | null = null;
  ident: PyObject = None;
  nativeId: PyObject = None;
  /** The thread parked in start() until the new thread runs (CPython's start waits for `_started`). */
  starter: WakeFn | null = null;
  joiners: WakeFn[] = [];
  /** "main" and "dummy" threads are made by threading itself, not by Thread.__init__. */
  kind: "" | "main" | "dummy" = "";
}

export const threadType = makeBuiltinType("Thread", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
threadType.module = "threading";
threadType.newInstance = (cls) => new PyThread(cls);
export const mainThreadType = makeBuiltinType("_MainThread", threadType, TypeFlag.BaseType | TypeFlag.HasDict);
mainThreadType.module = "threading";
export const dummyThreadType = makeBuiltinType("_DummyThread", threadType, TypeFlag.BaseType | TypeFlag.HasDict);
dummyThreadType.module = "threading";
export const timerType = makeBuiltinType("Timer", threadType, TypeFlag.BaseType | TypeFlag.HasDict);
timerType.module = "threading";

function assertInited(th: PyThread, msg = "Thread.__init__() not called"): void {
  if (!th.inited) throw newException(AssertionError, msg);
}

function truthOf(x: PyObject): boolean {
  const t = truthy(x);
  return t === undefined ? true : t;
}

const INIT_PARAMS = ["group", "target", "name", "args", "kwargs"];

/** Thread.__init__'s arguments once parsed, when the name needs Python (str() of an object, a __name__ lookup). */
interface SlowInit {
  th: PyThread;
  target: PyObject;
  name: PyObject;
  targs: PyObject | undefined;
  tkwargs: PyObject;
  daemon: PyObject | undefined;
}

/**
 * Thread.__init__(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None). The work is in
 * a plain function: a generator's frame is allocated per call with room for all its locals, and this runs
 * once per thread.
 */
function* threadInit(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const slow = initFast(args, kwargs);
  if (slow !== null) yield* initThread(slow.th, slow.target, slow.name, slow.targs, slow.tkwargs, slow.daemon);
  return None;
}

/**
 * Puts Thread.__init__'s keyword arguments into `vals` by position when every one is a known parameter not
 * also given positionally (looked up by name: no iterator per call); false, with `vals` untouched, otherwise.
 */
function knownKeywords(kwargs: KwArgs, vals: (PyObject | undefined)[]): boolean {
  let seen = kwargs.has("daemon") ? 1 : 0;
  for (let i = 0; i < 5; i++) {
    if (kwargs.has(INIT_PARAMS[i])) {
      if (vals[i] !== undefined) return false;
      seen++;
    }
  }
  if (seen !== kwargs.size) return false;
  for (let i = 0; i < 5; i++) {
    const v = kwargs.get(INIT_PARAMS[i]);
    if (v !== undefined) vals[i] = v;
  }
  return true;
}

function initFast(args: PyObject[], kwargs: KwArgs | null): SlowInit | null {
  const th = args[0] as PyThread;
  const vals: (PyObject | undefined)[] = args.slice(1);
  if (vals.length > 5) {
    throw typeError(`Thread.__init__() takes from 1 to 6 positional arguments but ${args.length} were given`);
  }
  let daemon: PyObject | undefined;
  if (kwargs !== null && !knownKeywords(kwargs, vals)) {
    // An unknown or repeated keyword: walk them in order for CPython's error about the first one.
    for (const [k, v] of kwargs) {
      if (k === "daemon") {
        daemon = v;
        continue;
      }
      const i = INIT_PARAMS.indexOf(k);
      if (i < 0) throw typeError(`Thread.__init__() got an unexpected keyword argument '${k}'`);
      if (vals[i] !== undefined) throw typeError(`Thread.__init__() got multiple values for argument '${k}'`);
      vals[i] = v;
    }
  }
  if (kwargs !== null) daemon = kwargs.get("daemon");
  const group = vals[0];
  const target = vals.length > 1 && vals[1] !== undefined ? vals[1] : None;
  const name = vals.length > 2 && vals[2] !== undefined ? vals[2] : None;
  const targs = vals.length > 3 ? vals[3] : undefined;
  const tkwargs = vals.length > 4 && vals[4] !== undefined ? vals[4] : None;
  if (group !== undefined && group !== None) throw newException(AssertionError, "group argument must be None for now");
  // The common case needs no Python: a str name, or a Python function as target (its __name__ is a str).
  if (typeof name === "string" || (name === None && (target === None || target instanceof PyFunction))) {
    const st = stateOf(runningScheduler());
    let nm: string;
    if (typeof name === "string") nm = name;
    else {
      nm = `Thread-${++st.threadCount}`;
      if (target instanceof PyFunction) nm += ` (${target.name})`;
    }
    setThreadFields(st, th, target, nm, targs, tkwargs, daemon);
    return null;
  }
  return { th, target, name, targs, tkwargs, daemon };
}

function setThreadFields(
  st: ThreadingState, th: PyThread, target: PyObject, nm: string, targs: PyObject | undefined, tkwargs: PyObject, daemon: PyObject | undefined,
): void {
  const d = th.dict!;
  d.set("_target", target);
  d.set("_args", targs ?? emptyTuple);
  d.set("_kwargs", tkwargs === None ? new PyDict() : tkwargs);
  th.name = nm;
  th.daemonic = daemon === undefined || daemon === None ? currentThreadObj(st).daemonic : truthOf(daemon);
  th.inited = true;
}


export function* initThread(
  th: PyThread, target: PyObject, name: PyObject, targs: PyObject | undefined, tkwargs: PyObject, daemon: PyObject | undefined,
): Generator<any, void, any> {
  const st = stateOf(runningScheduler());
  let nm: string;
  if (name !== None) {
    nm = strFast(name) ?? (yield* strGen(name));
  } else {
    nm = `Thread-${++st.threadCount}`;
    if (target !== None) {
      const tn = yield* getAttrDefaultGen(target, "__name__", None);
      if (tn !== None) nm += ` (${strFast(tn) ?? (yield* strGen(tn))})`;
    }
  }
  setThreadFields(st, th, target, nm, targs, tkwargs, daemon);
}

/** Thread.start(): schedules the thread and waits until it runs, as CPython's start() waits for `_started`. */
export function* threadStart(th: PyThread): NativeGen {
  if (!th.inited) throw runtimeError("thread.__init__() not called");
  if (th.started) throw runtimeError("threads can only be started once");
  const sched = runningScheduler();
  const st = stateOf(sched);
  th.started = true;
  const ts = sched.newThread(th.name, th.daemonic, bootstrap(st, th));
  th.ts = ts;
  ts.pyThread = th;
  sched.start(ts);
  th.ident = ts.ident;
  th.nativeId = ts.nativeId;
  starting = th;
  yield startRequest;
  return None;
}

/**
 * The one request of every Thread.start wait: the scheduler calls `register` as soon as the starting
 * thread parks, before any other thread runs, so `starting` is still the thread being started then.
 */
let starting: PyThread | null = null;
const startRequest = new ParkRequest(null, "Thread.start", (w) => {
  starting!.starter = w as WakeFn;
  starting = null;
}, None);

/** The new thread's bottom frame: run(), then excepthook on an exception, then wake joiners. */
function* bootstrap(st: ThreadingState, th: PyThread): NativeGen {
  const starter = th.starter;
  th.starter = null;
  if (starter !== null) starter(None);
  try {
    if (st.traceHook !== None || st.profileHook !== None) yield* installHooks(st);
    const plain = plainTargetCall(th);
    if (plain !== null) {
      // Thread.run not overridden and a Python target: call it straight from this frame, so a blocked
      // thread keeps one suspended generator instead of four (100,000 waiting threads fit in memory).
      try {
        yield new CallRequest(plain.target, plain.args, null);
      } finally {
        clearTarget(th);
      }
    } else {
      yield* callGen(yield* loadAttrGen(th, "run"), []);
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const run = typeOf(th).lookup("run");
    addThreadFrames(e, run === threadType.dict.get("run") ? "run" : run === timerType.dict.get("run") ? "timer" : null);
    // Every exception goes to threading.excepthook; the default hook is the one that ignores SystemExit.
    yield* invokeExcepthook(st, th, e);
  } finally {
    stopThread(th);
  }
  return None;
}

/** Waits (without timeout) until `th` has finished; for executors' shutdown(wait=True). */
export function* joinStopped(th: PyThread): NativeGen {
  while (!th.stopped) yield new ParkRequest(null, "Thread.join", (w) => void th.joiners.push(w as WakeFn), false);
  return None;
}

/** A Thread object made from TypeScript (pool workers): `target` is called with no arguments by run(). */
export function newThreadObject(st: ThreadingState, name: string, target: PyObject): PyThread {
  const th = new PyThread(threadType);
  const d = th.dict!;
  d.set("_target", target);
  d.set("_args", new PyTuple([]));
  d.set("_kwargs", new PyDict());
  th.name = name;
  th.daemonic = currentThreadObj(st).daemonic;
  th.inited = true;
  return th;
}

function stopThread(th: PyThread): void {
  th.stopped = true;
  wakeAll(th.joiners);
}

function* installHooks(st: ThreadingState): NativeGen {
  const sys = st.rt.sys;
  for (const [fn, hook] of [["settrace", st.traceHook], ["setprofile", st.profileHook]] as const) {
    const f = sys?.dict.get(fn);
    if (hook !== None && f !== undefined) yield* callGen(f, [hook]);
  }
  return None;
}

/** threading.excepthook(ExceptHookArgs(...)); a failing hook is reported as CPython does. */
function* invokeExcepthook(st: ThreadingState, th: PyThread, e: PyBaseException): NativeGen {
  let hook = st.module.dict.get("excepthook") ?? None;
  if (hook === None) hook = st.module.dict.get("__excepthook__")!;
  try {
    yield* callGen(hook, [makeExceptHookArgs([e.type, e, e.traceback, th])]);
  } catch (e2) {
    if (!(e2 instanceof PyBaseException)) throw e2;
    e2.suppressContext = true;
    const lines = yield* st.rt.formatException(e2, true);
    yield* writeToSys(st.rt, "stderr", "Exception in threading.excepthook:\n" + lines.join(""));
  }
  return None;
}

/**
 * The target call of `th.run()` when run() is threading's own and the call needs no argument conversion
 * (a Python function, a tuple of arguments, no keyword arguments); null otherwise.
 */
function plainTargetCall(th: PyThread): { target: PyFunction; args: PyObject[] } | null {
  const d = th.dict!;
  if (typeOf(th).lookup("run") !== threadRunDescr || d.has("run")) return null;
  const target = d.get("_target");
  const a = d.get("_args");
  const k = d.get("_kwargs");
  if (!(target instanceof PyFunction) || !(a instanceof PyTuple) || !(k instanceof PyDict) || k.size !== 0) return null;
  return { target, args: a.items };
}

function clearTarget(th: PyThread): void {
  const d = th.dict!;
  d.delete("_target");
  d.delete("_args");
  d.delete("_kwargs");
}

function* threadRun(args: PyObject[]): NativeGen {
  const th = args[0] as PyThread;
  const d = th.dict!;
  const target = d.get("_target");
  if (target === undefined) throw noAttribute(th, "_target");
  try {
    if (target !== None) {
      const a = d.get("_args");
      const k = d.get("_kwargs");
      if (a === undefined) throw noAttribute(th, "_args");
      if (k === undefined) throw noAttribute(th, "_kwargs");
      let items: PyObject[];
      if (a instanceof PyTuple) items = a.items;
      else {
        const t = typeOf(a);
        if (getIterFast(a) === undefined && t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
          throw typeError(`${calleeName(target)} argument after * must be an iterable, not ${t.name}`);
        }
        items = yield* toArrayGen(a);
      }
      if (k !== None && !(k instanceof PyDict)) {
        throw typeError(`${calleeName(target)} argument after ** must be a mapping, not ${typeOf(k).name}`);
      }
      yield* callGen(target, items, yield* kwargsOf(k));
    }
  } finally {
    clearTarget(th);
  }
  return None;
}

/** How CPython names a callable in call errors ("print()", "f()", "A.m()"; Objects/call.c). */
function calleeName(f: PyObject): string {
  if (f instanceof PyFunction) return `${f.qualname}()`;
  if (f instanceof PyBuiltin) return `${f.name}()`;
  if (f instanceof PyType) return `${f.name}()`;
  return `${typeOf(f).name} object`;
}

/** A `**kwargs` mapping as a KwArgs map (keys must be strings). */
export function* kwargsOf(k: PyObject): Generator<any, KwArgs | null, any> {
  if (k === None) return null;
  if (!(k instanceof PyDict)) throw typeError(`argument after ** must be a mapping, not ${typeOf(k).name}`);
  if (k.size === 0) return null;
  const kw: KwArgs = new Map();
  for (const [n, v] of k.map) {
    const key = k.keyOf(n);
    if (typeof key !== "string") throw typeError("keywords must be strings");
    kw.set(key, v);
  }
  return kw;
}

function* threadJoin(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const th = args[0] as PyThread;
  let timeout: PyObject | undefined = args[1];
  if (kwargs !== null) timeout = kwargs.get("timeout") ?? timeout;
  assertInited(th);
  if (!th.started) throw runtimeError("cannot join thread before it is started");
  const sched = runningScheduler();
  if (th.ts === sched.currentThread || (th.kind === "main" && sched.currentThread === sched.main)) {
    throw runtimeError("cannot join current thread");
  }
  if (th.kind === "dummy") throw newException(AssertionError, "cannot join a dummy thread");
  if (th.stopped) return None;
  const d = timeoutDeadline(timeout);
  if (d === "now") return None;
  yield new ParkRequest(d, "Thread.join", (w) => void th.joiners.push(w as WakeFn), false);
  return None;
}

function threadRepr(th: PyThread): string {
  assertInited(th, "Thread.__init__() was not called");
  let status = "initial";
  if (th.started) status = "started";
  if (th.stopped) status = "stopped";
  if (th.daemonic) status += " daemon";
  if (th.ident !== None) status += ` ${th.ident}`;
  return `<${typeOf(th).name}(${th.name}, ${status})>`;
}

function setName(th: PyThread, v: PyObject): void {
  assertInited(th);
  th.name = strFast(v) ?? String(v);
  if (th.ts !== null) th.ts.name = th.name;
}

function setDaemon(th: PyThread, v: PyObject): void {
  assertInited(th);
  if (th.started) throw runtimeError("cannot set daemon status of active thread");
  th.daemonic = truthOf(v);
}

defineGenMethods(threadType, {
  __init__: threadInit,
  start: function* (args) {
    return yield* threadStart(args[0] as PyThread);
  },
  run: threadRun,
  join: threadJoin,
});
const threadRunDescr = threadType.dict.get("run");
defineMethods(threadType, {
  is_alive: ([self]) => {
    const th = self as PyThread;
    assertInited(th);
    return th.started && !th.stopped;
  },
  __repr__: ([self]) => threadRepr(self as PyThread),
});
defineGetters(
  threadType,
  {
    name: (self) => (assertInited(self as PyThread), (self as PyThread).name),
    ident: (self) => (assertInited(self as PyThread), (self as PyThread).ident),
    native_id: (self) => (assertInited(self as PyThread), (self as PyThread).nativeId),
    daemon: (self) => (assertInited(self as PyThread), (self as PyThread).daemonic),
  },
  {
    name: (self, v) => setName(self as PyThread, v ?? None),
    daemon: (self, v) => setDaemon(self as PyThread, v ?? None),
  },
);

// The camelCase aliases warn as threading.py 3.11 does (Lib/threading.py, Thread.getName and friends).
defineGenMethods(threadType, {
  getName: function* ([self]) {
    yield* warnDeprecated("getName() is deprecated, get the name attribute instead");
    assertInited(self as PyThread);
    return (self as PyThread).name;
  },
  setName: function* ([self, v]) {
    yield* warnDeprecated("setName() is deprecated, set the name attribute instead");
    setName(self as PyThread, v);
    return None;
  },
  isDaemon: function* ([self]) {
    yield* warnDeprecated("isDaemon() is deprecated, get the daemon attribute instead");
    assertInited(self as PyThread);
    return (self as PyThread).daemonic;
  },
  setDaemon: function* ([self, v]) {
    yield* warnDeprecated("setDaemon() is deprecated, set the daemon attribute instead");
    setDaemon(self as PyThread, v);
    return None;
  },
});

// ---- Timer ----

installTimerMethods(); // threading-timer.ts: Timer.__init__/run/cancel (they use initThread above)

// ---- current thread, main thread, enumerate ----

function mainThreadObj(st: ThreadingState): PyThread {
  if (st.mainObj !== null) return st.mainObj;
  const m = new PyThread(mainThreadType);
  const ts = st.sched.main;
  m.inited = m.started = true;
  m.kind = "main";
  m.name = "MainThread";
  m.ts = ts;
  m.ident = ts.ident;
  m.nativeId = ts.nativeId;
  m.stopped = ts.status === ThreadStatus.Done;
  ts.pyThread = m;
  st.mainObj = m;
  return m;
}

/** The Thread object of the calling thread: _MainThread, a Thread, or a _DummyThread made on first use. */
function currentThreadObj(st: ThreadingState): PyThread {
  const ts = st.sched.currentThread;
  if (ts === st.sched.main) return mainThreadObj(st);
  if (ts.pyThread instanceof PyThread) return ts.pyThread;
  const d = new PyThread(dummyThreadType);
  d.inited = d.started = true;
  d.kind = "dummy";
  d.name = `Dummy-${++st.dummyCount}`;
  d.daemonic = true;
  d.ts = ts;
  d.ident = ts.ident;
  d.nativeId = ts.nativeId;
  ts.pyThread = d;
  ts.onDone.push(() => stopThread(d));
  return d;
}

/** Live Thread objects: the main thread first, then started threads in start order. */
function enumerateThreads(st: ThreadingState): PyThread[] {
  const out: PyThread[] = [mainThreadObj(st)];
  for (const ts of st.sched.alive) {
    if (ts === st.sched.main) continue;
    const p = ts.pyThread;
    if (p instanceof PyThread && !p.stopped) out.push(p);
  }
  return out;
}

// ---- exit ----

/** Interpreter exit begins (the main thread finished): pools stop taking work, _register_atexit runs. */
function beginShutdown(st: ThreadingState): void {
  if (st.shuttingDown) return;
  st.shuttingDown = true;
  const main = mainThreadObj(st);
  stopThread(main);
  for (const cb of st.nativeAtexits.splice(0).reverse()) cb();
  const calls = st.pyAtexits.splice(0).reverse();
  if (calls.length === 0) return;
  // Python callbacks need a thread to run on; a non-daemon one, so exit waits for it.
  const t = st.sched.newThread("MainThread", false, (function* (): NativeGen {
    for (const [fn, a, k] of calls) yield* callGen(fn, a, k);
    return None;
  })());
  st.sched.start(t);
}

/** threading._shutdown(): exit-time callbacks, then wait for every non-daemon thread. */
function* shutdownGen(st: ThreadingState): NativeGen {
  beginShutdown(st);
  const sched = st.sched;
  for (;;) {
    const me = sched.currentThread;
    const t = sched.alive.find((x) => x !== me && x !== sched.main && !x.daemon && x.status !== ThreadStatus.Done);
    if (t === undefined) return None;
    yield new ParkRequest(null, "Thread.join", (w) => void t.onDone.push(() => void w(true)), false);
  }
}

// ---- the module ----

export function createThreading(rt: RuntimeContext): PyModule {
  const sched = schedulerOf(rt);
  let thread = rt.modules.getNorm("_thread");
  if (!(thread instanceof PyModule)) {
    thread = createThread(rt);
    rt.modules.setNorm("_thread", "_thread", thread);
  }
  const td = (thread as PyModule).dict;
  const m = new PyModule("threading");
  const st: ThreadingState = {
    rt, sched, module: m, threadCount: 0, dummyCount: 0, pyAtexits: [], nativeAtexits: [], shuttingDown: false,
    traceHook: None, profileHook: None, mainObj: null,
  };
  states.set(sched, st);
  sched.main.onDone.push(() => beginShutdown(st));
  const d = m.dict;
  const fn = (name: string, f: (args: PyObject[], kwargs: KwArgs | null) => PyObject) =>
    d.set(name, new PyBuiltin(name, f, false, m));
  const genFn = (name: string, f: (args: PyObject[], kwargs: KwArgs | null) => NativeGen) =>
    d.set(name, new PyBuiltin(name, f, true, m));

  for (const name of ["get_ident", "get_native_id", "stack_size"]) d.set(name, td.get(name)!);
  d.set("Lock", td.get("allocate_lock")!);
  d.set("_allocate_lock", td.get("allocate_lock")!);
  d.set("RLock", rlockType);
  d.set("_CRLock", rlockType);
  d.set("local", localType);
  d.set("ThreadError", td.get("error")!);
  d.set("TIMEOUT_MAX", td.get("TIMEOUT_MAX")!);
  d.set("excepthook", td.get("_excepthook")!);
  d.set("__excepthook__", td.get("_excepthook")!);
  d.set("ExceptHookArgs", exceptHookArgsType);
  d.set("Thread", threadType);
  d.set("_MainThread", mainThreadType);
  d.set("_DummyThread", dummyThreadType);
  d.set("Timer", timerType);
  d.set("Condition", conditionType);
  d.set("Semaphore", semaphoreType);
  d.set("BoundedSemaphore", boundedSemaphoreType);
  d.set("Event", eventType);
  d.set("Barrier", barrierType);
  d.set("BrokenBarrierError", BrokenBarrierError);

  fn("current_thread", () => currentThreadObj(st));
  genFn("currentThread", function* () {
    yield* warnDeprecated("currentThread() is deprecated, use current_thread() instead");
    return currentThreadObj(st);
  });
  fn("main_thread", () => mainThreadObj(st));
  fn("enumerate", () => new PyList(enumerateThreads(st)));
  fn("active_count", () => enumerateThreads(st).length);
  genFn("activeCount", function* () {
    yield* warnDeprecated("activeCount() is deprecated, use active_count() instead");
    return enumerateThreads(st).length;
  });
  fn("settrace", ([f]) => ((st.traceHook = f ?? None), None));
  fn("setprofile", ([f]) => ((st.profileHook = f ?? None), None));
  fn("gettrace", () => st.traceHook);
  fn("getprofile", () => st.profileHook);
  fn("_register_atexit", (args, kwargs) => {
    if (args.length === 0) throw typeError("_register_atexit() missing 1 required positional argument: 'func'");
    if (st.shuttingDown) throw runtimeError("can't register atexit after shutdown");
    st.pyAtexits.push([args[0], args.slice(1), kwargs]);
    return None;
  });
  genFn("_shutdown", () => shutdownGen(st));
  d.set("__all__", new PyList([
    "get_ident", "active_count", "Condition", "current_thread", "enumerate", "main_thread", "TIMEOUT_MAX",
    "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError",
    "Timer", "ThreadError", "setprofile", "settrace", "local", "stack_size", "excepthook", "ExceptHookArgs",
    "gettrace", "getprofile", "get_native_id",
  ]));
  return m;
}
