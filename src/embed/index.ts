// index.ts — the embedding API shared by pages and Node: the types of a run and the worker-backed session.
// Realm-specific entry points: ./browser.ts (Web Worker) and ./node.ts (worker_threads or in-process).
export type { RunCallbacks, RunHandle, RunOptions, RunResult, RunStatus, TraceEvent } from "./types.js";
export { endMessage } from "./types.js";
export { WorkerGilpy, type Gilpy, type WorkerLike } from "./client.js";
export type { FromWorker, OutputChunk, ToWorker } from "./messages.js";
