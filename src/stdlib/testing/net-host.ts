// net-host.ts — test helper: runs a Python program on the virtual clock with an in-memory host that has the
// Node host's real TCP (node-net.ts), for the socket, http, socketserver and xmlrpc tests.
import { createInterpreter } from "../../interpreter/run.js";
import type { Host } from "../../runtime/host.js";
import { nodeNet } from "../../host/node-net.js";

export async function runWithNet(source: string): Promise<{ stdout: string; stderr: string; code: number }> {
  let stdout = "", stderr = "";
  const host: Host = {
    writeStdout: (t) => { stdout += t; },
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
  };
  const interp = createInterpreter({ host, argv: ["t.py"], clock: "virtual", seed: 1, scriptDir: "" });
  const code = await interp.runMain(source, "t.py");
  return { stdout, stderr, code };
}
