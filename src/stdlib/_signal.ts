// _signal.ts — the native half of the signal module: the handler table, delivery of signals to Python
// handlers, alarm() on the interpreter's clock, pause(), raise_signal() and the kill() behind os.kill.
// The Signals/Handlers enums and the wrappers users call are Python source in signal.ts.
//
// Delivery. CPython runs a handler in the main thread between two bytecodes. A signal the main thread
// sends itself (raise_signal, os.kill(os.getpid(), …)) runs the handler right there, inside the call,
// which is the same moment. A signal from elsewhere (another thread, alarm(), another process through the
// host) runs the handler on a short-lived green thread; an exception it raises is then raised in the main
// thread at its next switch point (or ends its wait), as KeyboardInterrupt from Ctrl-C would be.
import { PyModule, PyObject, PyFloat, None, newTuple, makeBuiltinType, TypeFlag } from "../runtime/object.js";
import {
  PyBaseException, newException, OSError, KeyboardInterrupt, SystemExit, ProcessLookupError, PermissionError, typeError, valueError,
} from "../runtime/exceptions.js";
import { PySet, normKey, type Norm } from "../runtime/dict.js";
import { builtinFn, defineModuleFunctions, defineModuleGenFunctions, type PyBuiltin } from "../runtime/builtin-function.js";
import { ParkRequest, call, type NativeGen } from "../runtime/protocol.js";
import { isCallable } from "../runtime/ops-call.js";
import type { WakeFn } from "../runtime/scheduler.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { schedulerOf } from "./_thread.js";
import { intValue, toDouble } from "./support.js";
import { sockError } from "./socket-engine.js";

/** Linux signal numbers and strsignal() texts (glibc), in number order. */
export const SIGNALS: [string, number, string][] = [
  ["SIGHUP", 1, "Hangup"], ["SIGINT", 2, "Interrupt"], ["SIGQUIT", 3, "Quit"], ["SIGILL", 4, "Illegal instruction"],
  ["SIGTRAP", 5, "Trace/breakpoint trap"], ["SIGABRT", 6, "Aborted"], ["SIGBUS", 7, "Bus error"],
  ["SIGFPE", 8, "Floating point exception"], ["SIGKILL", 9, "Killed"], ["SIGUSR1", 10, "User defined signal 1"],
  ["SIGSEGV", 11, "Segmentation fault"], ["SIGUSR2", 12, "User defined signal 2"], ["SIGPIPE", 13, "Broken pipe"],
  ["SIGALRM", 14, "Alarm clock"], ["SIGTERM", 15, "Terminated"], ["SIGSTKFLT", 16, "Stack fault"],
  ["SIGCHLD", 17, "Child exited"], ["SIGCONT", 18, "Continued"], ["SIGSTOP", 19, "Stopped (signal)"],
  ["SIGTSTP", 20, "Stopped"], ["SIGTTIN", 21, "Stopped (tty input)"], ["SIGTTOU", 22, "Stopped (tty output)"],
  ["SIGURG", 23, "Urgent I/O condition"], ["SIGXCPU", 24, "CPU time limit exceeded"],
  ["SIGXFSZ", 25, "File size limit exceeded"], ["SIGVTALRM", 26, "Virtual timer expired"],
  ["SIGPROF", 27, "Profiling timer expired"], ["SIGWINCH", 28, "Window changed"], ["SIGIO", 29, "I/O possible"],
  ["SIGPWR", 30, "Power failure"], ["SIGSYS", 31, "Bad system call"],
];
const SIGRTMIN = 34, SIGRTMAX = 64, NSIG = 65;
const SIGINT = 2, SIGKILL = 9, SIGSTOP = 19, SIGALRM = 14;
/** Signals whose default action is to do nothing (signal(7)). */
const IGNORED_BY_DEFAULT = new Set([17, 18, 23, 28]);

/** signal.ItimerError (CPython names the class itimer_error). */
export const ItimerError = makeBuiltinType("itimer_error", OSError, TypeFlag.BaseType | TypeFlag.HasDict | TypeFlag.Exception | TypeFlag.Heap);
ItimerError.module = "signal";
ItimerError.newInstance = (cls) => new PyBaseException(cls);

function itimerError(): PyBaseException {
  const e = newException(ItimerError, 22, "Invalid argument");
  e.dict.set("errno", 22);
  e.dict.set("strerror", "Invalid argument");
  return e;
}

const nameOf = (n: number): string => SIGNALS.find((s) => s[1] === n)?.[0] ?? `SIG${n}`;

function sigArg(x: PyObject): number {
  const v = intValue(x);
  if (v === undefined) throw typeError(`'${typeof x === "string" ? "str" : "object"}' object cannot be interpreted as an integer`);
  const n = Number(v);
  if (n < 1 || n >= NSIG) throw valueError("signal number out of range");
  return n;
}

