// run-python.ts — test helper: runs a Python program through the whole interpreter with an in-memory host
// and the virtual clock, returning what it printed and its exit code.
import { createInterpreter } from "../../interpreter/run.js";
import type { Host } from "../host.js";

export async function runPython(source: string, stdin: string[] = [], filename = "t.py"): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "", stderr = "";
  const lines = stdin.slice();
  const host: Host = {
    writeStdout: (t) => { stdout += t; },
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
  };
  const interp = createInterpreter({ host, argv: [filename], clock: "virtual", seed: 1, scriptDir: "" });
  const code = await interp.runMain(source, filename);
  return { stdout, stderr, code };
}
