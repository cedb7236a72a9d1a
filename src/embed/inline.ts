// inline.ts — runs programs in the caller's own JavaScript realm (Node tools and tests): no worker, same API.
// Stop and limits take effect at the interpreter's next yield to the event loop, not instantly.
import { EmbeddedRun } from "../host/worker-runner.js";
import type { Gilpy } from "./client.js";
import { RunTracker } from "./run-tracker.js";
import type { RunCallbacks, RunHandle, RunOptions } from "./types.js";

export class InlineGilpy implements Gilpy {
  private current: { run: EmbeddedRun; tracker: RunTracker; timer: ReturnType<typeof setTimeout> | null } | null = null;

  get running(): boolean {
    return this.current !== null;
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  run(source: string, options: RunOptions & RunCallbacks = {}): RunHandle {
    this.stop();
    const tracker = new RunTracker(options, options);
    const { onStdout: _o, onStderr: _e, onTrace: _t, onInput, ...rest } = options;
    const run = new EmbeddedRun(source, rest, {
      emit: (out, trace) => tracker.batch(out, trace),
      askInput: options.stdin === undefined && onInput !== undefined ? (prompt) => tracker.input(prompt) : null,
    });
    const cur = { run, tracker, timer: null as ReturnType<typeof setTimeout> | null };
    this.current = cur;
    // A timer as well as the host's own check: an idle program (sleeping) has no yields to check at.
    if (options.timeLimitMs !== undefined) {
      cur.timer = setTimeout(() => {
        run.stop();
        this.settle(cur, "time-limit", null, "");
      }, options.timeLimitMs);
    }
    void run.done.then((o) => this.settle(cur, o.status, o.exitCode, o.detail));
    return {
      done: tracker.done,
      stop: () => {
        run.stop();
      },
    };
  }

  private settle(cur: NonNullable<InlineGilpy["current"]>, status: Parameters<RunTracker["finish"]>[0], code: number | null, detail: string): void {
    if (cur.timer !== null) clearTimeout(cur.timer);
    if (this.current === cur) this.current = null;
    cur.tracker.finish(status, code, detail);
  }

  stop(): void {
    this.current?.run.stop();
  }

  dispose(): void {
    this.stop();
  }
}