export function createSignalCore(rt: RuntimeContext): PyModule {
  const m = new PyModule("_signal");
  const sched = schedulerOf(rt);
  const d = m.dict;
  for (const [name, num] of SIGNALS) d.set(name, num);
  d.set("SIGIOT", 6);
  d.set("SIGPOLL", 29);
  d.set("SIGRTMIN", SIGRTMIN);
  d.set("SIGRTMAX", SIGRTMAX);
  d.set("NSIG", NSIG);
  d.set("SIG_DFL", 0);
  d.set("SIG_IGN", 1);
  d.set("SIG_BLOCK", 0);
  d.set("SIG_UNBLOCK", 1);
  d.set("SIG_SETMASK", 2);
  d.set("ITIMER_REAL", 0);
  d.set("ITIMER_VIRTUAL", 1);
  d.set("ITIMER_PROF", 2);

  const defaultIntHandler: PyBuiltin = builtinFn("default_int_handler", () => {
    throw newException(KeyboardInterrupt);
  }, m);
  d.set("default_int_handler", defaultIntHandler);
  d.set("ItimerError", ItimerError);

  const handlers = new Map<number, PyObject>([[SIGINT, defaultIntHandler]]);
  const watches = new Map<number, () => void>();
  let pausers: WakeFn[] = [];
  /** The process's one real-time timer (alarm and setitimer share it, as in the kernel). */
  let alarm: { deadline: number; interval: number; cancel: () => void } | null = null;

  const handlerOf = (sig: number): PyObject => handlers.get(sig) ?? 0;
  const wakePausers = (): void => {
    const ws = pausers;
    pausers = [];
    for (const w of ws) w(None);
  };
  /** Lets an idle scheduler notice a thread made runnable from outside a Python step. */
  const kick = (): void => sched.holdExternal()();

  /** SIG_DFL's action for a signal that terminates: the process ends with status 128 + signal. */
  const terminate = (sig: number): never => {
    rt.host.exit?.(128 + sig);
    throw newException(SystemExit, 128 + sig);
  };

  /** Runs `sig`'s handler in the calling thread (the main thread sending itself a signal). */
  function* runHere(sig: number): NativeGen {
    const h = handlerOf(sig);
    if (h === 1 || (h === 0 && IGNORED_BY_DEFAULT.has(sig))) return None;
    if (h === 0) terminate(sig);
    try {
      yield* call(h, [sig, rt.currentFrame?.(0) ?? None]);
    } finally {
      wakePausers();
    }
    return None;
  }

  /** Delivers `sig` from outside the main thread's current step (see the file comment). */
  const deliverLater = (sig: number): void => {
    const h = handlerOf(sig);
    if (h === 1 || (h === 0 && IGNORED_BY_DEFAULT.has(sig))) return;
    if (h === 0) terminate(sig);
    if (h === defaultIntHandler) {
      sched.interrupt(sched.main, newException(KeyboardInterrupt));
      kick();
      return;
    }
    // The frame the main thread is in, when it can be read now (no other thread holds the GIL).
    const cur = sched.current;
    const frame = cur === null || cur === sched.main ? rt.currentFrame?.(0) ?? None : None;
    const t = sched.newThread("MainThread", true, (function* (): NativeGen {
      try {
        yield* call(h, [sig, frame]);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        sched.interrupt(sched.main, e);
      } finally {
        wakePausers();
      }
      return None;
    })());
    sched.start(t);
    kick();
  };

  const setWatch = (sig: number, h: PyObject): void => {
    const host = rt.host.signals;
    if (host === undefined) return;
    const wanted = h !== 0 && !(sig === SIGINT && h === defaultIntHandler);
    const old = watches.get(sig);
    if (wanted && old === undefined) watches.set(sig, host.watch(nameOf(sig), () => deliverLater(sig)));
    if (!wanted && old !== undefined) {
      old();
      watches.delete(sig);
    }
  };

  function* sendSignal(sig: number): NativeGen {
    if (sched.currentThread === sched.main) return yield* runHere(sig);
    deliverLater(sig);
    return None;
  }

  defineModuleFunctions(m, {
    signal: ([signum, handler]) => {
      const sig = sigArg(signum);
      if (sched.currentThread !== sched.main) throw valueError("signal only works in main thread of the main interpreter");
      const callable = isCallable(handler);
      const iv = callable ? undefined : intValue(handler); // SIG_DFL/SIG_IGN, also as Handlers members
      if (!callable && (iv === undefined || (Number(iv) !== 0 && Number(iv) !== 1))) {
        throw typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
      }
      if (sig === SIGKILL || sig === SIGSTOP) throw sockError("EINVAL");
      const old = handlerOf(sig);
      const h = callable ? handler : Number(iv);
      handlers.set(sig, h);
      setWatch(sig, h);
      return old;
    },
    getsignal: ([signum]) => handlerOf(sigArg(signum)),
    strsignal: ([signum]) => {
      const sig = sigArg(signum);
      const known = SIGNALS.find((s) => s[1] === sig);
      if (known) return known[2];
      if (sig >= SIGRTMIN && sig <= SIGRTMAX) return `Real-time signal ${sig - SIGRTMIN}`;
      return None;
    },
    valid_signals: () => {
      const items = new Map<Norm, PyObject>();
      for (const [, n] of SIGNALS) items.set(normKey(n), n);
      for (let n = SIGRTMIN; n <= SIGRTMAX; n++) items.set(normKey(n), n);
      return new PySet(items);
    },
    alarm: ([secs]) => {
      const v = intValue(secs);
      if (v === undefined) throw typeError(`'${typeof secs}' object cannot be interpreted as an integer`);
      const now = sched.clock.monotonic();
      const left = alarm === null ? 0 : Math.max(1, Math.round(alarm.deadline - now));
      alarm?.cancel();
      alarm = null;
      if (Number(v) > 0) startAlarm(now + Number(v), 0);
      return left;
    },
    setitimer: ([which, seconds, interval]) => {
      const old = itimerValue(which);
      const secs = toDouble(seconds);
      const every = interval === undefined ? 0 : toDouble(interval);
      if (secs < 0 || every < 0) throw itimerError();
      alarm?.cancel();
      alarm = null;
      if (secs > 0) startAlarm(sched.clock.monotonic() + secs, every);
      return old;
    },
    getitimer: ([which]) => itimerValue(which),
    siginterrupt: () => None,
    set_wakeup_fd: () => -1,
  });

  /** setitimer/getitimer's (remaining, interval) of the real-time timer; ITIMER_VIRTUAL/PROF share it. */
  const itimerValue = (which: PyObject): PyObject => {
    const w = Number(intValue(which) ?? NaN);
    if (!(w >= 0 && w <= 2)) throw itimerError();
    if (alarm === null) return newTuple([new PyFloat(0), new PyFloat(0)]);
    return newTuple([new PyFloat(Math.max(0, alarm.deadline - sched.clock.monotonic())), new PyFloat(alarm.interval)]);
  };

  /** Arms the timer: a daemon helper thread sleeps on the clock until `deadline`, then SIGALRM is delivered. */
  const startAlarm = (deadline: number, interval: number): void => {
    let wake: WakeFn | null = null;
    let cancelled = false;
    const entry = (function* (): NativeGen {
      let due = deadline;
      for (;;) {
        const r = yield new ParkRequest(due, "signal.alarm", (w) => void (wake = w as WakeFn), true);
        if (cancelled || r !== true) return None;
        if (interval > 0 && alarm !== null) alarm.deadline = due += interval;
        else alarm = null;
        deliverLater(SIGALRM);
        if (interval <= 0) return None;
      }
    })();
    const t = sched.newThread("MainThread", true, entry);
    alarm = { deadline, interval, cancel: () => { cancelled = true; (wake as WakeFn | null)?.(false); } };
    sched.start(t);
  };

  defineModuleGenFunctions(m, {
    raise_signal: function* ([signum]) {
      return yield* sendSignal(sigArg(signum));
    },
    pause: function* () {
      // Waiting for another process's signal: not a deadlock, and the host must stay up meanwhile (a
      // signal listener alone does not keep Node's event loop alive), hence the long idle timer.
      const external = watches.size > 0 ? sched.holdExternal() : null;
      const keepAlive = external === null ? null : rt.host.setTimer(2 ** 31 - 1, () => {});
      try {
        yield new ParkRequest(null, "signal.pause", (w) => void pausers.push(w as WakeFn), None);
      } finally {
        keepAlive?.cancel();
        external?.();
      }
      return None;
    },
    // os.kill: the process itself (any handler may run), another process through the host, or ESRCH.
    kill: function* ([pidArg, signum]) {
      const pid = Number(intValue(pidArg) ?? NaN);
      const sigv = Number(intValue(signum) ?? NaN);
      if (Number.isNaN(pid) || Number.isNaN(sigv)) throw typeError("an integer is required");
      if (pid === rt.host.pid || pid === 0) {
        if (sigv === 0) return None;
        return yield* sendSignal(sigArg(signum));
      }
      const host = rt.host.signals;
      if (host === undefined) throw sockErrorFor("ESRCH");
      const err = host.kill(pid, sigv);
      if (err !== null) throw sockErrorFor(err);
      return None;
    },
  });
  return m;
}

function sockErrorFor(code: string): PyBaseException {
  if (code === "ESRCH") {
    const e = newException(ProcessLookupError, 3, "No such process");
    e.dict.set("errno", 3);
    e.dict.set("strerror", "No such process");
    return e;
  }
  if (code === "EPERM") {
    const e = newException(PermissionError, 1, "Operation not permitted");
    e.dict.set("errno", 1);
    e.dict.set("strerror", "Operation not permitted");
    return e;
  }
  return sockError(code);
}
