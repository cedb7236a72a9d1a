// worker-runner.ts — runs one program on a WorkerHost and reports how it ended; the same code serves the
// Web Worker, the worker_threads Worker and the in-process runner.
import { createInterpreter } from "../interpreter/run.js";
import type { OutputChunk, WorkerRunOptions } from "../embed/messages.js";
import type { RunStatus, TraceEvent } from "../embed/types.js";
import { WorkerHost } from "./worker-host.js";
import { preloadStdlib } from "./worker-stdlib.js";

export interface RunIO {
  emit(out: OutputChunk[], trace: TraceEvent[]): void;
  /** null: input() sees end of input once `stdin` text (if any) is used up. */
  askInput: ((prompt: string) => Promise<string | null>) | null;
}

export interface RunOutcome {
  status: RunStatus;
  exitCode: number | null;
  detail: string;
}

/** One run; `stop()` freezes it and settles `done` at once with status "stopped". */
export class EmbeddedRun {
  readonly done: Promise<RunOutcome>;
  private settle!: (o: RunOutcome) => void;
  private readonly host: WorkerHost;
  private settled = false;

  constructor(source: string, options: WorkerRunOptions & { timeLimitMs?: number }, io: RunIO) {
    this.done = new Promise((resolve) => (this.settle = resolve));
    const stdinLines = options.stdin === undefined ? null : splitLines(options.stdin);
    this.host = new WorkerHost({
      emit: io.emit,
      readLine: (prompt) => {
        if (stdinLines !== null) return Promise.resolve(stdinLines.length > 0 ? stdinLines.shift()! : null);
        return io.askInput === null ? Promise.resolve(null) : io.askInput(prompt);
      },
      onLimit: (status) => this.finish({ status, exitCode: null, detail: "" }),
      // The program is a file too, as in Node: linecache (warnings, traceback.format_stack) and
      // os.path.exists(__file__) find it.
      files: { [options.filename ?? "main.py"]: source, ...options.files },
      cpuCount: options.cpuCount,
      timeLimitMs: options.timeLimitMs,
      instructionLimit: options.instructionLimit,
    });
    void this.start(source, options);
  }

  private async start(source: string, options: WorkerRunOptions): Promise<void> {
    const filename = options.filename ?? "main.py";
    try {
      // Browser worker: the stdlib modules the program may import are fetched first (null in Node).
      const preload = preloadStdlib([source, ...Object.values(options.files ?? {})]);
      if (preload !== null) await preload;
      if (this.settled) return;
      const interp = createInterpreter({
        host: this.host,
        argv: [filename, ...(options.args ?? [])],
        clock: options.clock ?? "real",
        seed: options.seed,
        preempt: options.preempt ?? "default",
        trace: options.trace ? this.host : undefined,
        scriptDir: "",
      });
      const code = await interp.runMain(source, filename);
      this.host.flush();
      this.finish({ status: "exited", exitCode: code, detail: "" });
    } catch (e) {
      this.host.flush();
      const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
      this.finish({ status: "crashed", exitCode: null, detail });
    }
  }

  stop(): void {
    this.host.freeze();
    this.finish({ status: "stopped", exitCode: null, detail: "" });
  }

  private finish(o: RunOutcome): void {
    if (this.settled) return;
    this.settled = true;
    this.host.frozen = true;
    this.settle(o);
  }
}

/** "a\nb" → ["a", "b"]; a final "\n" does not make an empty last line. */
function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
