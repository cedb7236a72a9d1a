// worker-main.ts — the message loop inside a worker (Web Worker or worker_threads): receives runs, streams
// their output and thread events back, relays input() to the client. One run at a time.
import type { FromWorker, ToWorker } from "../embed/messages.js";
import { EmbeddedRun } from "./worker-runner.js";

/** The two things a worker needs from its realm: send a message, receive messages. */
export interface WorkerPort {
  post(msg: FromWorker): void;
  listen(handler: (msg: ToWorker) => void): void;
}

export function serveWorker(port: WorkerPort): void {
  let run: EmbeddedRun | null = null;
  let runId = -1;
  let inputWaiter: ((line: string | null) => void) | null = null;

  port.listen((msg) => {
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
  });
  port.post({ type: "ready" });
}
