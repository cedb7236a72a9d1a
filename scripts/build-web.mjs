// build-web.mjs — bundles gilpy with esbuild (`npm run build:web`):
//   dist/web/gilpy.js         the page script (ES module): embedding API + drop-in + timeline, no interpreter
//   dist/web/gilpy-worker.js  the Web Worker (classic script): interpreter core + stdlib
//   dist/web/playground.js    the playground page's editor (only that page loads it)
//   dist/web/gilpy.css        styles for the drop-in (a file, so pages can keep a strict style-src)
//   dist/bundle/gilpy.js      one-file ESM build of the Node API for npm (ohm-js stays a dependency)
// and prints each file's size and gzip size. The page downloads only the first three.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = root + "dist/web/";
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

await Promise.all([
  build({ ...common, entryPoints: [root + "src/web/gilpy.ts"], outfile: out + "gilpy.js", format: "esm" }),
  build({ ...common, entryPoints: [root + "src/web/playground.ts"], outfile: out + "playground.js", format: "esm" }),
  build({ ...common, entryPoints: [root + "src/host/worker-entry.ts"], outfile: out + "gilpy-worker.js", format: "iife" }),
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

const report = [];
let pageTotal = 0;
for (const f of ["gilpy.js", "gilpy-worker.js", "gilpy.css"]) {
  const bytes = readFileSync(out + f);
  const gz = gzipSync(bytes, { level: 9 }).length;
  pageTotal += gz;
  report.push(`  dist/web/${f.padEnd(16)} ${(statSync(out + f).size / 1024).toFixed(1).padStart(7)} KB  gzip ${(gz / 1024).toFixed(1).padStart(6)} KB`);
}
console.log(report.join("\n"));
console.log(`  a page downloads ${(pageTotal / 1024).toFixed(1)} KB gzip in all`);
