// Checks gilpy's Python-source stdlib modules under python3 itself: each program in testing/programs runs
// once with CPython's own modules and once with ours (written to a temporary folder that shadows them), and
// the outputs must be identical. This pins the modules' behaviour independently of the VM's progress.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stdlibModules } from "./index.js";

// Modules whose Python source runs unchanged on CPython (the others import gilpy's native helpers).
const PORTABLE = ["keyword", "string", "operator", "heapq", "itertools", "functools", "collections", "copy",
  "typing", "dataclasses", "abc", "enum", "warnings", "io", "json", "types", "contextlib", "textwrap", "bisect", "datetime", "logging", "pprint"];

const SHIM = `
import sys, runpy
mine = ${JSON.stringify(PORTABLE)}
for m in list(sys.modules):
    if m.split('.')[0] in mine:
        del sys.modules[m]
# Frozen modules (io, abc, os …) would win over sys.path: look in our folder before any other finder.
import importlib.machinery
class _Ours:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split('.')[0] not in mine:
            return None
        return importlib.machinery.PathFinder.find_spec(name, [sys.argv[1]] if path is None else path)
sys.meta_path.insert(0, _Ours)
runpy.run_path(sys.argv[2], run_name='__main__')
`;

function writeModules(): string {
  const dir = mkdtempSync(join(tmpdir(), "gilpy-stdlib-"));
  for (const [name, entry] of stdlibModules) {
    if (!PORTABLE.includes(name.split(".")[0]) || entry.kind !== "python") continue;
    // A submodule of a native package (collections.abc under the native collections) runs with CPython's
    // package: python3 would not find ours without a Python __init__.py to hold it.
    const parent = name.includes(".") ? stdlibModules.get(name.slice(0, name.lastIndexOf("."))) : undefined;
    if (parent !== undefined && parent.kind !== "python") continue;
    const path = entry.isPackage ? join(dir, name, "__init__.py") : join(dir, name.replace(/\./g, "/") + ".py");
    if (entry.isPackage) mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(path, entry.source());
  }
  writeFileSync(join(dir, "_shim.py"), SHIM);
  return dir;
}

function run(args: string[]): string {
  try {
    return execFileSync("python3", args, { encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0", TZ: "UTC" }, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return (err.stdout ?? "") + (err.stderr ?? "");
  }
}

describe("Python-source stdlib modules behave like CPython's under python3", () => {
  const dir = writeModules();
  const progDir = new URL("./testing/programs/", import.meta.url).pathname;
  const corpusDir = new URL("../../tests/corpus/", import.meta.url).pathname;
  // Corpus programs that exercise Python-source modules serve here too, rather than a second copy.
  const programs = readdirSync(progDir).filter((n) => n.endsWith(".py")).map((n) => join(progDir, n));
  for (const n of ["stdlib-dataclasses-basics.py", "stdlib-enum-basics.py", "contextlib-tools.py", "stdlib-typing-hints.py"]) programs.push(join(corpusDir, n));
  for (const path of programs) {
    it(path.slice(path.lastIndexOf("/") + 1), () => {
      const expected = run([path]);
      const got = run([join(dir, "_shim.py"), dir, path]);
      expect(got).toBe(expected);
    });
  }
});
