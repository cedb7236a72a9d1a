// worker-entry.ts — the Web Worker script (bundled as gilpy-worker.js): serves runs over postMessage.
import type { FromWorker, ToWorker } from "../embed/messages.js";
import { serveWorker } from "./worker-main.js";

// The worker's global scope, typed here so the core build needs no DOM library.
declare const self: {
  postMessage(msg: FromWorker): void;
  addEventListener(type: "message", fn: (e: { data: ToWorker }) => void): void;
};

serveWorker({
  post: (msg) => self.postMessage(msg),
  listen: (handler) => self.addEventListener("message", (e) => handler(e.data)),
}, true);
