// scheduler.ts — runs Python threads one at a time under the GIL: the contract with the VM (ThreadRunner),
// parking and waking with deadlines, CPython 3.11's switch-interval hand-off, idle waits on the clock,
// regular yields to the JavaScript event loop, and the deadlock report.
//
// CPython 3.11 (Python/ceval_gil.c): a thread that wants the GIL waits one switch interval; if no switch
// happened meanwhile it sets gil_drop_request, and the holder drops the GIL at its next eval-breaker check
// (RESUME, backward jumps, after calls) and lets another thread take it. Blocking calls release the GIL.
import type { Host, TimerHandle } from "./host.js";
import type { PyObject } from "./object.js";
import type { NativeGen } from "./protocol.js";
import { SeededRandom, type Clock } from "./clock.js";
import { PyThreadState, ThreadStatus } from "./thread-state.js";
import { traceTs, type TraceSink } from "./trace.js";
import { TimerHeap } from "./timer-heap.js";

/** Why `ThreadRunner.run` returned. */
export enum StepResult {
  /** The thread's bottom frame or entry generator finished (normally or by an exception the VM handled). */
  Done,
  /** A builtin yielded a ParkRequest; the VM stored it in `t.parkRequest` and saved the thread's state. */
  Parked,
  /** The thread reached a switch point with its budget used up; it can continue later exactly there. */
  Yield,
}

/**
 * What the scheduler needs from the VM (src/interpreter/vm.ts implements it; the scheduler is handed one at
 * start-up, since runtime must not import interpreter).
 *
 * `run(t, budget)` executes thread `t` (the GIL holder) until one of:
 * - the thread finishes → Done (the VM records the main thread's outcome itself);
 * - a resumable builtin yields a ParkRequest → store it in `t.parkRequest`, return Parked. When the thread is
 *   run again, first resume that generator: throw `t.wakeError` into it when not null (then clear it),
 *   else send `t.wakeValue`;
 * - it has executed at least `budget` instructions and stands at a switch point → Yield.
 * Keep `t.ticks` (instructions executed by `t`, ever) current whenever the loop calls out — before calling a
 * builtin or resuming a native generator — and on return: the virtual clock reads time from it, so
 * time.perf_counter() after a loop sees the loop's cost.
 *
 * Switch points are CPython 3.11's eval-breaker checks: RESUME (function entry), JUMP_BACKWARD and the
 * POP_JUMP_BACKWARD_* family, and after CALL returns — so `counter += 1` in a loop loses no updates.
 * With `preemptAny` (the `--preempt=any` teaching option) every instruction boundary is a switch point.
 * At a switch point the VM also raises `t.asyncExc` if set (Ctrl-C, _thread.interrupt_main), then clears it.
 * A thread that is new (`t.vm === null`) starts with `t.entry` (a NativeGen driven as its bottom frame).
 */
export interface ThreadRunner {
  run(t: PyThreadState, budget: number): StepResult;
  /** "file.py:12" of the innermost Python frame of `t` (for deadlock reports and traces), or "" if none. */
  where(t: PyThreadState): string;
}

/** How a `runUntil` ended: the condition became true, or every thread waits with nothing to wake them. */
export type RunOutcome = "done" | "deadlock";

export interface SchedulerOptions {
  clock: Clock;
  host: Host;
  /** "any": every instruction is a switch point (the VM reads `scheduler.preemptAny`). */
  preempt?: "default" | "any";
  /** Chooses among equally ready threads (and jitters switch instants) where CPython's order is free. */
  seed?: number;
  trace?: TraceSink | null;
}

/** A wake function as passed to ParkRequest.register; returns whether this call woke the thread. */
export type WakeFn = (result: PyObject) => boolean;

// Instruction budgets: big enough that the loop's bookkeeping is cheap, small enough that the real clock
// notices switch intervals and timers in time.
const MAX_BATCH = 200_000;
const REAL_BATCH = 20_000;
/** Yield to the event loop after this many instructions or this many scheduling rounds. */
const YIELD_INSTRUCTIONS = 2_000_000;
const YIELD_ROUNDS = 2_000;

/** CPython 3.11 Linux: pthread_t of the main thread and spacing of thread stacks (8 MiB + a guard page). */
const MAIN_IDENT = 140283196926848;
const FIRST_THREAD_IDENT = 140283187771072;
const IDENT_STEP = 8392704;

