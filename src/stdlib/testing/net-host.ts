// net-host.ts — test helper: runs a Python program on the virtual clock with an in-memory host that has the
// Node host's real TCP (node-net.ts) and process signals (node-signals.ts), for the socket, http,
// socketserver, xmlrpc and signal tests.
import { runPythonWith, type RunResult } from "../../runtime/testing/run-python.js";
import { nodeNet } from "../../host/node-net.js";
import { nodeSignals } from "../../host/node-signals.js";

/** `onStdout` sees each write as it happens (a test can act once the program reached a point). */
export function runWithNet(source: string, onStdout?: (text: string) => void): Promise<RunResult> {
  return runPythonWith(source, { onStdout, host: { monotonicMs: () => performance.now(), net: nodeNet, signals: nodeSignals } });
}
