// scheduler.test.ts — the GIL hand-off, parking, deadlines, the virtual clock and the deadlock report,
// driven by a fake VM whose "threads" are scripts of work and park steps.
import { describe, expect, it } from "vitest";
import { VirtualClock, RealClock, SeededRandom } from "./clock.js";
import { Scheduler, StepResult, type ThreadRunner, type WakeFn } from "./scheduler.js";
import { ParkRequest } from "./protocol.js";
import type { PyObject } from "./object.js";
import type { PyThreadState } from "./thread-state.js";
import type { Host } from "./host.js";
import { TraceRecorder } from "./trace.js";

type Step =
  | { work: number; label?: string }
  | { park: () => ParkRequest; label?: string }
  | { call: (got: PyObject) => void };

interface Script {
  steps: Step[];
  pc: number;
  left: number; // instructions left in the current work step
  got: PyObject;
}

function fakeHost(): Host & { err: string } {
  const h = {
    err: "",
    writeStdout() {},
    writeStderr(s: string) {
      h.err += s;
    },
    readLine: async () => null,
    monotonicMs: () => performance.now(),
    wallMs: () => Date.now(),
    setTimer(ms: number, fn: () => void) {
      const id = setTimeout(fn, ms);
      return { cancel: () => clearTimeout(id) };
    },
    yieldToEventLoop: () => new Promise<void>((r) => setImmediate(r)),
    cwd: "/",
    env: new Map(),
    pid: 4242,
    platform: "linux",
    cpuCount: 2,
  };
  return h;
}

/** A fake VM: each instruction of a work step is a switch point; `log` records who ran what when. */
class FakeVM implements ThreadRunner {
  log: string[] = [];
  constructor(private readonly clock: VirtualClock | RealClock) {}
  run(t: PyThreadState, budget: number): StepResult {
    const s = t.vm as Script;
    let used = 0; // t.ticks is kept current, as the real VM does before calling out
    if (s.pc > 0 && (s.steps[s.pc - 1] as { park?: unknown }).park) s.got = t.wakeValue;
    while (s.pc < s.steps.length) {
      const step = s.steps[s.pc];
      if ("work" in step) {
        if (s.left === 0) {
          s.left = step.work;
          if (step.label) this.log.push(`${t.name}:${step.label}@${this.now()}`);
        }
        const n = Math.min(s.left, budget - used);
        s.left -= n;
        used += n;
        t.ticks += n;
        if (s.left === 0) s.pc++;
        if (used >= budget && s.pc < s.steps.length) return StepResult.Yield;
      } else if ("park" in step) {
        s.pc++;
        if (step.label) this.log.push(`${t.name}:${step.label}@${this.now()}`);
        t.parkRequest = step.park();
        return StepResult.Parked;
      } else {
        s.pc++;
        step.call(s.got);
      }
    }
    return StepResult.Done;
  }
  where(t: PyThreadState): string {
    return `prog.py:${(t.vm as Script).pc}`;
  }
  private now(): string {
    return ((this.clock.monotonic() - 12345) * 1000).toFixed(1);
  }
}

function setup(opts: { seed?: number; trace?: TraceRecorder } = {}) {
  const host = fakeHost();
  const clock = new VirtualClock();
  const sched = new Scheduler({ clock, host, seed: opts.seed, trace: opts.trace });
  const vm = new FakeVM(clock);
  sched.runner = vm;
  const script = (t: PyThreadState, steps: Step[]) => {
    t.vm = { steps, pc: 0, left: 0, got: 0 } satisfies Script;
  };
  const spawn = (name: string, steps: Step[], daemon = false) => {
    const t = sched.newThread(name, daemon, null as never);
    script(t, steps);
    sched.start(t);
    return t;
  };
  return { host, clock, sched, vm, script, spawn };
}

const MS = 40_000; // instructions per virtual millisecond at 25 ns each

function sleep(sched: Scheduler, seconds: number, label?: string): Step {
  return { park: () => new ParkRequest(sched.clock.monotonic() + seconds, "sleep", null, 0), label };
}

describe("virtual clock", () => {
  it("charges 25 ns per instruction and jumps when told to sleep", async () => {
    const c = new VirtualClock();
    const t0 = c.monotonic();
    c.charge(40_000);
    expect(c.monotonic() - t0).toBeCloseTo(0.001, 12);
    expect(c.processTime()).toBeCloseTo(0.001, 12);
    let woke = false;
    c.sleepUntil(t0 + 60, () => (woke = true));
    expect(c.monotonic() - t0).toBeCloseTo(60, 9);
    expect(c.processTime()).toBeCloseTo(0.001, 12); // sleeping uses no CPU
    await Promise.resolve();
    expect(woke).toBe(true);
    expect(c.wallTime() - c.monotonic()).toBeCloseTo(1_700_000_000 - 12_345, 3);
  });

  it("seeded generator repeats for the same seed", () => {
    const a = new SeededRandom(7), b = new SeededRandom(7), c = new SeededRandom(8);
    const xs = [0, 0, 0, 0].map(() => a.below(1000));
    expect([0, 0, 0, 0].map(() => b.below(1000))).toEqual(xs);
    expect([0, 0, 0, 0].map(() => c.below(1000))).not.toEqual(xs);
  });
});

