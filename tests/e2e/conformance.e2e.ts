// conformance.e2e.ts — the conformance corpora run in the browser build (a Web Worker, virtual clock, seed 1)
// and are compared with CPython 3.11's output by the same rules and expected-failures list as the Node suite
// (tests/conformance), so output and thread semantics are shown to be the same in both places.
import { afterAll, beforeAll, describe, it } from "vitest";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";
import {
  CORPORA, compare, describeProblems, EXPECTED_FAILURES_FILE, hangMs, loadCorpus, loadExpectedFailures, summaryTable, timeoutMs, verdict,
} from "../conformance/lib.mjs";

const SITE = fileURLToPath(new URL("../../dist/site/", import.meta.url));
const ARTIFACTS = fileURLToPath(new URL("../../dist/e2e/", import.meta.url));
const filter = process.env.GILPY_FILTER ?? "";
const expectedFailures = loadExpectedFailures(EXPECTED_FAILURES_FILE);
// A page has no TCP/IP: gilpy's socket module reaches the network through the Node host only and raises this
// OSError in a Web Worker (src/stdlib/_socket.ts; socketpair() works). A program that differs from CPython
// because of it is an expected failure in the browser (so new network programs need no list kept here).
const NO_NETWORK = "gilpy: real network sockets are not supported in the browser";
const rows: { entry: ReturnType<typeof loadCorpus>[number]; verdict: string }[] = [];

let server: { url: string; close(): Promise<void> };
let browser: { context: BrowserContext; close(): Promise<void> };
let page: Page;

beforeAll(async () => {
  server = await serve(SITE);
  browser = await launch();
  page = await browser.context.newPage();
  await page.goto(server.url + "index.html");
  // A string, not a function: vitest would rewrite a function's import() for Node.
  await page.evaluate(`import("/gilpy/gilpy.js").then((m) => { window.__gilpy = m.createGilpy(); })`);
});
afterAll(async () => {
  if (rows.length) {
    console.log(`conformance in the browser (worker, virtual clock, seed 1):\n${summaryTable(rows)}`);
    // Verdict per program, to compare with the Node run (dist/e2e/browser-conformance.json).
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(ARTIFACTS + "browser-conformance.json", JSON.stringify(Object.fromEntries(rows.map((r) => [r.entry.file, r.verdict])), null, 1));
  }
  await browser?.close();
  await server?.close();
});

for (const [name, dir] of Object.entries(CORPORA)) {
  if (!existsSync(`${dir}/manifest.json`)) continue;
  const entries = loadCorpus(dir, name).filter((e) => e.file.includes(filter));
  if (entries.length === 0) continue;
  // Helper modules a program may import from its folder (named _*.py, as _corpus_helper.py, _fake_scrapli.py).
  const files: Record<string, string> = {};
  for (const helper of readdirSync(dir)) if (/^_\w*\.py$/.test(helper)) files[helper] = readFileSync(`${dir}/${helper}`, "utf8");

  describe(`browser conformance: ${name}`, () => {
    for (const entry of entries) {
      const hanging = entry.exitCode === 124;
      const limit = hanging ? hangMs() : timeoutMs(entry);
      it(`${entry.file} [${entry.category}]`, async () => {
        const source = readFileSync(`${dir}/${entry.file}`, "utf8");
        const r = await page.evaluate(
          ({ source, options }) => {
            const g = (window as unknown as { __gilpy: { run(s: string, o: object): { done: Promise<Record<string, unknown>> } } }).__gilpy;
            return g.run(source, options).done;
          },
          { source, options: { filename: entry.file, clock: "virtual", seed: 1, timeLimitMs: limit, cpuCount: cpus().length, files } },
        );
        const code = r.status === "exited" ? (r.exitCode as number) : r.status === "time-limit" ? 124 : -1;
        const result = { stdout: r.stdout as string, stderr: (r.stderr as string) + (r.status === "crashed" ? String(r.message) : ""), code };
        const outcome = { entry, result, problems: compare(entry, result) };
        let v = verdict(outcome, expectedFailures);
        if (v === "fail" && (result.stdout + result.stderr).includes(NO_NETWORK)) v = "xfail";
        rows.push({ entry, verdict: v });
        if (v === "fail") throw new Error(`${entry.file} in the browser differs from CPython:\n${describeProblems(outcome)}`);
      }, limit + 30_000);
    }
  });
}
