// thread.ts — concurrent.futures.thread in TypeScript: ThreadPoolExecutor (lazily started, reused workers
// named ThreadPoolExecutor-N_M, initializer, shutdown(wait, cancel_futures), exit-time draining) and
// BrokenThreadPool. Workers are ordinary threading.Thread objects whose target is a resumable builtin.
// Behaviour follows docs.python.org/3.11/library/concurrent.futures.html and what python3 3.11 prints.
import {
  PyObject, PyInstance, PyModule, PyTuple, KwArgs, None, makeBuiltinType, TypeFlag,
} from "../../../runtime/object.js";
import {
  PyBaseException, newException, runtimeError, typeError, valueError,
} from "../../../runtime/exceptions.js";
import { PyBuiltin, defineGenMethods, defineGetters } from "../../../runtime/builtin-function.js";
import { CallRequest, type NativeGen } from "../../../runtime/protocol.js";
import { callGen, isCallable } from "../../../runtime/ops-call.js";
import { strFast, truthy } from "../../../runtime/ops-object.js";
import { toArrayGen } from "../../../runtime/ops-iter.js";
import type { RuntimeContext } from "../../../runtime/runtime-context.js";
import { runningScheduler, type Scheduler, type WakeFn } from "../../../runtime/scheduler.js";
import { bindDefArgs, toIndex } from "../../support.js";
import { parkOn, wakeOne, wakeAll } from "../../threading-sync.js";
import {
  threadingState, onInterpreterExit, newThreadObject, threadStart, joinStopped, type PyThread,
  type ThreadingState,
} from "../../threading.js";
import {
  BrokenExecutor, PyFuture, executorType, newFuture, setResult, setException, cancelFuture,
  setRunningOrNotifyCancel, setResultQuiet, State, logException, callCatchable, bindsSurely, callInOwnFrame,
} from "./_base.js";
import { addFuturesFrame } from "./frames.js";

const MOD = "concurrent.futures.thread";

export const BrokenThreadPool = makeBuiltinType(
  "BrokenThreadPool", BrokenExecutor, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap,
);
BrokenThreadPool.module = MOD;
BrokenThreadPool.newInstance = (cls) => new PyBaseException(cls);

interface WorkItem {
  future: PyFuture;
  fn: PyObject;
  args: PyObject[];
  kwargs: KwArgs | null;
}

/** Per interpreter: the pool counter of default prefixes, live pools, and whether exit has begun. */
interface PoolGlobals {
  count: number;
  pools: Set<PyPool>;
  exiting: boolean;
}
const globalsBySched = new WeakMap<Scheduler, PoolGlobals>();

function poolGlobals(st: ThreadingState): PoolGlobals {
  let g = globalsBySched.get(st.sched);
  if (g === undefined) {
    const made: PoolGlobals = { count: 0, pools: new Set(), exiting: false };
    g = made;
    globalsBySched.set(st.sched, made);
    // CPython registers its exit hook with threading._register_atexit: work already queued still runs,
    // then the workers end and the interpreter joins them.
    onInterpreterExit(st, () => {
      made.exiting = true;
      for (const p of made.pools) wakeAll(p.idleWorkers);
    });
  }
  return g;
}

export class PyPool extends PyInstance {
  maxWorkers = 1;
  prefix = "";
  initializer: PyObject = None;
  initargs: PyObject[] = [];
  work: WorkItem[] = [];
  head = 0;
  /** Workers that finished an item and have not been handed a new one (CPython's _idle_semaphore). */
  idle = 0;
  idleWorkers: WakeFn[] = [];
  threads: PyThread[] = [];
  shutdown = false;
  broken: string | null = null;
  g: PoolGlobals | null = null;
  st: ThreadingState | null = null;
}

export const threadPoolExecutorType = makeBuiltinType("ThreadPoolExecutor", executorType, TypeFlag.BaseType | TypeFlag.HasDict);
threadPoolExecutorType.module = MOD;
threadPoolExecutorType.newInstance = (cls) => new PyPool(cls);

function takeWork(p: PyPool): WorkItem | undefined {
  if (p.head >= p.work.length) return undefined;
  const w = p.work[p.head];
  p.work[p.head++] = undefined as unknown as WorkItem;
  if (p.head === p.work.length) {
    p.work.length = 0;
    p.head = 0;
  }
  return w;
}

function* runItem(w: WorkItem): NativeGen {
  const f = w.future;
  if (f.state === State.Pending) f.state = State.Running;
  else if (!(yield* setRunningOrNotifyCancel(f))) return None;
  let result: PyObject;
  try {
    // callCatchable inlined: one generator less per task on the common path.
    result = bindsSurely(w.fn, w.args, w.kwargs)
      ? yield* callGen(w.fn, w.args, null)
      : yield new CallRequest(callInOwnFrame, [w.fn, ...w.args], w.kwargs);
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    return yield* setException(f, e);
  }
  if (setResultQuiet(f, result)) return None;
  return yield* setResult(f, result);
}

