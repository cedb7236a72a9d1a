// client.ts — runs programs in a worker (a Web Worker in pages, a worker_threads Worker in Node): one worker
// at a time, kept warm between runs; stop and the time limit terminate it and start a fresh one, which
// ends even `while True: pass` at once without the page ever waiting for the interpreter.
import type { FromWorker, ToWorker } from "./messages.js";
import { RunTracker } from "./run-tracker.js";
import type { RunCallbacks, RunHandle, RunOptions } from "./types.js";

/** What the client needs from a worker, whatever the realm. */
export interface WorkerLike {
  postMessage(msg: ToWorker): void;
  /** Registers the handler for messages from the worker and for its failure (a load or script error). */
  listen(onMessage: (msg: FromWorker) => void, onError: (message: string) => void): void;
  terminate(): void;
}

/** An interpreter session: runs one program at a time. */
export interface Gilpy {
  /** Starts a run; a run still going is stopped first. */
  run(source: string, options?: RunOptions & RunCallbacks): RunHandle;
  /** Stops the current run, if any. */
  stop(): void;
  /** Whether a run is in progress. */
  readonly running: boolean;
  /** Resolves once an interpreter is loaded and ready to start a run at once. */
  ready(): Promise<void>;
  /** Ends the session and its worker. */
  dispose(): void;
}

interface Current {
  id: number;
  tracker: RunTracker;
  worker: Slot;
  timer: ReturnType<typeof setTimeout> | null;
}

interface Slot {
  worker: WorkerLike;
  ready: Promise<void>;
}

export class WorkerGilpy implements Gilpy {
  private slot: Slot | null = null;
  private current: Current | null = null;
  private nextId = 1;
  private disposed = false;

  constructor(private readonly makeWorker: () => WorkerLike) {
    this.slot = this.spawn();
  }

  get running(): boolean {
    return this.current !== null;
  }

  ready(): Promise<void> {
    return (this.slot ??= this.spawn()).ready;
  }

  run(source: string, options: RunOptions & RunCallbacks = {}): RunHandle {
    if (this.disposed) throw new Error("gilpy: this session was disposed");
    this.stop();
    const slot = (this.slot ??= this.spawn());
    const id = this.nextId++;
    const tracker = new RunTracker(options, options);
    const cur: Current = { id, tracker, worker: slot, timer: null };
    this.current = cur;
    const { timeLimitMs, onStdout: _o, onStderr: _e, onTrace: _t, onInput, ...rest } = options;
    if (timeLimitMs !== undefined) {
      cur.timer = setTimeout(() => this.end(cur, "time-limit"), timeLimitMs);
    }
    slot.worker.postMessage({
      type: "run",
      id,
      source,
      // The worker checks the time limit too (at its yields), a little later than this timer.
      options: { ...rest, ...(timeLimitMs === undefined ? {} : { timeLimitMs: timeLimitMs + 50 }) },
      askInput: options.stdin === undefined && onInput !== undefined,
    } as ToWorker);
    return { done: tracker.done, stop: () => this.end(cur, "stopped") };
  }

  stop(): void {
    if (this.current !== null) this.end(this.current, "stopped");
  }

  dispose(): void {
    this.stop();
    this.disposed = true;
    this.slot?.worker.terminate();
    this.slot = null;
  }

  /** Ends a run from the client side: the worker is terminated and a fresh one starts loading. */
  private end(cur: Current, status: "stopped" | "time-limit" | "crashed", detail = ""): void {
    if (this.current !== cur) return;
    this.current = null;
    if (cur.timer !== null) clearTimeout(cur.timer);
    cur.worker.worker.terminate();
    if (this.slot === cur.worker) this.slot = this.disposed ? null : this.spawn();
    cur.tracker.finish(status, null, detail);
  }

  private spawn(): Slot {
    const worker = this.makeWorker();
    let markReady!: () => void;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (markReady = r)) };
    worker.listen(
      (msg) => this.onMessage(slot, msg, markReady),
      (message) => {
        markReady();
        const cur = this.current;
        if (cur !== null && cur.worker === slot) this.end(cur, "crashed", message);
        else if (this.slot === slot) {
          worker.terminate();
          this.slot = null;
        }
      },
    );
    return slot;
  }

  private onMessage(slot: Slot, msg: FromWorker, markReady: () => void): void {
    if (msg.type === "ready") {
      markReady();
      return;
    }
    const cur = this.current;
    if (cur === null || cur.worker !== slot || cur.id !== msg.id) return;
    switch (msg.type) {
      case "batch":
        cur.tracker.batch(msg.out, msg.trace);
        break;
      case "input-request":
        void cur.tracker.input(msg.prompt).then((line) => {
          if (this.current === cur) slot.worker.postMessage({ type: "input", id: cur.id, line });
        });
        break;
      case "done":
        this.current = null;
        if (cur.timer !== null) clearTimeout(cur.timer);
        if (msg.status === "instruction-limit" || msg.status === "time-limit" || msg.status === "stopped") {
          // The frozen interpreter cannot be reused: start a fresh worker for the next run.
          slot.worker.terminate();
          if (this.slot === slot) this.slot = this.disposed ? null : this.spawn();
        }
        cur.tracker.finish(msg.status, msg.exitCode, msg.detail);
        break;
    }
  }
}
