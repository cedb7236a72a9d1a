// node.ts — the embedding API for Node: a session that runs programs in a worker_threads Worker (stoppable
// at any moment) or in-process (simplest; stops at the interpreter's next yield).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { FromWorker } from "./messages.js";
import { WorkerGilpy, type Gilpy, type WorkerLike } from "./client.js";
import { InlineGilpy } from "./inline.js";

export * from "./index.js";
export { InlineGilpy } from "./inline.js";

export interface NodeGilpyOptions {
  /** "worker" (default): a worker_threads Worker per session. "inline": this thread, no worker. */
  mode?: "worker" | "inline";
}

export function createGilpy(options: NodeGilpyOptions = {}): Gilpy {
  if (options.mode === "inline") return new InlineGilpy();
  return new WorkerGilpy(nodeWorker);
}

/** The built worker script; from the TypeScript sources (tests) it is the one `npm run build` wrote. */
function workerScript(): URL {
  // dist/embed/node.js → dist/host/; the one-file build dist/bundle/embed.js → dist/bundle/; src/embed → dist.
  for (const rel of ["../host/worker-node-entry.js", "./worker-node-entry.js"]) {
    const url = new URL(rel, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return new URL("../../dist/host/worker-node-entry.js", import.meta.url);
}

function nodeWorker(): WorkerLike {
  const w = new Worker(workerScript());
  w.unref(); // an idle session must not keep the process alive
  return {
    postMessage: (msg) => {
      w.ref();
      w.postMessage(msg);
    },
    listen: (onMessage, onError) => {
      w.on("message", (msg: FromWorker) => {
        if (msg.type === "done") w.unref();
        onMessage(msg);
      });
      w.on("error", (e) => onError(e instanceof Error ? e.message : String(e)));
    },
    terminate: () => void w.terminate(),
  };
}
