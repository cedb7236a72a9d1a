// worker-host.ts — the Host for an embedded run (inside a Web Worker, a worker_threads Worker, or in-process):
// output and thread events are batched and handed to a callback, input() asks a callback, timers are the
// JavaScript realm's, and a run can be frozen at any yield (stop, time or instruction limit).
// No Node or DOM API is used beyond timers, performance.now() and MessageChannel, which both realms have.
import type { Host, TimerHandle } from "../runtime/host.js";
import type { TraceEvent, TraceSink } from "../runtime/trace.js";
import type { OutputChunk } from "../embed/messages.js";
import type { RunStatus } from "../embed/types.js";

export interface WorkerHostOptions {
  /** Receives output and trace events in order; called at most every few milliseconds while output flows. */
  emit(out: OutputChunk[], trace: TraceEvent[]): void;
  /** A line for input(), without "\n", or null at end of input. */
  readLine(prompt: string): Promise<string | null>;
  /** Called once when a limit freezes the run. */
  onLimit(status: RunStatus): void;
  files?: Record<string, string>;
  cpuCount?: number;
  timeLimitMs?: number;
  instructionLimit?: number;
}

/** Output waits at most this long in the buffer while the program keeps running. */
const FLUSH_MS = 15;
/** …or until this much text has piled up. */
const FLUSH_CHARS = 32_768;

const never = new Promise<void>(() => {});

/** The realm's time zone ("UTC", "Europe/Moscow" …), or "UTC" where Intl cannot tell. */
function timeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

/** Lets the event loop run: setImmediate where it exists (Node), else a MessageChannel round trip. */
const yieldOnce: () => Promise<void> = (() => {
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
  if (typeof g.setImmediate === "function") {
    const si = g.setImmediate;
    return () => new Promise<void>((resolve) => void si(resolve));
  }
  // setTimeout(0) is clamped to 4 ms in browsers once nested; a MessageChannel message is not.
  const channel = new MessageChannel() as unknown as { port1: { onmessage: () => void }; port2: { postMessage(m: number): void } };
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      queue.push(resolve);
      channel.port2.postMessage(0);
    });
})();

export class WorkerHost implements Host, TraceSink {
  readonly cwd = "/";
  /** A small POSIX-like environment; TZ names the zone the realm's Date (and so time.localtime) uses. */
  readonly env: ReadonlyMap<string, string> = new Map([
    ["HOME", "/home/gilpy"], ["LANG", "C.UTF-8"], ["PATH", "/usr/local/bin:/usr/bin:/bin"], ["TZ", timeZone()],
  ]);
  readonly pid = 4242;
  readonly platform = "linux";
  readonly cpuCount: number;
  /** Set once the run is frozen: nothing more is written, no timer fires, the interpreter never resumes. */
  frozen = false;

  private out: OutputChunk[] = [];
  private trace: TraceEvent[] = [];
  private pendingSince = -1;
  private pendingChars = 0;
  private flushQueued = false;
  /** stdout text since its last newline: input()'s prompt. */
  private lastLine = "";
  private readonly startMs = performance.now();
  private instructions = 0;

  constructor(private readonly opts: WorkerHostOptions) {
    const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
    this.cpuCount = opts.cpuCount ?? Math.max(1, nav?.hardwareConcurrency ?? 2);
  }

  writeStdout(text: string): void {
    if (this.frozen || text.length === 0) return;
    const nl = text.lastIndexOf("\n");
    this.lastLine = nl < 0 ? this.lastLine + text : text.slice(nl + 1);
    this.push(1, text);
  }

  writeStderr(text: string): void {
    if (this.frozen || text.length === 0) return;
    this.push(2, text);
  }

  /** TraceSink: thread events travel with the output. */
  event(e: TraceEvent): void {
    if (this.frozen) return;
    this.trace.push(e);
    this.notePending(0);
  }

  private push(stream: 1 | 2, text: string): void {
    const last = this.out[this.out.length - 1];
    if (last !== undefined && last[0] === stream) last[1] += text;
    else this.out.push([stream, text]);
    this.notePending(text.length);
  }

  private notePending(chars: number): void {
    const now = performance.now();
    if (this.pendingSince < 0) this.pendingSince = now;
    this.pendingChars += chars;
    if (now - this.pendingSince >= FLUSH_MS || this.pendingChars >= FLUSH_CHARS) {
      this.flush();
    } else if (!this.flushQueued) {
      // Runs at the scheduler's next await (an idle wait or a yield), so a program that prints and then
      // sleeps shows its output at once.
      this.flushQueued = true;
      queueMicrotask(() => {
        this.flushQueued = false;
        this.flush();
      });
    }
  }

  /** Hands everything buffered to `emit`. */
  flush(): void {
    this.pendingSince = -1;
    this.pendingChars = 0;
    if (this.out.length === 0 && this.trace.length === 0) return;
    const out = this.out;
    const trace = this.trace;
    this.out = [];
    this.trace = [];
    this.opts.emit(out, trace);
  }

  readLine(): Promise<string | null> {
    this.flush();
    if (this.frozen) return never as Promise<never>;
    const prompt = this.lastLine;
    this.lastLine = "";
    return this.opts.readLine(prompt).then((line) => (line === null ? null : line + "\n"));
  }

  monotonicMs(): number {
    return performance.now();
  }

  wallMs(): number {
    return Date.now();
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const t = setTimeout(() => {
      if (!this.frozen && !this.checkTime()) fn();
    }, Math.max(0, ms));
    return { cancel: () => clearTimeout(t) };
  }

  yieldToEventLoop(): Promise<void> {
    this.flush();
    if (this.frozen || this.checkTime()) return never;
    return yieldOnce();
  }

  /**
   * Counts executed instructions towards `instructionLimit`; the scheduler reports them at each yield to
   * the event loop. Returns true when the limit froze the run.
   */
  countInstructions(n: number): boolean {
    this.instructions += n;
    const limit = this.opts.instructionLimit;
    if (limit !== undefined && this.instructions >= limit) {
      this.limit("instruction-limit");
      return true;
    }
    return false;
  }

  private checkTime(): boolean {
    const limit = this.opts.timeLimitMs;
    if (limit === undefined || performance.now() - this.startMs < limit) return false;
    this.limit("time-limit");
    return true;
  }

  private limit(status: RunStatus): void {
    if (this.frozen) return;
    this.flush();
    this.frozen = true;
    this.opts.onLimit(status);
  }

  /** Stops the run: flushes what was written and freezes the interpreter at its next yield or timer. */
  freeze(): void {
    if (this.frozen) return;
    this.flush();
    this.frozen = true;
  }

  readTextFile(path: string): string | null {
    const files = this.opts.files;
    if (files === undefined) return null;
    const key = path.startsWith("/") ? path.slice(1) : path;
    return Object.prototype.hasOwnProperty.call(files, key) ? files[key] : null;
  }

  isDirectory(path: string): boolean {
    return path === "/" || path === "" || path === ".";
  }

  exit(_code: number): void {
    this.flush();
  }
}