/**
 * Live threads in start order with O(1) removal (a program may keep 100,000 threads alive and end them in
 * any order); reads like the array it replaced: `length`, iteration, `find`, `filter`.
 */
export class ThreadSet {
  private readonly set = new Set<PyThreadState>();
  get length(): number {
    return this.set.size;
  }
  push(t: PyThreadState): void {
    this.set.add(t);
  }
  delete(t: PyThreadState): void {
    this.set.delete(t);
  }
  has(t: PyThreadState): boolean {
    return this.set.has(t);
  }
  [Symbol.iterator](): IterableIterator<PyThreadState> {
    return this.set.values();
  }
  find(pred: (t: PyThreadState) => boolean): PyThreadState | undefined {
    for (const t of this.set) if (pred(t)) return t;
    return undefined;
  }
  filter(pred: (t: PyThreadState) => boolean): PyThreadState[] {
    const out: PyThreadState[] = [];
    for (const t of this.set) if (pred(t)) out.push(t);
    return out;
  }
}

/**
 * V8 tracks what kind of value each field of a class has held (small int, double, one hidden class, any).
 * When a field first gets a new kind mid-run (a thread's first wake value that is not None, the first
 * deadline), every optimized function that touched such objects is thrown away and compiled again; in a
 * short threaded program that is a good part of its time. Storing each field's other kinds once on a
 * throwaway object, at load time before anything is optimized, makes those changes happen up front.
 * `values` lists, per field, values of the kinds the field will hold; the field's value is put back.
 */
export function generalizeFieldKinds<T extends object>(o: T, values: Partial<Record<keyof T, unknown[]>>): void {
  const rec = o as Record<string, unknown>;
  for (const k of Object.keys(values)) {
    const before = rec[k];
    for (const v of (values as Record<string, unknown[]>)[k]) rec[k] = v;
    rec[k] = before;
  }
}

// Kinds: a number that is not a small int, an object, a boolean, a string, null.
const ANY_VALUE = [0.5, {}, [], true, "", null];
generalizeFieldKinds(new PyThreadState(0, 0, 0, "", false, null), {
  ident: [0.5], entry: ANY_VALUE, vm: ANY_VALUE, parkRequest: ANY_VALUE, parkDeadline: ANY_VALUE,
  wakeValue: ANY_VALUE, wakeError: ANY_VALUE, readySince: [0.5], asyncExc: ANY_VALUE, pyThread: ANY_VALUE, spanStart: [0.5],
} as Partial<Record<keyof PyThreadState, unknown[]>>);

/**
 * The scheduler whose thread is running right now. Builtin types are shared by every interpreter in the
 * JS realm, so their methods find "the current thread" through this, set before each batch.
 */
let active: Scheduler | null = null;
export function runningScheduler(): Scheduler {
  if (active === null) throw new Error("gilpy: no scheduler is running");
  return active;
}

export class Scheduler {
  readonly clock: Clock;
  readonly host: Host;
  readonly preemptAny: boolean;
  /** The VM; set once by the interpreter at start-up. */
  runner: ThreadRunner | null = null;
  /** The GIL holder, or null while no thread runs. */
  current: PyThreadState | null = null;
  readonly main: PyThreadState;
  /** Started threads that are not done, in start order (threading.enumerate's order). */
  readonly alive = new ThreadSet();
  /** sys.getswitchinterval(). */
  switchInterval = 0.005;
  trace: TraceSink | null;

  private readonly ready: PyThreadState[] = [];
  private readyHead = 0;
  private readonly timers = new TimerHeap();
  private readonly random: SeededRandom | null;
  private lastSwitch = 0;
  private nextId = 1;
  private identCount = 0;
  private readonly freeIdents: number[] = [];
  private nativeCount = 0;
  private externalHolds = 0;
  /** Resolves the idle wait when something external wakes a thread. */
  private kick: (() => void) | null = null;
  private sinceYield = 0;
  private roundsSinceYield = 0;
  private readonly traceOrigin: number;
  /** Whether the clock is virtual (exact time is cheap to read then). */
  private readonly virtual: boolean;
  /** The real clock's time as last read by the loop (see makeReady). */
  private lastNow = 0;
  /** `current.ticks` when its batch began: the uncharged instructions are the difference. */
  private batchStart = 0;

