// _thread.test.ts — _thread locks on the real scheduler, driven by a tiny fake VM whose threads are native
// generators; messages and results compared with what python3 3.11 gives.
import { describe, expect, it } from "vitest";
import { VirtualClock } from "../runtime/clock.js";
import { Scheduler, StepResult, type ThreadRunner } from "../runtime/scheduler.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import type { PyThreadState } from "../runtime/thread-state.js";
import type { PyObject, PyModule } from "../runtime/object.js";
import { PyBaseException } from "../runtime/exceptions.js";
import { PyMethodDescr, PyBuiltin } from "../runtime/builtin-function.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import type { NativeFn, NativeGenFn } from "../runtime/protocol.js";
import { createThread, PyLock } from "./_thread.js";

/** Drives each thread's entry generator; a ParkRequest parks it. */
class GenVM implements ThreadRunner {
  run(t: PyThreadState, _budget: number): StepResult {
    const g = (t.vm ??= t.entry) as NativeGen;
    let r = t.wakeError !== null ? g.throw(t.wakeError) : g.next(t.wakeValue);
    t.wakeError = null;
    t.ticks += 10;
    for (;;) {
      if (r.done) return StepResult.Done;
      if (r.value instanceof ParkRequest) {
        t.parkRequest = r.value;
        return StepResult.Parked;
      }
      r = g.next(0);
    }
  }
  where(): string {
    return "";
  }
}

function setup() {
  const host = {
    err: "", writeStdout() {}, writeStderr(s: string) { host.err += s; }, readLine: async () => null,
    monotonicMs: () => 0, wallMs: () => 0, setTimer: () => ({ cancel() {} }),
    yieldToEventLoop: () => Promise.resolve(), cwd: "/", env: new Map(), pid: 100, platform: "linux", cpuCount: 2,
  };
  const clock = new VirtualClock();
  const sched = new Scheduler({ clock, host });
  sched.runner = new GenVM();
  const rt = { clock, scheduler: sched, host } as unknown as RuntimeContext;
  const m = createThread(rt);
  const log: string[] = [];
  const now = () => (clock.monotonic() - 12345).toFixed(3);
  const spawn = (name: string, body: () => NativeGen) => {
    const t = sched.newThread(name, false, body());
    sched.start(t);
    return t;
  };
  return { sched, m, log, now, spawn, host };
}

/** Calls a method of a builtin object the way the VM would (self first). */
function* meth(obj: PyObject, name: string, ...args: PyObject[]): NativeGen {
  const d = (obj as { type: { lookup(n: string): PyObject | undefined } }).type.lookup(name) as PyMethodDescr;
  const r = d.fn([obj, ...args], null);
  return d.isGen ? yield* (r as unknown as NativeGen) : (r as PyObject);
}
function fn(m: PyModule, name: string, ...args: PyObject[]): PyObject {
  const b = m.dict.get(name) as PyBuiltin;
  return (b.fn as NativeFn)(args, null);
}
function* sleep(sched: Scheduler, s: number): NativeGen {
  return yield new ParkRequest(sched.clock.monotonic() + s, "sleep", null, 0);
}
function pyError(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}(${JSON.stringify(e.args.items[0])})`;
    throw e;
  }
  return "no error";
}
function* pyErrorGen(g: NativeGen): Generator<any, string, any> {
  try {
    yield* g;
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}(${JSON.stringify(e.args.items[0])})`;
    throw e;
  }
  return "no error";
}

describe("_thread.lock", () => {
  it("a contended acquire parks until the holder releases", async () => {
    const { sched, m, log, now, spawn } = setup();
    const lock = fn(m, "allocate_lock") as PyLock;
    sched.main.vm = (function* (): NativeGen {
      yield* meth(lock, "acquire");
      spawn("T", function* () {
        log.push(`T wants ${now()}`);
        yield* meth(lock, "acquire");
        log.push(`T got ${now()}`);
        return 0;
      });
      yield* sleep(sched, 2);
      log.push(`main releases ${now()}`);
      yield* meth(lock, "release");
      return 0;
    })();
    await sched.runUntil(() => sched.alive.length === 0);
    expect(log).toEqual(["T wants 0.000", "main releases 2.000", "T got 2.000"]);
  });

  it("acquire(timeout=…) gives False when the time passes; blocking=False never waits", async () => {
    const { sched, m, log, now } = setup();
    const lock = fn(m, "allocate_lock") as PyLock;
    sched.main.vm = (function* (): NativeGen {
      log.push(String(yield* meth(lock, "acquire")));
      log.push(String(yield* meth(lock, "acquire", false)));
      log.push(String(yield* meth(lock, "acquire", true, 1.5)) + " " + now());
      log.push(String(yield* meth(lock, "locked")));
      return 0;
    })();
    await sched.runThread(sched.main);
    expect(log).toEqual(["true", "false", "false 1.500", "true"]);
  });

  it("CPython's messages for misuse", async () => {
    const { sched, m, log } = setup();
    const lock = fn(m, "allocate_lock") as PyLock;
    const rlock = (function () {
      const t = m.dict.get("RLock") as { newInstance: (c: unknown) => PyObject };
      return t.newInstance(t);
    })();
    expect(pyError(() => (lock.type.lookup("release") as PyMethodDescr).fn([lock], null))).toBe(
      'RuntimeError("release unlocked lock")',
    );
    sched.main.vm = (function* (): NativeGen {
      log.push(yield* pyErrorGen(meth(lock, "acquire", false, 1)));
      log.push(yield* pyErrorGen(meth(lock, "acquire", true, -2)));
      log.push(yield* pyErrorGen(meth(rlock, "release")));
      return 0;
    })();
    await sched.runThread(sched.main);
    expect(log).toEqual([
      `ValueError("can't specify a timeout for a non-blocking call")`,
      'ValueError("timeout value must be positive")',
      'RuntimeError("cannot release un-acquired lock")',
    ]);
  });
});

