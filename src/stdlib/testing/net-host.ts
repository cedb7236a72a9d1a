// net-host.ts — test helper: runs a Python program on the virtual clock with an in-memory host that has the
// Node host's real TCP (node-net.ts) and process signals (node-signals.ts), for the socket, http,
// socketserver, xmlrpc and signal tests.
import { createInterpreter } from "../../interpreter/run.js";
import type { Host } from "../../runtime/host.js";
import { nodeNet } from "../../host/node-net.js";
import { nodeSignals } from "../../host/node-signals.js";

/** `onStdout` sees each write as it happens (a test can act once the program reached a point). */
export async function runWithNet(source: string, onStdout?: (text: string) => void): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "", stderr = "";
  const host: Host = {
    writeStdout: (t) => { stdout += t; onStdout?.(t); },
    writeStderr: (t) => { stderr += t; },
    readLine: async () => null,
    monotonicMs: () => performance.now(),
    wallMs: () => 0,
    setTimer: (ms, fn) => { const h = setTimeout(fn, ms); return { cancel: () => clearTimeout(h) }; },
    yieldToEventLoop: () => new Promise((r) => setImmediate(r)),
    readTextFile: () => null,
    cwd: "/tmp",
    env: new Map(),
    pid: 4242,
    platform: "linux",
    cpuCount: 2,
    net: nodeNet,
    signals: nodeSignals,
  };
  const interp = createInterpreter({ host, argv: ["t.py"], clock: "virtual", seed: 1, scriptDir: "" });
  const code = await interp.runMain(source, "t.py");
  return { stdout, stderr, code };
}
