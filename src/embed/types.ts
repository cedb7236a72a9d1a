// types.ts — the public types of the embedding API: what a run is given, what it reports while it runs,
// and how it ended. Shared by the page/Node client, the in-process runner and the worker.
import type { TraceEvent } from "../runtime/trace.js";

export type { TraceEvent };

/** How a run is set up. Every field is optional; the defaults match the `gilpy` command. */
export interface RunOptions {
  /** Shown in tracebacks (`File "main.py", line 3`). Default "main.py". */
  filename?: string;
  /** sys.argv[1:]; sys.argv[0] is `filename`. */
  args?: string[];
  /** "real" (default): time.sleep(1) takes a second. "virtual": time jumps, runs are deterministic. */
  clock?: "real" | "virtual";
  /** Chooses the interleaving where CPython's is free (with the virtual clock a run then repeats exactly). */
  seed?: number;
  /** "default": CPython 3.11's switch points. "any": any instruction may switch threads (shows races). */
  preempt?: "default" | "any";
  /** Ends the run after this many milliseconds of real time, with status "time-limit". */
  timeLimitMs?: number;
  /** Ends the run after about this many executed bytecode instructions, with status "instruction-limit". */
  instructionLimit?: number;
  /**
   * Standard input. A string is read line by line and then ends (EOF). Without it, input() calls
   * `onInput`; with neither, input() sees end of input (EOFError).
   */
  stdin?: string;
  /** Extra files importable by the program, by path ("helper.py" → `import helper`). */
  files?: Record<string, string>;
  /** Send thread events (`onTrace`): GIL holds, waits and why, hand-offs. Off by default (it costs a little). */
  trace?: boolean;
  /** os.cpu_count() (ThreadPoolExecutor's default size). Default: the machine's. */
  cpuCount?: number;
}

/** What a run reports while it runs. Every callback is optional. */
export interface RunCallbacks {
  /** Text written to sys.stdout, as soon as it is flushed (within a few milliseconds of being written). */
  onStdout?(text: string): void;
  /** Text written to sys.stderr (tracebacks included). */
  onStderr?(text: string): void;
  /** Thread events in Trace Event Format (the same stream as `gilpy --trace=FILE.json`), in batches. */
  onTrace?(events: TraceEvent[]): void;
  /**
   * input() needs a line: `prompt` is what stdout printed since its last newline (input()'s prompt).
   * Return the line without "\n", or null for end of input (EOFError).
   */
  onInput?(prompt: string): Promise<string | null> | string | null;
}

/** How a run ended. */
export type RunStatus =
  /** The program ended by itself (exitCode is its exit code; 1 for an uncaught exception). */
  | "exited"
  /** stop() was called. */
  | "stopped"
  | "time-limit"
  | "instruction-limit"
  /** gilpy itself failed (a bug, not the program's fault); `message` says what happened. */
  | "crashed";

export interface RunResult {
  status: RunStatus;
  /** The process exit code; null unless status is "exited". */
  exitCode: number | null;
  /** Everything the program wrote, for tools and tests. */
  stdout: string;
  stderr: string;
  /** A sentence for the reader when the run did not end by itself ("Stopped: time limit of 5 s reached."). */
  message: string | null;
  /** Real milliseconds from the start of the run to its end. */
  elapsedMs: number;
}

/** A run in progress. */
export interface RunHandle {
  /** Settles once the run has ended, however it ended; never rejects. */
  readonly done: Promise<RunResult>;
  /** Ends the run now (status "stopped"). Does nothing after it has ended. */
  stop(): void;
}

/** The message shown when a run did not end by itself. */
export function endMessage(status: RunStatus, options: RunOptions, detail = ""): string | null {
  switch (status) {
    case "exited":
      return null;
    case "stopped":
      return "Stopped.";
    case "time-limit":
      return `Stopped: the time limit of ${formatSeconds(options.timeLimitMs ?? 0)} was reached.`;
    case "instruction-limit":
      return `Stopped: the limit of ${options.instructionLimit ?? 0} instructions was reached.`;
    case "crashed":
      return `gilpy failed (a bug in gilpy, not in your program)${detail === "" ? "." : `: ${detail}`}`;
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