  constructor(opts: SchedulerOptions) {
    this.clock = opts.clock;
    this.host = opts.host;
    this.preemptAny = opts.preempt === "any";
    this.random = opts.seed === undefined ? null : new SeededRandom(opts.seed);
    this.trace = opts.trace ?? null;
    this.traceOrigin = this.clock.monotonic();
    this.virtual = this.clock.kind === "virtual";
    this.lastNow = this.traceOrigin;
    this.clock.uncharged = () => (this.current === null ? 0 : this.current.ticks - this.batchStart);
    this.main = new PyThreadState(0, MAIN_IDENT, opts.host.pid, "MainThread", false, null);
    this.main.status = ThreadStatus.Ready;
    this.alive.push(this.main);
    this.enqueue(this.main);
    this.traceThreadName(this.main);
  }

  // ---- threads ----

  /** Makes a thread that is not started yet; `entry` is its first code (see PyThreadState.entry). */
  newThread(name: string, daemon: boolean, entry: NativeGen): PyThreadState {
    const t = new PyThreadState(this.nextId++, 0, 0, name, daemon, entry);
    return t;
  }

  /** Starts `t`: it gets an ident and waits for the GIL. */
  start(t: PyThreadState): void {
    t.ident = this.freeIdents.length > 0 ? this.freeIdents.pop()! : FIRST_THREAD_IDENT - IDENT_STEP * this.identCount++;
    t.nativeId = this.host.pid + ++this.nativeCount;
    this.alive.push(t);
    this.traceThreadName(t);
    this.makeReady(t);
  }

  /** The thread calling into the runtime right now (the GIL holder); the main thread before any ran. */
  get currentThread(): PyThreadState {
    return this.current ?? this.main;
  }

  /** Raises `exc` in `t` soon: at once if it is parked (the wait is interrupted), else at its next switch point. */
  interrupt(t: PyThreadState, exc: PyObject): void {
    if (t.status === ThreadStatus.Parked) this.wakeWith(t, 0, exc);
    else if (t.status !== ThreadStatus.Done) t.asyncExc = exc;
  }

  /**
   * Declares that something outside the interpreter (stdin, a worker, a socket) may wake a parked thread;
   * call the returned function once that source is gone. While any is held, "every thread waits" is an
   * idle wait, not a deadlock.
   */
  holdExternal(): () => void {
    this.externalHolds++;
    let done = false;
    return () => {
      if (!done) {
        done = true;
        this.externalHolds--;
        this.kick?.();
      }
    };
  }

  // ---- parking ----

  /** Wakes parked thread `t` with `value` unless a newer park or a wake already happened; for stdlib use. */
  wakeWith(t: PyThreadState, value: PyObject, error: PyObject | null = null): boolean {
    if (t.status !== ThreadStatus.Parked) return false;
    t.wakeValue = value;
    t.wakeError = error;
    this.traceWaitEnd(t);
    this.makeReady(t);
    this.kick?.();
    return true;
  }

  private parkCurrent(t: PyThreadState, now: number): void {
    // t.parkRequest stays set while the thread is parked: the VM reads it on resume to know that it must
    // answer the parked generator with t.wakeValue / t.wakeError (and clears it then).
    const req = t.parkRequest;
    if (req === null) throw new Error("gilpy: thread parked without a ParkRequest");
    t.status = ThreadStatus.Parked;
    t.parkReason = req.reason;
    t.parkDeadline = req.deadline;
    const seq = ++t.parkSeq;
    t.spanStart = now;
    const wake: WakeFn = (value) => t.parkSeq === seq && this.wakeWith(t, value);
    if (req.register !== null) req.register(wake);
    if (req.deadline !== null && t.status === ThreadStatus.Parked && t.parkSeq === seq) {
      this.timers.push(req.deadline, t, seq, req.timeoutResult);
    }
  }

  private fireTimers(now: number): void {
    const timers = this.timers;
    while (timers.size > 0 && timers.peekDeadline() <= now) {
      const e = timers.pop();
      if (e.thread.parkSeq === e.seq) this.wakeWith(e.thread, e.result);
    }
  }

