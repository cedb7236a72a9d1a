#!/usr/bin/env node
// gilpy.js — the `gilpy` command: loads the built CLI (npm run build writes dist/).
import("../dist/cli.js").then(
  (cli) => cli.main(process.argv.slice(2)),
  (e) => {
    if (e && e.code === "ERR_MODULE_NOT_FOUND" && String(e.message).includes("dist/cli.js")) {
      process.stderr.write("gilpy: not built yet: run `npm run build` (or `npm install`) in the gilpy folder\n");
    } else {
      process.stderr.write(`gilpy: cannot start: ${e && e.stack ? e.stack : e}\n`);
    }
    process.exit(70);
  },
);
