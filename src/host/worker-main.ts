// worker-main.ts — the message loop inside a worker (Web Worker or worker_threads): receives runs, streams
// their output and thread events back, relays input() to the client. One run at a time.
import type { FromWorker, ToWorker } from "../embed/messages.js";
import { EmbeddedRun } from "./worker-runner.js";

/** The two things a worker needs from its realm: send a message, receive messages. */
export interface WorkerPort {
  post(msg: FromWorker): void;
  listen(handler: (msg: ToWorker) => void): void;
}

/**
 * Serves runs on `port`. With `warmUp`, a tiny program runs first (quietly) so that the first real run does not
 * pay for building the grammar and the builtins; messages that arrive meanwhile wait for it.
 */
export function serveWorker(port: WorkerPort, warmUp = false): void {
  let run: EmbeddedRun | null = null;
  let runId = -1;
  let inputWaiter: ((line: string | null) => void) | null = null;

  let pending: ToWorker[] | null = warmUp ? [] : null;
  port.listen((msg) => {
    if (pending !== null) pending.push(msg);
    else handle(msg);
  });
  if (pending === null) {
    port.post({ type: "ready" });
    return;
  }
  const warm = new EmbeddedRun("pass\n", { clock: "virtual" }, { emit: () => {}, askInput: null });
  void warm.done.then(() => {
    const queued = pending ?? [];
    pending = null;
    port.post({ type: "ready" });
    for (const msg of queued) handle(msg);
  });

  function handle(msg: ToWorker): void {
    switch (msg.type) {
      case "run": {
        run?.stop();
        const id = msg.id;
        runId = id;
        const current = new EmbeddedRun(msg.source, msg.options, {
          emit: (out, trace) => port.post({ type: "batch", id, out, trace }),
          askInput: msg.askInput
            ? (prompt) =>
                new Promise((resolve) => {
                  inputWaiter = resolve;
                  port.post({ type: "input-request", id, prompt });
                })
            : null,
        });
        run = current;
        void current.done.then((o) => {
          if (run === current) run = null;
          port.post({ type: "done", id, status: o.status, exitCode: o.exitCode, detail: o.detail });
        });
        break;
      }
      case "input": {
        if (msg.id !== runId || inputWaiter === null) break;
        const w = inputWaiter;
        inputWaiter = null;
        w(msg.line);
        break;
      }
      case "stop":
        if (msg.id === runId) run?.stop();
        break;
    }
  }
}
