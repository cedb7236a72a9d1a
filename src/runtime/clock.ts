// clock.ts — the one place gilpy reads time: the Clock interface, the real clock (host time and timers)
// and the virtual clock (time advances per executed instruction and jumps to the next deadline when every
// thread waits), plus the seeded generator the scheduler uses where CPython's thread order is free.
import type { Host, TimerHandle } from "./host.js";
import type { RuntimeClock } from "./runtime-context.js";

/**
 * Time as the interpreter sees it. All deadlines (ParkRequest.deadline, scheduler timers) are in
 * `monotonic()` seconds. The scheduler tells the clock how many instructions ran (`charge`) and, when
 * every thread waits for a deadline, asks it to wait (`sleepUntil`): the real clock sets a host timer,
 * the virtual clock simply jumps.
 */
export interface Clock extends RuntimeClock {
  readonly kind: "real" | "virtual";
  /** time.perf_counter(); the same scale as monotonic() here (CPython on Linux: both CLOCK_MONOTONIC). */
  perfCounter(): number;
  /** Records that the running thread executed `instructions` instructions (the virtual clock advances). */
  charge(instructions: number): void;
  /**
   * Instructions the running thread executed in the current batch and not yet charged; the scheduler
   * sets it so that time read in the middle of a batch (time.perf_counter() after a loop) is exact.
   */
  uncharged: () => number;
  /**
   * Lets time pass until `deadline` while no thread can run, then calls `onWake`. The scheduler cancels
   * the returned handle when something external (stdin, a worker message) wakes a thread first.
   */
  sleepUntil(deadline: number, onWake: () => void): TimerHandle;
  /**
   * How many instructions the running thread may execute before `seconds` of clock time have passed;
   * null when the clock cannot tell (the real clock), so the scheduler checks the time after a batch.
   */
  instructionsFor(seconds: number): number | null;
}

/** Virtual seconds per executed instruction: CPython 3.11 runs simple bytecode at roughly 40 million per second. */
export const VIRTUAL_INSTRUCTION_COST = 25e-9;

/** The default clock: real time from the host; time.sleep(1) takes a second. */
export class RealClock implements Clock {
  readonly kind = "real" as const;
  private readonly startMs: number;
  constructor(private readonly host: Host) {
    this.startMs = host.monotonicMs();
  }
  wallTime(): number {
    return this.host.wallMs() / 1000;
  }
  monotonic(): number {
    return this.host.monotonicMs() / 1000;
  }
  perfCounter(): number {
    return this.monotonic();
  }
  processTime(): number {
    return (this.host.monotonicMs() - this.startMs) / 1000;
  }
  threadTime(): number {
    return this.processTime();
  }
  charge(_instructions: number): void {}
  uncharged = (): number => 0;
  sleepUntil(deadline: number, onWake: () => void): TimerHandle {
    const ms = Math.max(0, (deadline - this.monotonic()) * 1000);
    return this.host.setTimer(ms, onWake);
  }
  instructionsFor(_seconds: number): number | null {
    return null;
  }
}

/** Where virtual time starts: a fixed instant, so that a virtual run prints the same time.time() every run. */
export const VIRTUAL_EPOCH = 1_700_000_000; // 2023-11-14 22:13:20 UTC
/** Virtual monotonic() at start-up: like a machine that booted a while ago. */
export const VIRTUAL_BOOT = 12_345.0;

/**
 * Deterministic time: every instruction costs `cost` seconds, and when every thread waits the scheduler
 * jumps straight to the next deadline. A program sleeping for minutes finishes in milliseconds.
 */
export class VirtualClock implements Clock {
  readonly kind = "virtual" as const;
  /** Virtual seconds since start-up; kept as an instruction count plus jumps to avoid drift. */
  private elapsed = 0;
  /** CPU time: only instructions count, not sleeping (time.process_time). */
  private cpu = 0;
  constructor(
    readonly cost: number = VIRTUAL_INSTRUCTION_COST,
    private readonly epoch: number = VIRTUAL_EPOCH,
    private readonly boot: number = VIRTUAL_BOOT,
  ) {}
  uncharged = (): number => 0;
  wallTime(): number {
    return this.epoch + this.elapsed + this.uncharged() * this.cost;
  }
  monotonic(): number {
    return this.boot + this.elapsed + this.uncharged() * this.cost;
  }
  perfCounter(): number {
    return this.monotonic();
  }
  processTime(): number {
    return this.cpu + this.uncharged() * this.cost;
  }
  threadTime(): number {
    return this.processTime();
  }
  charge(instructions: number): void {
    const dt = instructions * this.cost;
    this.elapsed += dt;
    this.cpu += dt;
  }
  /** Jumps to `deadline` at once (nothing else can happen while every thread waits). */
  sleepUntil(deadline: number, onWake: () => void): TimerHandle {
    const target = deadline - this.boot;
    if (target > this.elapsed) this.elapsed = target;
    let cancelled = false;
    // Resolved through a microtask so the scheduler sees the same ordering as with a real timer.
    queueMicrotask(() => {
      if (!cancelled) onWake();
    });
    return { cancel: () => void (cancelled = true) };
  }
  instructionsFor(seconds: number): number | null {
    return Math.max(1, Math.ceil(seconds / this.cost));
  }
}

/**
 * A small seeded generator (mulberry32): the scheduler's only source of randomness, used to choose among
 * equally ready threads when a seed was given.
 */
export class SeededRandom {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}
