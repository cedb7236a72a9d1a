// __init__.ts — the `concurrent` package: empty apart from its `futures` subpackage (a native package here,
// so `import concurrent.futures` finds its submodules in the stdlib registry).
import { PyModule, PyList } from "../../runtime/object.js";
import type { RuntimeContext } from "../../runtime/runtime-context.js";

/** Makes a native module a package: the importer looks for its submodules in the stdlib registry. */
export function markPackage(m: PyModule, name: string): PyModule {
  m.dict.set("__path__", new PyList(["<stdlib>"]));
  m.dict.set("__package__", name);
  return m;
}

export function createConcurrent(_rt: RuntimeContext): PyModule {
  return markPackage(new PyModule("concurrent"), "concurrent");
}
