// run-python.ts — test helper: runs a Python program through the whole interpreter with an in-memory host
// and the virtual clock, returning what it printed and its exit code.
import { createInterpreter } from "../../interpreter/run.js";
import type { Host } from "../host.js";
import type { TraceSink } from "../trace.js";

export interface RunResult { stdout: string; stderr: string; code: number }

export interface RunWithOptions {
  /** Lines input() reads, in order. */
  stdin?: string[];
  filename?: string;
  /** Host members to add or replace (a real clock, `net`, `signals`, a stdlib cache hook …). */
  host?: Partial<Host> & Record<string, unknown>;
  /** Sees each stdout write as it happens, so a test can act once the program reached a point. */
  onStdout?: (text: string) => void;
  trace?: TraceSink;
}

/** Runs `source` with an in-memory host (no files, pid 4242, 2 CPUs) under the virtual clock, seed 1. */
export async function runPythonWith(source: string, opts: RunWithOptions = {}): Promise<RunResult> {
  let stdout = "", stderr = "";
  const lines = (opts.stdin ?? []).slice();
  const filename = opts.filename ?? "t.py";
  const onStdout = opts.onStdout;
  const host: Host = {
    writeStdout: (t) => { stdout += t; onStdout?.(t); },
    writeStderr: (t) => { stderr += t; },
    readLine: async () => (lines.length ? lines.shift()! : null),
    monotonicMs: () => 0,
    wallMs: () => 0,
    setTimer: (ms, fn) => { const h = setTimeout(fn, ms); return { cancel: () => clearTimeout(h) }; },
    yieldToEventLoop: () => new Promise((r) => setImmediate(r)),
    readTextFile: () => null,
    cwd: "/tmp",
    env: new Map(),
    pid: 4242,
    platform: "linux",
    cpuCount: 2,
    ...opts.host,
  };
  const interp = createInterpreter({ host, argv: [filename], clock: "virtual", seed: 1, scriptDir: "", trace: opts.trace });
  const code = await interp.runMain(source, filename);
  return { stdout, stderr, code };
}

export function runPython(source: string, stdin: string[] = [], filename = "t.py"): Promise<RunResult> {
  return runPythonWith(source, { stdin, filename });
}
