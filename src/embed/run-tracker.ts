// run-tracker.ts — the client side of one run: delivers batches to the callbacks, keeps the full output,
// and settles the run's result exactly once however it ends.
import type { OutputChunk } from "./messages.js";
import { endMessage, type RunCallbacks, type RunOptions, type RunResult, type RunStatus, type TraceEvent } from "./types.js";

export class RunTracker {
  readonly done: Promise<RunResult>;
  ended = false;
  private resolve!: (r: RunResult) => void;
  private stdout = "";
  private stderr = "";
  private readonly t0 = now();

  constructor(
    private readonly options: RunOptions,
    private readonly callbacks: RunCallbacks,
  ) {
    this.done = new Promise((r) => (this.resolve = r));
  }

  batch(out: OutputChunk[], trace: TraceEvent[]): void {
    if (this.ended) return;
    const cb = this.callbacks;
    for (const [stream, text] of out) {
      if (stream === 1) {
        this.stdout += text;
        safely(() => cb.onStdout?.(text));
      } else {
        this.stderr += text;
        safely(() => cb.onStderr?.(text));
      }
    }
    if (trace.length > 0) safely(() => cb.onTrace?.(trace));
  }

  /** Asks the embedder for a line; an onInput that throws counts as end of input. */
  async input(prompt: string): Promise<string | null> {
    const ask = this.callbacks.onInput;
    if (ask === undefined) return null;
    try {
      const line = await ask(prompt);
      return line === null || line === undefined ? null : String(line);
    } catch {
      return null;
    }
  }

  finish(status: RunStatus, exitCode: number | null, detail = ""): void {
    if (this.ended) return;
    this.ended = true;
    this.resolve({
      status,
      exitCode: status === "exited" ? exitCode : null,
      stdout: this.stdout,
      stderr: this.stderr,
      message: endMessage(status, this.options, detail),
      elapsedMs: now() - this.t0,
    });
  }
}

function now(): number {
  return performance.now();
}

/** An embedder's callback that throws must not break the run's bookkeeping. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    queueMicrotask(() => {
      throw e;
    });
  }
}
