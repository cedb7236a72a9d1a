// worker-node-entry.ts — the worker_threads script for Node embedders and tests: serves runs over parentPort.
import { parentPort } from "node:worker_threads";
import type { ToWorker } from "../embed/messages.js";
import { serveWorker } from "./worker-main.js";

const port = parentPort;
if (port === null) throw new Error("gilpy: worker-node-entry.js must run in a worker_threads Worker");
serveWorker({
  post: (msg) => port.postMessage(msg),
  listen: (handler) => port.on("message", (msg: ToWorker) => handler(msg)),
}, true);