describe("GIL hand-off", () => {
  it("a CPU-bound holder gives the GIL to a waiter after one switch interval", async () => {
    const { sched, vm, script, spawn } = setup();
    script(sched.main, [{ work: 20 * MS, label: "main-starts" }]);
    spawn("T", [{ work: 20 * MS, label: "T-starts" }]);
    expect(await sched.runUntil(() => sched.alive.length === 0)).toBe("done");
    // T became ready at 0; main runs 5 ms, T 5 ms, … each takes turns until both finished 40 ms of work.
    expect(vm.log).toEqual(["MainThread:main-starts@0.0", "T:T-starts@5.0"]);
    expect(sched.clock.monotonic() - 12345).toBeCloseTo(0.04, 9);
  });

  it("takes turns every switch interval (five CPU-bound threads round-robin)", async () => {
    const { sched, spawn, script } = setup({ trace: new TraceRecorder() });
    const trace = sched.trace as TraceRecorder;
    script(sched.main, []);
    for (let i = 1; i <= 3; i++) spawn(`T${i}`, [{ work: 10 * MS }]);
    await sched.runUntil(() => sched.alive.length === 0);
    const holders = trace.events.filter((e) => e.name === "holds GIL").map((e) => `${e.tid}:${e.dur}`);
    expect(holders).toEqual(["0:0", "1:5000", "2:5000", "3:5000", "1:5000", "2:5000", "3:5000"]);
    const file = JSON.parse(trace.toJSON()) as { traceEvents: { ph: string; name: string; args?: { name?: string } }[] };
    expect(file.traceEvents.filter((e) => e.ph === "M").map((e) => e.args?.name)).toEqual(["MainThread", "T1", "T2", "T3"]);
    expect(file.traceEvents.filter((e) => e.ph === "i" && e.name === "GIL acquired").length).toBe(7);
  });

  it("a thread that parks releases the GIL at once", async () => {
    const { sched, vm, script, spawn } = setup();
    script(sched.main, [{ work: 1 * MS }, sleep(sched, 0.1, "main-sleeps"), { work: 1, label: "main-back" }]);
    spawn("T", [{ work: 10, label: "T-runs" }]);
    await sched.runUntil(() => sched.alive.length === 0);
    expect(vm.log).toEqual(["MainThread:main-sleeps@1.0", "T:T-runs@1.0", "MainThread:main-back@101.0"]);
  });
});

describe("parking", () => {
  it("sleeping threads wake in deadline order and the clock jumps", async () => {
    const { sched, vm, script, spawn } = setup();
    script(sched.main, []);
    spawn("A", [sleep(sched, 3), { work: 1, label: "A" }]);
    spawn("B", [sleep(sched, 1), { work: 1, label: "B" }]);
    spawn("C", [sleep(sched, 2), { work: 1, label: "C" }]);
    await sched.runUntil(() => sched.alive.length === 0);
    expect(vm.log).toEqual(["B:B@1000.0", "C:C@2000.0", "A:A@3000.0"]);
  });

  it("a wake before the deadline sends the woken value; the timer then does nothing", async () => {
    const { sched, script, spawn } = setup();
    let wake: WakeFn | null = null;
    const got: PyObject[] = [];
    script(sched.main, [
      { park: () => new ParkRequest(sched.clock.monotonic() + 5, "Event.wait", (w) => void (wake = w as WakeFn), false) },
      { call: (v) => got.push(v) },
      sleep(sched, 10),
    ]);
    spawn("T", [sleep(sched, 1), { call: () => got.push(wake!(true)) }, { call: () => got.push(wake!(true)) }]);
    await sched.runUntil(() => sched.alive.length === 0);
    expect(got).toEqual([true, false, true]);
    expect(sched.clock.monotonic() - 12345).toBeCloseTo(11, 6);
  });

  it("a deadline that passes first sends the timeout result", async () => {
    const { sched, script } = setup();
    const got: PyObject[] = [];
    script(sched.main, [
      { park: () => new ParkRequest(sched.clock.monotonic() + 0.5, "Lock.acquire", () => {}, false) },
      { call: (v) => got.push(v) },
    ]);
    await sched.runThread(sched.main);
    expect(got).toEqual([false]);
  });

  it("interrupt() wakes a parked thread with an error", async () => {
    const { sched, script, spawn } = setup();
    let seen: PyObject | null = null;
    script(sched.main, [{ park: () => new ParkRequest(null, "sleep", null, 0) }, { call: () => (seen = sched.main.wakeError) }]);
    spawn("T", [{ call: () => sched.interrupt(sched.main, "KI") }]);
    await sched.runThread(sched.main);
    expect(seen).toBe("KI");
  });
});

