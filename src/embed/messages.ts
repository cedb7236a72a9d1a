// messages.ts — the messages between a client (page or Node) and the worker that runs the interpreter.
// Plain structured-clone data only, so the same protocol works for Web Workers and worker_threads.
import type { RunOptions, RunStatus, TraceEvent } from "./types.js";

/** Stream numbers in output chunks: 1 = stdout, 2 = stderr (as file descriptors). */
export type OutputChunk = [1 | 2, string];

export type ToWorker =
  /** Starts a run; `askInput` says whether input() should ask the client (onInput given, no stdin text). */
  | { type: "run"; id: number; source: string; options: WorkerRunOptions; askInput: boolean }
  /** The answer to an input-request: a line without "\n", or null for end of input. */
  | { type: "input"; id: number; line: string | null }
  /** Ends the run at the interpreter's next yield (used where terminating the worker is not wanted). */
  | { type: "stop"; id: number };

/** RunOptions without what only the client handles. */
export type WorkerRunOptions = Omit<RunOptions, "timeLimitMs">;

export type FromWorker =
  /** The worker has loaded and waits for a run. */
  | { type: "ready" }
  /** Output and thread events written since the last batch, in order. */
  | { type: "batch"; id: number; out: OutputChunk[]; trace: TraceEvent[] }
  /** input() waits: answer with an "input" message. */
  | { type: "input-request"; id: number; prompt: string }
  | { type: "done"; id: number; status: RunStatus; exitCode: number | null; detail: string };
