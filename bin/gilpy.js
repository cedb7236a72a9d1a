#!/usr/bin/env node
// gilpy.js — the `gilpy` command: loads the built CLI, from its one-file bundle with V8's code cache when it can.
// `npm run build` writes dist/gilpy-cli.cjs (scripts/build-cli.mjs): one file to read instead of ~170 modules,
// compiled from dist/gilpy-cli.cache instead of from scratch. A bare `tsc` leaves the bundle older than
// dist/cli.js, and then dist/cli.js (the modules) is what is current.
//
// A CommonJS script (bin/package.json says so), unlike the rest of the package: Node starts a CommonJS main
// module ~4 ms sooner than an ES module, whose loader it then never sets up when the bundle is used.
"use strict";
const { readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");
const { Script } = require("node:vm");
// V8 compiles the VM's loop (VM.run) twice when it gets hot: on the stack (OSR) and for its next call, and both
// again after each deoptimisation. run() returns to the scheduler every batch of instructions, so the regular
// compile is enough; skipping OSR shortens the warm-up every script pays. Set before the bundle is compiled
// (the code cache is made under the same flags).
require("node:v8").setFlagsFromString("--no-use-osr");

const dist = join(__dirname, "..", "dist") + "/";
const mtime = (name) => statSync(dist + name, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Runs the bundle as Node runs a CommonJS module, with the code cache made for exactly this bundle. */
function loadBundle() {
  const file = dist + "gilpy-cli.cjs";
  const cacheFile = dist + "gilpy-cli.cache";
  // V8 takes any cache whose source has the same length; the first line ("// gilpy-cli HASH ENCODING") names
  // the bundle's content, and a cache starts with the line of the bundle it was made from. Read as latin1
  // when the bundle is ASCII: much faster than UTF-8 decoding.
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, bytes.indexOf(10) + 1);
  const source = bytes.toString(header.includes(" latin1\n") ? "latin1" : "utf8");
  let cache;
  try {
    const data = readFileSync(cacheFile);
    if (data.subarray(0, header.length).equals(header)) cache = data.subarray(header.length);
  } catch {
    // no cache yet: this run makes one
  }
  const wrapped = "(function (exports, require, module, __filename, __dirname) {" + source + "\n})";
  const script = new Script(wrapped, { filename: file, cachedData: cache });
  if (cache === undefined || script.cachedDataRejected) {
    // Made at exit, so it holds the functions this run compiled. Best effort: dist/ may be read-only.
    process.once("exit", () => {
      try {
        const tmp = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(tmp, Buffer.concat([header, script.createCachedData()]));
        renameSync(tmp, cacheFile);
      } catch {
        // start-up stays correct, only slower
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, dist);
  return module.exports;
}

// GILPY_NO_BUNDLE=1 runs the modules tsc wrote (stack traces then point into dist/*.js, file by file).
const bundled = process.env.GILPY_NO_BUNDLE ? -1 : mtime("gilpy-cli.cjs");
const cli = bundled >= 0 && bundled >= mtime("cli.js") ? Promise.resolve().then(loadBundle) : import(pathToFileURL(dist + "cli.js").href);
cli.then(
  (m) => m.main(process.argv.slice(2)),
  (e) => {
    if (e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/cli.js")) {
      process.stderr.write("gilpy: not built yet: run `npm run build` (or `npm install`) in the gilpy folder\n");
    } else {
      process.stderr.write(`gilpy: cannot start: ${e && e.stack ? e.stack : e}\n`);
    }
    process.exit(70);
  },
);