/** A worker thread's body: run the initializer, then items until the pool (or the interpreter) shuts down. */
function* worker(p: PyPool): NativeGen {
  if (p.initializer !== None) {
    try {
      yield* callCatchable(p.initializer, p.initargs);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
      addFuturesFrame(e, "worker_initializer");
      yield* logException(p.st!.rt, "Exception in initializer:", e);
      yield* initializerFailed(p);
      return None;
    }
  }
  for (;;) {
    const w = takeWork(p);
    if (w !== undefined) {
      const f = w.future;
      if (f.state === State.Pending && bindsSurely(w.fn, w.args, w.kwargs)) {
        // The common item (runItem inlined): a pending future and a plain Python function whose arguments
        // bind, called straight from this frame, with no generator made per task.
        f.state = State.Running;
        let result: PyObject;
        try {
          result = yield new CallRequest(w.fn, w.args, null);
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          yield* setException(f, e);
          p.idle++;
          continue;
        }
        if (!setResultQuiet(f, result)) yield* setResult(f, result);
      } else {
        yield* runItem(w);
      }
      p.idle++;
      continue;
    }
    if (p.shutdown || p.g!.exiting || p.broken !== null) {
      wakeAll(p.idleWorkers);
      return None;
    }
    yield* parkOn(p.idleWorkers, null, "ThreadPoolExecutor worker");
  }
}

function* initializerFailed(p: PyPool): NativeGen {
  p.broken = "A thread initializer failed, the thread pool is not usable anymore";
  for (let w = takeWork(p); w !== undefined; w = takeWork(p)) {
    yield* setException(w.future, newException(BrokenThreadPool, p.broken));
  }
  wakeAll(p.idleWorkers);
  return None;
}

/** True when an existing worker will take the new item; false when a new worker must be started. */
function wakeWorker(p: PyPool): boolean {
  // An idle worker will take the item (CPython: _idle_semaphore.acquire(timeout=0)).
  if (p.idle > 0) {
    p.idle--;
    if (p.idleWorkers.length > 0) wakeOne(p.idleWorkers);
    return true;
  }
  if (p.idleWorkers.length > 0) wakeOne(p.idleWorkers);
  return p.threads.length >= p.maxWorkers;
}

function* startWorker(p: PyPool): NativeGen {
  const name = `${p.prefix}_${p.threads.length}`;
  const target = new PyBuiltin("_worker", () => worker(p), true);
  const th = newThreadObject(p.st!, name, target);
  p.threads.push(th);
  p.g!.pools.add(p);
  return yield* threadStart(th);
}

defineGenMethods(threadPoolExecutorType, {
  __init__: function* (args, kwargs) {
    const p = args[0] as PyPool;
    const vals = bindDefArgs("ThreadPoolExecutor.__init__", args, kwargs, ["max_workers", "thread_name_prefix", "initializer", "initargs"], 0);
    const [mw, prefix, init, initargs] = vals;
    const st = threadingState(rtOf());
    p.st = st;
    p.g = poolGlobals(st);
    if (mw === undefined || mw === None) {
      p.maxWorkers = Math.min(32, (st.rt.host.cpuCount || 1) + 4);
    } else {
      p.maxWorkers = Number(toIndex(mw));
      if (p.maxWorkers <= 0) throw valueError("max_workers must be greater than 0");
    }
    if (init !== undefined && init !== None && !isCallable(init)) throw typeError("initializer must be a callable");
    p.initializer = init ?? None;
    p.initargs = initargs === undefined ? [] : initargs instanceof PyTuple ? initargs.items : yield* toArrayGen(initargs);
    const pre = prefix === undefined ? "" : strFast(prefix) ?? "";
    p.prefix = pre !== "" ? pre : `ThreadPoolExecutor-${p.g.count++}`;
    return None;
  },
  submit: function* (args, kwargs) {
    const p = args[0] as PyPool;
    if (args.length < 2) throw typeError("ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'");
    if (p.broken !== null) throw newException(BrokenThreadPool, p.broken);
    if (p.shutdown) throw runtimeError("cannot schedule new futures after shutdown");
    if (p.g!.exiting) throw runtimeError("cannot schedule new futures after interpreter shutdown");
    const f = newFuture(p.st!.rt);
    p.work.push({ future: f, fn: args[1], args: args.slice(2), kwargs: kwargs !== null && kwargs.size > 0 ? kwargs : null });
    if (!wakeWorker(p)) yield* startWorker(p);
    return f;
  },
  shutdown: function* (args, kwargs) {
    const p = args[0] as PyPool;
    let wait: PyObject = args[1] ?? true;
    let cancel: PyObject = false;
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        if (k === "wait") wait = v;
        else if (k === "cancel_futures") cancel = v;
        else throw typeError(`ThreadPoolExecutor.shutdown() got an unexpected keyword argument '${k}'`);
      }
    }
    p.shutdown = true;
    if (truthy(cancel) ?? true) {
      for (let w = takeWork(p); w !== undefined; w = takeWork(p)) yield* cancelFuture(w.future);
    }
    wakeAll(p.idleWorkers);
    if (truthy(wait) ?? true) for (const th of p.threads) yield* joinStopped(th);
    p.g?.pools.delete(p);
    return None;
  },
});

// CPython's private attributes that course material inspects (the default pool size, the worker prefix).
defineGetters(threadPoolExecutorType, {
  _max_workers: (self) => (self as PyPool).maxWorkers,
  _thread_name_prefix: (self) => (self as PyPool).prefix,
  _shutdown: (self) => (self as PyPool).shutdown,
});

/** The RuntimeContext of the running interpreter (set by the module factory). */
const rtBySched = new WeakMap<Scheduler, RuntimeContext>();
function rtOf(): RuntimeContext {
  const rt = rtBySched.get(runningScheduler());
  if (rt === undefined) throw runtimeError("gilpy: concurrent.futures.thread is not initialised");
  return rt;
}

export function createThreadModule(rt: RuntimeContext): PyModule {
  const st = threadingState(rt);
  rtBySched.set(st.sched, rt);
  poolGlobals(st);
  const m = new PyModule(MOD);
  m.dict.set("ThreadPoolExecutor", threadPoolExecutorType);
  m.dict.set("BrokenThreadPool", BrokenThreadPool);
  return m;
}

