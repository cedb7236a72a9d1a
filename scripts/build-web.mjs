// build-web.mjs — bundles gilpy with esbuild (`npm run build:web`):
//   dist/web/gilpy.js         the page script (ES module): embedding API + drop-in + timeline, no interpreter
//   dist/web/gilpy-worker.js  the Web Worker (module script): interpreter core + the core stdlib (CORE below),
//                             plus dist/web/chunks/*.js it imports: shared code, and every other stdlib module,
//                             each loaded only when a program may import it (stdlib-split-plugin.mjs)
//   dist/web/playground.js    the playground page's editor (only that page loads it)
//   dist/web/gilpy.css        styles for the drop-in (a file, so pages can keep a strict style-src)
//   dist/bundle/gilpy.js      one-file ESM build of the Node API for npm (ohm-js stays a dependency)
//   dist/web/files.json       what a page downloads (page script, worker and the chunks it imports statically,
//                             styles) and which chunks are loaded on demand; the e2e size test reads it
// and prints each file's size and gzip size.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { stdlibSplit } from "./stdlib-split-plugin.mjs";

// The stdlib modules in the worker's main chunk: what the lecture notes' threading snippets import, and what
// those import. Every other registry entry (including ones added later) is a chunk loaded on demand.
const CORE = new Set([
  "sys", "time", "math", "random", "atexit", "_os", "os", "posixpath", "abc", "_thread", "threading", "queue",
  "concurrent", "concurrent.futures", "concurrent.futures._base", "concurrent.futures.thread", "concurrent.futures.process",
]);

const root = fileURLToPath(new URL("..", import.meta.url));
const out = root + "dist/web/";
rmSync(out + "chunks", { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = {
  bundle: true,
  minify: true,
  target: "es2022",
  legalComments: "none",
  logLevel: "warning",
  // The interpreter never needs Node modules in the browser; fail loudly if one slips in.
  platform: "browser",
};

const split = { core: [], lazy: [], deps: {} };
let workerMeta = null;
await Promise.all([
  build({ ...common, entryPoints: [root + "src/web/gilpy.ts"], outfile: out + "gilpy.js", format: "esm" }),
  build({ ...common, entryPoints: [root + "src/web/playground.ts"], outfile: out + "playground.js", format: "esm" }),
  build({
    ...common,
    entryPoints: { "gilpy-worker": root + "src/host/worker-entry.ts" },
    outdir: out,
    format: "esm",
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    metafile: true,
    plugins: [stdlibSplit(CORE, root + "src/host/worker-main.ts", split)],
  }).then((r) => (workerMeta = r.metafile)),
  build({
    ...common,
    platform: "node",
    minify: false,
    entryPoints: { gilpy: root + "src/index.ts", embed: root + "src/embed/node.ts", "worker-node-entry": root + "src/host/worker-node-entry.ts" },
    outdir: root + "dist/bundle/",
    format: "esm",
    packages: "external",
  }),
]);
copyFileSync(root + "src/web/gilpy.css", out + "gilpy.css");

// What the worker loads before it can run anything: its entry and the chunks that imports statically.
const rel = (p) => p.slice(p.indexOf("dist/web/") + "dist/web/".length);
const outputs = Object.fromEntries(Object.entries(workerMeta.outputs).map(([p, o]) => [rel(p), o]));
const initial = new Set();
const visit = (f) => {
  if (initial.has(f)) return;
  initial.add(f);
  for (const i of outputs[f].imports) if (i.kind === "import-statement") visit(rel(i.path));
};
visit("gilpy-worker.js");
const page = ["gilpy.js", ...initial, "gilpy.css"];
const onDemand = Object.keys(outputs).filter((f) => f.endsWith(".js") && !initial.has(f)).sort();
writeFileSync(out + "files.json", JSON.stringify({ page, onDemand, core: split.core, lazy: split.lazy }, null, 1) + "\n");

// Node's Buffer is not in a Web Worker: code that uses it fails there only (it broke tracebacks once).
for (const f of Object.keys(outputs)) {
  if (f.endsWith(".js") && /\bBuffer\.(from|byteLength|alloc|concat|isBuffer)\b/.test(readFileSync(out + f, "utf8"))) {
    console.warn(`  warning: dist/web/${f} uses Node's Buffer, which a Web Worker does not have (use TextEncoder/TextDecoder)`);
  }
}

const gz = (f) => gzipSync(readFileSync(out + f), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);
const report = [];
let pageTotal = 0;
for (const f of page) {
  const g = gz(f);
  pageTotal += g;
  report.push(`  dist/web/${f.padEnd(28)} ${kb(statSync(out + f).size).padStart(7)} KB  gzip ${kb(g).padStart(6)} KB`);
}
const lazyTotal = onDemand.reduce((n, f) => n + gz(f), 0);
console.log(report.join("\n"));
console.log(`  a page downloads ${kb(pageTotal)} KB gzip in all`);
console.log(`  stdlib in the worker's main chunk: ${split.core.join(" ")}`);
console.log(`  on demand: ${split.lazy.length} stdlib modules in ${onDemand.length} chunks, ${kb(lazyTotal)} KB gzip in all`);
