// stdlib-cache-node.ts — the Node side of the compiled-stdlib cache (gilpy's .pyc): finds the entry that
// scripts/build-stdlib-cache.mjs wrote for a Python-source stdlib module in dist/stdlib-cache/NAME.json and
// hands it to the importer only when it was made from the same source text by the same compiler.
//
// Kept at src/ (so dist/), because its paths are found from import.meta.url, which in the CLI bundle is
// dist/gilpy-cli.cjs: "./" is dist/ from both. Imports nothing of the interpreter, so the NodeHost stays light;
// src/interpreter/import.ts turns the entry into a code object (code-serial.ts) and compiles from source when
// this returns null. Hosts without it (the browser) always compile from source.
import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync, readdirSync } from "node:fs";
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
  /** First line of dist/gilpy-cli.cjs when it was made (null: no bundle). */
  bundle: string | null;
  filename: string;
  data: unknown;
}

export function sourceHash(source: string): string {
  return createHash("sha1").update(source).digest("hex");
}

let fingerprint: string | null = null;

/**
 * A hash of the compiled interpreter (dist/interpreter/*.js: parser, compiler, opcodes, code objects): a cache
 * made by another version of the compiler is stale even when the module's source is the same. Made once per
 * process, on the first import of a cached module (about a millisecond).
 */
export function compilerFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const dir = distDir + "interpreter/";
  const h = createHash("sha1");
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".js")).sort()) {
    h.update(f + "\0");
    h.update(readFileSync(dir + f));
  }
  fingerprint = h.digest("hex");
  return fingerprint;
}

/** First line of the CLI bundle (it names the bundle's content), or null when there is none. */
export function bundleId(): string | null {
  let fd = -1;
  try {
    fd = openSync(distDir + "gilpy-cli.cjs", "r");
    const buf = Buffer.alloc(128);
    const n = readSync(fd, buf, 0, buf.length, 0);
    const line = buf.subarray(0, n).toString("latin1");
    const nl = line.indexOf("\n");
    return nl < 0 ? null : line.slice(0, nl);
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

// Running from the bundle: the cache must also have been made for this bundle (built from the same sources).
const inBundle = import.meta.url.endsWith(".cjs");
let runningBundle: string | null | undefined;

/** The serialized code of stdlib module `name` when the cache holds it for exactly this source; else null. */
export function readStdlibCache(name: string, source: string, filename: string, dir = stdlibCacheDir): unknown {
  let entry: StdlibCacheEntry;
  try {
    entry = JSON.parse(readFileSync(dir + name + ".json", "utf8"));
  } catch {
    return null; // no cache (not built, or a module added since): compile from source
  }
  if (entry.filename !== filename || entry.source !== sourceHash(source)) return null;
  if (entry.compiler !== compilerFingerprint()) return null;
  if (inBundle && entry.bundle !== (runningBundle === undefined ? (runningBundle = bundleId()) : runningBundle)) return null;
  return entry.data;
}