describe("_thread.RLock", () => {
  it("is reentrant for its owner and blocks other threads until fully released", async () => {
    const { sched, m, log, now, spawn } = setup();
    const t = m.dict.get("RLock") as { newInstance: (c: unknown) => PyObject };
    const r = t.newInstance(t);
    sched.main.vm = (function* (): NativeGen {
      yield* meth(r, "acquire");
      yield* meth(r, "acquire");
      log.push(String(yield* meth(r, "_recursion_count")));
      spawn("T", function* () {
        log.push(`T non-blocking: ${String(yield* meth(r, "acquire", false))}`);
        log.push(yield* pyErrorGen(meth(r, "release")));
        yield* meth(r, "acquire");
        log.push(`T got ${now()}`);
        return 0;
      });
      yield* sleep(sched, 1);
      yield* meth(r, "release");
      yield* sleep(sched, 1);
      yield* meth(r, "release");
      log.push(`main released ${now()}`);
      return 0;
    })();
    await sched.runUntil(() => sched.alive.length === 0);
    expect(log).toEqual([
      "2", "T non-blocking: false", 'RuntimeError("cannot release un-acquired lock")', "main released 2.000", "T got 2.000",
    ]);
  });
});

describe("_thread module", () => {
  it("TIMEOUT_MAX, stack_size and idents are CPython's", () => {
    const { m, sched } = setup();
    expect(String((m.dict.get("TIMEOUT_MAX") as { value: number }).value)).toBe("9223372036");
    expect(fn(m, "stack_size")).toBe(0);
    expect(pyError(() => fn(m, "stack_size", 100))).toBe('ValueError("size not valid: 100 bytes")');
    expect(fn(m, "get_ident")).toBe(sched.main.ident);
    expect(fn(m, "get_native_id")).toBe(100);
  });

  it("the sentinel lock is released when its thread ends (what join waits on)", async () => {
    const { sched, m, log, now, spawn } = setup();
    let sentinel: PyLock | null = null;
    sched.main.vm = (function* (): NativeGen {
      spawn("T", function* () {
        sentinel = fn(m, "_set_sentinel") as PyLock;
        yield* sleep(sched, 3);
        return 0;
      });
      yield* sleep(sched, 0);
      const join = (m.dict.get("_join_wait") as PyBuiltin).fn as NativeGenFn;
      log.push(String(yield* join([sentinel!, true, -1], null)) + " " + now());
      return 0;
    })();
    await sched.runThread(sched.main);
    expect(log).toEqual(["true 3.000"]);
  });
});

describe("_thread._local", () => {
  it("gives each thread its own attribute dict", async () => {
    const { sched, m, log, spawn } = setup();
    const localType = m.dict.get("_local") as { dict: Map<string, PyObject> };
    const make = (localType.dict.get("__new__") as PyBuiltin).fn as NativeFn;
    sched.main.vm = (function* (): NativeGen {
      const l = make([localType as unknown as PyObject], null) as unknown as { dict: Map<string, PyObject> };
      l.dict.set("x", "main");
      spawn("T", function* () {
        log.push(`T sees ${String(l.dict.get("x"))}`);
        l.dict.set("x", "T");
        log.push(`T set ${String(l.dict.get("x"))}`);
        return 0;
      });
      yield* sleep(sched, 1);
      log.push(`main sees ${String(l.dict.get("x"))}`);
      return 0;
    })();
    await sched.runUntil(() => sched.alive.length === 0);
    expect(log).toEqual(["T sees undefined", "T set T", "main sees main"]);
  });
});
