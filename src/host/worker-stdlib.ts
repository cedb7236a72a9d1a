// worker-stdlib.ts — stdlib modules loaded on demand in the browser worker. The web build
// (scripts/stdlib-split-plugin.mjs) keeps only the core modules in the worker's main chunk and calls
// installLazyStdlib with a loader per other module. Imports are synchronous in the VM, so:
//  - before a run, preloadStdlib() loads every lazy module the program's text may import (a name that
//    appears as a word in it), with the modules those import in turn (a table made at build time);
//  - a module still missing when imported (a name built at run time) gets a stand-in entry whose Python
//    body parks the importing thread until the module's chunk has loaded, then imports the real module.
// In Node nothing calls installLazyStdlib: preloadStdlib() returns null and the registry is untouched.
import { PyModule, None, type PyObject } from "../runtime/object.js";
import { importError } from "../runtime/exceptions.js";
import { defineModuleGenFunctions } from "../runtime/builtin-function.js";
import { ParkRequest, type NativeGen } from "../runtime/protocol.js";
import { runningScheduler } from "../runtime/scheduler.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import type { StdlibModule } from "../stdlib/index.js";

export interface LazyStdlibEntry {
  isPackage: boolean;
  /** Lazy modules this one may import when it runs (loaded with it). */
  deps: string[];
  load(): Promise<StdlibModule>;
}

/** The private module the stand-in bodies import. */
const HELPER = "_gilpy_stdlib";

let lazyTable: Record<string, LazyStdlibEntry> | null = null;
let registry: Map<string, StdlibModule> | null = null;
const loading = new Map<string, Promise<void>>();
/** Modules whose load has settled (in the registry, or in `failed`). */
const settled = new Set<string>();
const failed = new Map<string, string>();
/** The stand-in entries (a loaded module's entry is never one). */
const stubs = new WeakSet<StdlibModule>();

/** Replaces the lazy entries of `modules` with stand-ins and remembers how to load the real ones. */
export function installLazyStdlib(modules: Map<string, StdlibModule>, table: Record<string, LazyStdlibEntry>): void {
  lazyTable = table;
  registry = modules;
  loading.clear();
  settled.clear();
  failed.clear();
  for (const name of Object.keys(table)) {
    const body = `import ${HELPER}\n${HELPER}.fetch(${JSON.stringify(name)})\n`;
    const stub: StdlibModule = { kind: "python", source: () => body, isPackage: table[name].isPackage };
    stubs.add(stub);
    modules.set(name, stub);
  }
  modules.set(HELPER, { kind: "native", create: createHelper });
}

/** `name` and the lazy modules it may import, transitively. */
function withDeps(name: string): string[] {
  const table = lazyTable!;
  const want = new Set<string>();
  const visit = (n: string): void => {
    if (want.has(n) || table[n] === undefined) return;
    want.add(n);
    for (const d of table[n].deps) visit(d);
  };
  visit(name);
  return [...want];
}

/** Loads `name` and what it needs; settles once all are in the registry (never rejects). */
function loadWithDeps(name: string): Promise<void> {
  return Promise.all(withDeps(name).map(loadOne)).then(() => {});
}

function loadOne(name: string): Promise<void> {
  let p = loading.get(name);
  if (p === undefined) {
    p = lazyTable![name].load().then(
      (entry) => {
        registry!.set(name, entry);
        settled.add(name);
      },
      (e: unknown) => {
        failed.set(name, e instanceof Error ? e.message : String(e));
        settled.add(name);
      },
    );
    loading.set(name, p);
  }
  return p;
}

/**
 * Before a run: loads the lazy modules whose top-level name occurs as a word in any of `sources` (the
 * program and its files). Returns null when there is nothing to wait for (always so in Node).
 */
export function preloadStdlib(sources: Iterable<string>): Promise<void> | null {
  const table = lazyTable;
  if (table === null) return null;
  const words = new Set<string>();
  for (const s of sources) for (const m of s.matchAll(/[A-Za-z_]\w*/g)) words.add(m[0]);
  const jobs: Promise<void>[] = [];
  for (const name of Object.keys(table)) {
    const dot = name.indexOf(".");
    if (words.has(dot < 0 ? name : name.slice(0, dot)) && !loading.has(name)) jobs.push(loadWithDeps(name));
  }
  return jobs.length === 0 ? null : Promise.all(jobs).then(() => {});
}

/** `_gilpy_stdlib.fetch(name)`: parks until `name`'s chunk is loaded, then imports the real module. */
function createHelper(rt: RuntimeContext): PyModule {
  const m = new PyModule(HELPER);
  defineModuleGenFunctions(m, {
    fetch: function* (args): NativeGen {
      const name = args[0] as string;
      const p = loadWithDeps(name);
      // The stand-in module leaves sys.modules at once: another thread importing `name` meanwhile must not
      // get it half made; it runs a stand-in of its own and waits here too (as CPython's import lock would).
      rt.modules.deleteNorm(name);
      rt.modules.deleteNorm(HELPER);
      if (!withDeps(name).every((n) => settled.has(n))) {
        yield new ParkRequest(null, "import", (wake) => {
          // Waiting for the network is an idle wait, not a deadlock.
          const release = runningScheduler().holdExternal();
          void p.then(() => {
            wake(None);
            release();
          });
        }, None);
      }
      const why = failed.get(name) ?? (stubs.has(registry!.get(name)!) ? "its chunk did not provide it" : undefined);
      if (why !== undefined) throw importError(`gilpy could not load the stdlib module '${name}': ${why}`);
      // Another thread's stand-in may have imported the real module while this one waited.
      const done = rt.modules.map.get(name);
      if (done !== undefined) return done;
      return (yield* rt.importModule(name)) as PyObject;
    },
  });
  return m;
}
