// stdlib-cache-node.ts — the Node side of the compiled-stdlib cache (gilpy's .pyc): finds the entry that
// scripts/build-stdlib-cache.mjs wrote for a Python-source stdlib module in dist/stdlib-cache/NAME.json and
// hands it to the importer only when it was made from the same source text by the same compiler.
//
// Kept at src/ (so dist/), because its paths are found from import.meta.url, which in the CLI bundle is
// dist/gilpy-cli.cjs: "./" is dist/ from both. Imports nothing of the interpreter, so the NodeHost stays light;
// src/interpreter/import.ts turns the entry into a code object (code-serial.ts) and compiles from source when
// this returns null. Hosts without it (the browser) always compile from source.
import type { Hash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const distDir = fileURLToPath(new URL(".", import.meta.url));

/** Folder of the cache files (one per module, read on that module's first import). */
export const stdlibCacheDir = distDir + "stdlib-cache/";

/** One cache file: the keys it is valid for and the serialized code (code-serial.ts's format). */
export interface StdlibCacheEntry {
  /** sha1 of the module's source text. */
  source: string;
  /** compilerFingerprint() when it was made. */
  compiler: string;
  /** bundleFingerprint() when it was made (null: no bundle). */
  bundle: string | null;
  /** bundleId() when it was made: the same bundle needs no bundleFingerprint(). */
  bundleId: string | null;
  filename: string;
  data: unknown;
}

// node:crypto is loaded on first use (a stdlib module's first import), not at start-up: loading it costs
// ~2 ms, and most programs import no Python-source stdlib module.
let makeHash: ((algorithm: string) => Hash) | null = null;
function createHash(algorithm: string): Hash {
  makeHash ??= (createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto")).createHash;
  return makeHash(algorithm);
}

export function sourceHash(source: string): string {
  return createHash("sha1").update(source).digest("hex");
}

// Which interpreter files make a module's code object: all of src/interpreter/ (parser, symtable, compiler,
// opcodes, code objects, this cache's format) except these, which only run code. A file added later counts
// until it is listed here. The compiler's only import from elsewhere is runtime/object.ts's constant classes.
export const RUNS_CODE_ONLY = /^(vm|vm-.*|run|frame|traceback|ast-dump)\.(js|ts)$/;

let distPrint: string | null = null;

/**
 * A hash of the compiler as tsc built it (dist/interpreter/*.js but the RUNS_CODE_ONLY ones): an entry made by
 * another compiler is stale even when the module's source is the same. Made once per process, on the first
 * import of a cached module (about a millisecond); the VM may change without making the cache stale.
 */
export function compilerFingerprint(): string {
  if (distPrint !== null) return distPrint;
  const dir = distDir + "interpreter/";
  const h = createHash("sha1");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".js") && !RUNS_CODE_ONLY.test(x)).sort()) {
    h.update(f + "\0");
    h.update(readFileSync(dir + f));
  }
  distPrint = h.digest("hex");
  return distPrint;
}

let bundlePrint: string | null | undefined;

/**
 * The same for the compiler inside the CLI bundle (dist/gilpy-cli.cjs, which esbuild builds from src/, not
 * from dist/): a hash of the bundle's sections for those files (esbuild starts each with "// src/FILE"), or null
 * when there is no bundle. Rebuilding the bundle with the same compiler keeps the cache valid.
 */
export function bundleFingerprint(): string | null {
  if (bundlePrint !== undefined) return bundlePrint;
  let text: Buffer;
  try {
    text = readFileSync(distDir + "gilpy-cli.cjs");
  } catch {
    return (bundlePrint = null);
  }
  const h = createHash("sha1");
  // Sections start at esbuild's "// src/FILE" and "// node_modules/FILE" lines; each search scans the file once.
  const starts: number[] = [];
  for (const m of ["\n// src/", "\n// node_modules/"]) {
    const needle = Buffer.from(m);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) starts.push(at);
  }
  starts.sort((a, b) => a - b);
  starts.push(text.length);
  const prefix = "// src/interpreter/";
  let n = 0;
  for (let i = 0; i + 1 < starts.length; i++) {
    const at = starts[i];
    const head = text.toString("latin1", at + 1, Math.min(at + 80, starts[i + 1]));
    if (!head.startsWith(prefix)) continue;
    const file = head.slice(prefix.length, head.indexOf("\n") < 0 ? undefined : head.indexOf("\n"));
    if (RUNS_CODE_ONLY.test(file)) continue;
    h.update(text.subarray(at, starts[i + 1]));
    n++;
  }
  bundlePrint = n === 0 ? null : h.digest("hex");
  return bundlePrint;
}

let bundleLine: string | null | undefined;

/** The first line of dist/gilpy-cli.cjs, which names its content (build-cli.mjs), or null. */
export function bundleId(): string | null {
  if (bundleLine !== undefined) return bundleLine;
  let fd = -1;
  try {
    fd = openSync(distDir + "gilpy-cli.cjs", "r");
    const buf = Buffer.alloc(100);
    const line = buf.toString("latin1", 0, readSync(fd, buf, 0, buf.length, 0));
    bundleLine = line.includes("\n") ? line.slice(0, line.indexOf("\n")) : null;
  } catch {
    bundleLine = null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  return bundleLine;
}

// Running from the bundle: the entry must have been made for the compiler in it.
const inBundle = import.meta.url.endsWith(".cjs");

/** The serialized code of stdlib module `name` when the cache holds it for exactly this source; else null. */
export function readStdlibCache(name: string, source: string, filename: string, dir = stdlibCacheDir): unknown {
  let entry: StdlibCacheEntry;
  try {
    entry = JSON.parse(readFileSync(dir + name + ".json", "utf8"));
  } catch {
    return null; // no cache (not built, or a module added since): compile from source
  }
  if (entry.filename !== filename || entry.source !== sourceHash(source)) return null;
  if (inBundle) {
    // the bundle the entry was made with (the usual case), or another one with the same compiler in it
    const id = bundleId();
    if (id === null || (entry.bundleId !== id && (entry.bundle === null || entry.bundle !== bundleFingerprint()))) return null;
  } else if (entry.compiler !== compilerFingerprint()) {
    return null;
  }
  return entry.data;
}
