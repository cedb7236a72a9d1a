// futures.ts — the concurrent.futures package: the public names of its _base and thread submodules (both
// native, registered in sys.modules when the package is imported) and ProcessPoolExecutor, which needs
// process support gilpy's threads-only executor does not give (concurrent.futures.process).
import { PyModule, PyList, PyType, None, makeBuiltinType, TypeFlag } from "../../runtime/object.js";
import { notImplementedError } from "../../runtime/exceptions.js";
import { defineMethods } from "../../runtime/builtin-function.js";
import type { RuntimeContext } from "../../runtime/runtime-context.js";
import { markPackage } from "./__init__.js";
import { executorType } from "./futures/_base.js";
import { createBaseModule as createBase } from "./futures/waiting.js";
import { createThreadModule } from "./futures/thread.js";

/** sys.modules[name], made by `create` (and registered) when missing. */
function submodule(rt: RuntimeContext, name: string, create: (rt: RuntimeContext) => PyModule): PyModule {
  const have = rt.modules.getNorm(name);
  if (have instanceof PyModule) return have;
  const m = create(rt);
  rt.modules.setNorm(name, name, m);
  return m;
}

export const processPoolExecutorType: PyType = makeBuiltinType("ProcessPoolExecutor", executorType, TypeFlag.BaseType | TypeFlag.HasDict);
processPoolExecutorType.module = "concurrent.futures.process";
defineMethods(processPoolExecutorType, {
  __init__: () => {
    throw notImplementedError("ProcessPoolExecutor needs process support (multiprocessing workers), which gilpy does not provide yet; use ThreadPoolExecutor");
  },
});

export function createFuturesBase(rt: RuntimeContext): PyModule {
  return createBase(rt);
}

export function createFuturesThread(rt: RuntimeContext): PyModule {
  submodule(rt, "concurrent.futures._base", createBase);
  return createThreadModule(rt);
}

export function createFuturesProcess(_rt: RuntimeContext): PyModule {
  const m = new PyModule("concurrent.futures.process");
  m.dict.set("ProcessPoolExecutor", processPoolExecutorType);
  return m;
}

const PUBLIC = [
  "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError", "BrokenExecutor",
  "Future", "Executor", "wait", "as_completed",
];

export function createFutures(rt: RuntimeContext): PyModule {
  const m = markPackage(new PyModule("concurrent.futures"), "concurrent.futures");
  const base = submodule(rt, "concurrent.futures._base", createBase);
  const thread = submodule(rt, "concurrent.futures.thread", createFuturesThread);
  const d = m.dict;
  for (const n of PUBLIC) d.set(n, base.dict.get(n) ?? None);
  // Importable from the package as in CPython 3.11, though not listed in its __all__.
  d.set("InvalidStateError", base.dict.get("InvalidStateError") ?? None);
  d.set("ThreadPoolExecutor", thread.dict.get("ThreadPoolExecutor")!);
  d.set("ProcessPoolExecutor", processPoolExecutorType);
  d.set("_base", base);
  d.set("thread", thread);
  d.set("__all__", new PyList([...PUBLIC, "ProcessPoolExecutor", "ThreadPoolExecutor"]));
  return m;
}
