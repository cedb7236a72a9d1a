// browser.ts — the embedding API for pages: a session whose interpreter runs in a Web Worker, so the page
// never freezes and Stop ends any run at once (the worker is terminated and a fresh one started).
import type { FromWorker, ToWorker } from "./messages.js";
import { WorkerGilpy, type Gilpy, type WorkerLike } from "./client.js";

export * from "./index.js";

export interface BrowserGilpyOptions {
  /** Where gilpy-worker.js is; by default beside the script that imported this module's bundle. */
  workerUrl?: string | URL;
}

// The few DOM types used, declared here so the core build needs no DOM library.
interface DomWorker {
  postMessage(msg: ToWorker): void;
  addEventListener(type: "message", fn: (e: { data: FromWorker }) => void): void;
  addEventListener(type: "error", fn: (e: { message?: string; preventDefault(): void }) => void): void;
  terminate(): void;
}
declare const Worker: new (url: string | URL, options?: { name?: string; type?: "module" | "classic" }) => DomWorker;

/** The default worker URL: gilpy-worker.js next to the bundle that contains this code. */
export function defaultWorkerUrl(): URL {
  return new URL("./gilpy-worker.js", import.meta.url);
}

export function createGilpy(options: BrowserGilpyOptions = {}): Gilpy {
  const url = options.workerUrl ?? defaultWorkerUrl();
  return new WorkerGilpy((): WorkerLike => {
    // A module worker: the stdlib modules beyond the core are chunks it imports when a program needs them.
    const w = new Worker(url, { name: "gilpy", type: "module" });
    return {
      postMessage: (msg) => w.postMessage(msg),
      listen: (onMessage, onError) => {
        w.addEventListener("message", (e) => onMessage(e.data));
        w.addEventListener("error", (e) => {
          e.preventDefault();
          onError(e.message ?? "the gilpy worker failed to load");
        });
      },
      terminate: () => w.terminate(),
    };
  });
}