  /** The earliest deadline of a thread still parked on it, dropping stale timers; null when none. */
  private nextDeadline(): number | null {
    const timers = this.timers;
    while (timers.size > 0) {
      const e = timers.peek();
      if (e.thread.parkSeq === e.seq && e.thread.status === ThreadStatus.Parked) return e.deadline;
      timers.pop();
    }
    return null;
  }

  // ---- the GIL ----

  private makeReady(t: PyThreadState): void {
    t.status = ThreadStatus.Ready;
    // The real clock is read once per batch (reading it costs more than a lock hand-off): a thread woken
    // during a batch counts as ready since the batch began, at most one batch (~1 ms) early. The virtual
    // clock is exact and cheap.
    t.readySince = this.virtual ? this.clock.monotonic() : this.lastNow;
    this.enqueue(t);
  }

  private enqueue(t: PyThreadState): void {
    this.ready.push(t);
  }

  private get readyCount(): number {
    return this.ready.length - this.readyHead;
  }

  /** Takes the next GIL holder from the ready queue: the longest waiter, or a seeded choice. */
  private takeReady(): PyThreadState | null {
    const n = this.readyCount;
    if (n === 0) return null;
    let t: PyThreadState;
    if (this.random !== null && n > 1) {
      const i = this.readyHead + this.random.below(n);
      t = this.ready[i];
      this.ready[i] = this.ready[this.readyHead];
      this.ready[this.readyHead] = t;
    } else {
      t = this.ready[this.readyHead];
    }
    this.ready[this.readyHead++] = undefined as unknown as PyThreadState;
    if (this.readyHead > 1024 && this.readyHead * 2 > this.ready.length) {
      this.ready.splice(0, this.readyHead);
      this.readyHead = 0;
    }
    return t;
  }

  private acquire(t: PyThreadState, now: number, why: string): void {
    t.status = ThreadStatus.Running;
    this.current = t;
    this.lastSwitch = now;
    t.spanStart = now;
    if (this.trace !== null) this.instant(t, "GIL acquired", now, { why });
  }

  private release(t: PyThreadState, now: number): void {
    this.current = null;
    if (this.trace !== null) {
      this.trace.event({
        name: "holds GIL", ph: "X", cat: "gil", pid: this.host.pid, tid: t.id,
        ts: traceTs(t.spanStart, this.traceOrigin), dur: traceTs(now, t.spanStart),
      });
    }
  }

  /** Instructions the holder may run before the scheduler must look again (a waiter's interval, a deadline). */
  private budget(now: number): number {
    let until = Infinity;
    if (this.readyCount > 0) {
      const oldest = this.ready[this.readyHead].readySince;
      until = Math.max(oldest, this.lastSwitch) + this.switchInterval - now;
    }
    const deadline = this.nextDeadline();
    if (deadline !== null) until = Math.min(until, deadline - now);
    if (until === Infinity) return this.clock.kind === "virtual" ? MAX_BATCH : REAL_BATCH;
    const n = this.clock.instructionsFor(Math.max(until, 0));
    if (n === null) return REAL_BATCH;
    let b = Math.min(n, MAX_BATCH);
    // With a seed, the switch instant varies a little, as the OS makes it vary on CPython.
    if (this.random !== null && this.readyCount > 0) b += this.random.below(1 + (b >> 3));
    return b;
  }

  /** After a Yield: hand the GIL to a waiter that has waited a whole switch interval. */
  private maybeSwitch(t: PyThreadState, now: number): void {
    if (this.readyCount === 0) return;
    const oldest = this.ready[this.readyHead].readySince;
    if (now < Math.max(oldest, this.lastSwitch) + this.switchInterval) return;
    this.release(t, now);
    const next = this.takeReady()!;
    t.status = ThreadStatus.Ready;
    t.readySince = now;
    this.enqueue(t);
    this.acquire(next, now, "switch interval");
  }

  private finish(t: PyThreadState, now: number): void {
    this.release(t, now);
    t.status = ThreadStatus.Done;
    this.alive.delete(t);
    if (t !== this.main) this.freeIdents.push(t.ident);
    const cbs = t.onDone;
    t.onDone = [];
    for (const cb of cbs) cb();
  }

  // ---- the loop ----

