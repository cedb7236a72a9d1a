// build-stdlib-cache.mjs — compiles every Python-source stdlib module (src/stdlib/index.ts, kind "python") with
// gilpy's own compiler and writes dist/stdlib-cache/NAME.json, so importing it skips the parser and compiler
// (src/stdlib-cache-node.ts reads them; src/interpreter/code-serial.ts is the format). Run by `npm run build`
// after tsc and build-cli.mjs (an entry records the compiler of dist/ and of the bundle). Each entry is keyed by
// a hash of the module's source and of the compiler, so a stale entry is ignored, never used.
//   node scripts/build-stdlib-cache.mjs [--check]    (--check: only verify, write nothing)
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const dist = new URL("../dist/", import.meta.url);
const { stdlibModules, stdlibFilename } = await import(new URL("stdlib/index.js", dist));
const { compileSource } = await import(new URL("interpreter/import.js", dist));
const { serializeCode, deserializeCode, sourceLinesOf } = await import(new URL("interpreter/code-serial.js", dist));
const { stdlibCacheDir, sourceHash, compilerFingerprint, bundleFingerprint, bundleId, RUNS_CODE_ONLY } = await import(new URL("stdlib-cache-node.js", dist));

const check = process.argv.includes("--check");
const compiler = compilerFingerprint();
// The entries are compiled by dist/'s compiler; the bundle may use them only if its compiler is the same, that
// is when both were built after the compiler's sources last changed (as `npm run build` does). Otherwise the
// entries name no bundle and the bundle compiles from source (correct, slower) until the next full build.
const bundleCurrent = builtAfterSources();
const bundle = bundleCurrent ? bundleFingerprint() : null;
const bundleLine = bundleCurrent ? bundleId() : null;
if (!bundleCurrent && bundleId() !== null) {
  console.warn("build-stdlib-cache: dist/ or the CLI bundle is older than the compiler's sources: the bundle will not use " +
    "this cache (run `npm run build`)");
}
if (!check) mkdirSync(stdlibCacheDir, { recursive: true });
const written = new Set();
let bytes = 0;
let kept = 0;

function mtime(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

/** Whether tsc's output and the bundle are both newer than every source file of the compiler (src/ absent: yes). */
function builtAfterSources() {
  const srcDir = fileURLToPath(new URL("../src/interpreter/", import.meta.url));
  const distDir = fileURLToPath(new URL("interpreter/", dist));
  const bundleTime = mtime(fileURLToPath(new URL("gilpy-cli.cjs", dist)));
  let files;
  try {
    files = readdirSync(srcDir);
  } catch {
    return true; // an installed package: dist/ and the bundle were built together
  }
  for (const f of files) {
    if (!/\.(ts|js)$/.test(f) || f.endsWith(".d.ts") || f.includes(".test.") || RUNS_CODE_ONLY.test(f)) continue;
    const t = mtime(srcDir + f);
    if (t > bundleTime || t > mtime(distDir + f.replace(/\.ts$/, ".js"))) return false;
  }
  const objectSrc = mtime(fileURLToPath(new URL("../src/runtime/object.ts", import.meta.url))); // the constants' classes
  return objectSrc <= bundleTime && objectSrc <= mtime(fileURLToPath(new URL("runtime/object.js", dist)));
}

function readEntry(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// Written aside and renamed: a gilpy starting meanwhile reads the old entry or the new one, never half of one.
function writeAtomically(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
const t0 = performance.now();
for (const [name, entry] of stdlibModules) {
  if (entry.kind !== "python") continue;
  const source = entry.source();
  const filename = stdlibFilename(name);
  const hash = sourceHash(source);
  const file = `${stdlibCacheDir}${name}.json`;
  // Unchanged module, same compiler: keep the entry (written and checked by an earlier build), only
  // naming the current bundle. Most builds change no module, and compiling them all takes seconds.
  const old = check ? null : readEntry(file);
  if (old !== null && old.source === hash && old.compiler === compiler && old.filename === filename) {
    if (old.bundle !== bundle || old.bundleId !== bundleLine) writeAtomically(file, JSON.stringify({ ...old, bundle, bundleId: bundleLine }));
    written.add(`${name}.json`);
    kept++;
    continue;
  }
  let code;
  try {
    code = compileSource(source, filename);
  } catch (e) {
    // A module that does not compile raises its SyntaxError at import, from source, as without a cache.
    console.warn(`build-stdlib-cache: ${name} does not compile (${e?.dict?.get?.("msg") ?? e}); not cached`);
    continue;
  }
  const ctx = { filename, sourceLines: sourceLinesOf(source) };
  if (!isDeepStrictEqual(code.sourceLines, ctx.sourceLines)) {
    throw new Error(`build-stdlib-cache: ${name}: the compiler's source lines differ from code-serial's sourceLinesOf`);
  }
  ctx.sourceLines = code.sourceLines; // the same array, so serializeCode leaves it out
  const data = serializeCode(code, ctx); // throws on a field that is not plain data
  const text = JSON.stringify({ source: hash, compiler, bundle, bundleId: bundleLine, filename, data });
  // What a later import gets must be what compiling gives now: checked here, so a format gap fails the build.
  const back = deserializeCode(JSON.parse(text).data, { filename, sourceLines: code.sourceLines });
  if (!isDeepStrictEqual(back, code)) throw new Error(`build-stdlib-cache: ${name}: the cached code object differs from the compiled one`);
  bytes += text.length;
  written.add(`${name}.json`);
  if (check) continue;
  writeAtomically(file, text);
}
if (!check) {
  for (const f of readdirSync(stdlibCacheDir)) {
    if (f.endsWith(".json") && !written.has(f)) rmSync(stdlibCacheDir + f, { force: true });
  }
}
const ms = Math.round(performance.now() - t0);
console.log(`build-stdlib-cache: ${written.size} modules (${kept} unchanged), ${(bytes / 1024).toFixed(0)} KiB compiled, ${ms} ms` +
  (check ? " (checked, not written)" : ""));
