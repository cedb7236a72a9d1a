// index.ts — the embedding API of gilpy: create an interpreter, run Python source, get its exit code.
export type { Host, TimerHandle } from "./runtime/host.js";
export { createInterpreter, isIncompleteSource, VERSION } from "./interpreter/run.js";
export type { Interpreter, RunOptions } from "./interpreter/run.js";