  /**
   * Runs threads until `done()` holds. Returns "deadlock" after printing the report when every thread
   * waits with no deadline and nothing external can wake them.
   */
  async runUntil(done: () => boolean): Promise<RunOutcome> {
    const runner = this.runner;
    if (runner === null) throw new Error("gilpy: scheduler has no ThreadRunner");
    const clock = this.clock;
    let now = clock.monotonic();
    while (!done()) {
      let t = this.current;
      if (t === null) {
        this.fireTimers(now);
        t = this.takeReady();
        if (t === null) {
          if (this.nextDeadline() === null && this.externalHolds === 0) {
            this.reportDeadlock(runner);
            return "deadlock";
          }
          await this.idle();
          now = this.lastNow = clock.monotonic();
          continue;
        }
        this.acquire(t, now, "free");
      }
      const before = t.ticks;
      this.batchStart = before;
      active = this;
      const r = runner.run(t, this.budget(now));
      const n = t.ticks - before;
      this.batchStart = t.ticks;
      clock.charge(n);
      now = clock.monotonic();
      this.lastNow = now;
      if (r === StepResult.Done) {
        this.finish(t, now);
      } else if (r === StepResult.Parked) {
        this.release(t, now);
        this.parkCurrent(t, now);
      } else {
        this.fireTimers(now);
        this.maybeSwitch(t, now);
      }
      this.sinceYield += n;
      if (this.sinceYield >= YIELD_INSTRUCTIONS || ++this.roundsSinceYield >= YIELD_ROUNDS) {
        this.host.countInstructions?.(this.sinceYield); // embedders' instruction limits (src/host/worker-host.ts)
        this.sinceYield = 0;
        this.roundsSinceYield = 0;
        await this.host.yieldToEventLoop();
        now = this.lastNow = clock.monotonic();
      }
    }
    return "done";
  }

  /** Runs until `t` is done. */
  runThread(t: PyThreadState): Promise<RunOutcome> {
    return this.runUntil(() => t.status === ThreadStatus.Done);
  }

  /**
   * Interpreter exit (CPython's threading._shutdown): waits until every non-daemon thread is done; daemon
   * threads are then simply never run again.
   */
  waitForNonDaemon(): Promise<RunOutcome> {
    return this.runUntil(() => {
      for (const t of this.alive) if (!t.daemon && t !== this.main) return false;
      return true;
    });
  }

  /** Nothing can run: wait for the next deadline or an external wake, letting the event loop run. */
  private idle(): Promise<void> {
    return new Promise<void>((resolve) => {
      let timer: TimerHandle | null = null;
      const wake = () => {
        this.kick = null;
        timer?.cancel();
        resolve();
      };
      this.kick = wake;
      const deadline = this.nextDeadline();
      if (deadline !== null) timer = this.clock.sleepUntil(deadline, wake);
    });
  }

  private reportDeadlock(runner: ThreadRunner): void {
    const lines = ["gilpy: deadlock: every thread is waiting and nothing can wake them"];
    for (const t of this.alive) {
      if (t.status !== ThreadStatus.Parked) continue;
      // The trace gets the waits that never end, so the timeline shows where each thread is stuck.
      this.traceWaitEnd(t);
      const at = runner.where(t);
      lines.push(`  thread ${t.name} waits in ${t.parkReason}${at === "" ? "" : ` at ${at}`}`);
    }
    this.host.writeStderr(lines.join("\n") + "\n");
  }

  // ---- trace ----

  private traceThreadName(t: PyThreadState): void {
    this.trace?.event({ name: "thread_name", ph: "M", pid: this.host.pid, tid: t.id, ts: 0, args: { name: t.name } });
  }

  private traceWaitEnd(t: PyThreadState): void {
    if (this.trace === null) return;
    const now = this.clock.monotonic();
    const args: Record<string, string | number> = { reason: t.parkReason };
    const at = this.runner?.where(t) ?? "";
    if (at !== "") args.where = at;
    this.trace.event({
      name: `waits: ${t.parkReason}`, ph: "X", cat: "blocked", pid: this.host.pid, tid: t.id,
      ts: traceTs(t.spanStart, this.traceOrigin), dur: traceTs(now, t.spanStart), args,
    });
  }

  private instant(t: PyThreadState, name: string, now: number, args: Record<string, string | number>): void {
    this.trace!.event({ name, ph: "i", s: "t", cat: "gil", pid: this.host.pid, tid: t.id, ts: traceTs(now, this.traceOrigin), args });
  }
}