describe("deadlock and exit", () => {
  it("reports every waiting thread and where it waits", async () => {
    const { sched, host, script, spawn } = setup();
    script(sched.main, [{ work: 3 }, { park: () => new ParkRequest(null, "Thread.join", null, 0) }]);
    spawn("Thread-1 (worker)", [{ park: () => new ParkRequest(null, "Lock.acquire", null, false) }]);
    expect(await sched.runThread(sched.main)).toBe("deadlock");
    expect(host.err).toBe(
      "gilpy: deadlock: every thread is waiting and nothing can wake them\n" +
        "  thread MainThread waits in Thread.join at prog.py:2\n" +
        "  thread Thread-1 (worker) waits in Lock.acquire at prog.py:1\n",
    );
  });

  it("an external hold turns the wait into an idle wait", async () => {
    const { sched, script } = setup();
    let wake: WakeFn | null = null;
    script(sched.main, [{ park: () => new ParkRequest(null, "input", (w) => void (wake = w as WakeFn), 0) }]);
    const release = sched.holdExternal();
    const run = sched.runThread(sched.main);
    await new Promise((r) => setTimeout(r, 5));
    wake!("line");
    release();
    expect(await run).toBe("done");
  });

  it("waits for non-daemon threads and leaves daemon threads behind", async () => {
    const { sched, vm, script, spawn } = setup();
    script(sched.main, []);
    spawn("D", [sleep(sched, 10), { work: 1, label: "daemon-late" }], true);
    spawn("N", [sleep(sched, 1), { work: 1, label: "non-daemon" }]);
    await sched.runThread(sched.main);
    expect(await sched.waitForNonDaemon()).toBe("done");
    expect(vm.log).toEqual(["N:non-daemon@1000.0"]);
  });
});

describe("idents and determinism", () => {
  it("idents look like CPython's and are reused after a thread ends", async () => {
    const { sched, script, spawn } = setup();
    script(sched.main, []);
    const a = spawn("A", []);
    await sched.runThread(a);
    const b = spawn("B", [sleep(sched, 1)]);
    const c = spawn("C", []);
    expect(sched.main.ident).toBe(140283196926848);
    expect(b.ident).toBe(a.ident);
    expect(c.ident).not.toBe(a.ident);
    expect(c.nativeId).toBe(4242 + 3);
  });

  it("the same seed gives the same interleaving", async () => {
    const order = async (seed: number) => {
      const { sched, vm, script, spawn } = setup({ seed });
      script(sched.main, []);
      for (const n of ["A", "B", "C", "D", "E"]) spawn(n, [{ work: 1, label: "x" }, { work: 8 * MS, label: "y" }]);
      await sched.runUntil(() => sched.alive.length === 0);
      return vm.log.map((l) => l.split(":")[0]).join("");
    };
    expect(await order(1)).toBe(await order(1));
    const seen = new Set<string>();
    for (let s = 1; s <= 6; s++) seen.add(await order(s));
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe("real clock", () => {
  it("idle waits use host timers and wake sleepers at their deadline", async () => {
    let nowMs = 1000;
    const timers: { at: number; fn: () => void }[] = [];
    const host = {
      ...fakeHost(),
      monotonicMs: () => nowMs,
      setTimer(ms: number, fn: () => void) {
        const t = { at: nowMs + ms, fn };
        timers.push(t);
        // Let real time "pass" at once: the fake host jumps to the timer's instant on the next macrotask.
        setImmediate(() => {
          nowMs = Math.max(nowMs, t.at);
          t.fn();
        });
        return { cancel() {} };
      },
    };
    const clock = new RealClock(host);
    const sched = new Scheduler({ clock, host });
    const vm = new FakeVM(clock);
    sched.runner = vm;
    const got: string[] = [];
    sched.main.vm = {
      steps: [sleep(sched, 2.5), { call: () => got.push(`woke at ${nowMs}`) }],
      pc: 0, left: 0, got: 0,
    } satisfies Script;
    expect(await sched.runThread(sched.main)).toBe("done");
    expect(timers.map((t) => t.at)).toEqual([3500]);
    expect(got).toEqual(["woke at 3500"]);
  });
});
