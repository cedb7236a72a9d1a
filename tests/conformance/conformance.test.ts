// conformance.test.ts — runs every program of the lecture corpus and of tests/corpus under gilpy as a
// subprocess and compares stdout, stderr and exit code with CPython 3.11's (see lib.mjs for the rules).
// A failure listed in expected-failures.txt is reported as xfail; a listed program that passes fails the
// run until its line is removed. GILPY_CMD=python3 runs the same comparison against CPython itself.
import { afterAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import {
  CORPORA,
  expectedFailuresPath,
  hangMs,
  interpreterCommand,
  loadCorpus,
  loadExpectedFailures,
  scheduleOrder,
  summaryTable,
  timeoutMs,
} from "./lib.mjs";
import { conformanceTests, type Entry } from "./suite.js";

const xfPath = expectedFailuresPath();
const expectedFailures = loadExpectedFailures(xfPath);
const cmd = interpreterCommand();
const jobs = Number(process.env.GILPY_JOBS ?? 2);
const filter = process.env.GILPY_FILTER ?? "";
const rows: { entry: Entry; verdict: string }[] = [];

const corpora = Object.entries(CORPORA)
  .filter(([, dir]) => existsSync(`${dir}/manifest.json`))
  .map(([name, dir]) => [name, loadCorpus(dir, name)] as const);

afterAll(() => {
  if (rows.length) console.log(`conformance (${cmd.join(" ")}):\n${summaryTable(rows)}`);
});

it("expected-failures.txt names only programs that exist", () => {
  const all = new Set(corpora.flatMap(([, entries]) => entries.map((e) => e.file)));
  expect([...expectedFailures.keys()].filter((f) => !all.has(f))).toEqual([]);
});

it("program names are unique across the corpora (expected-failures.txt uses bare names)", () => {
  const names = corpora.flatMap(([, entries]) => entries.map((e) => e.file));
  expect(names.length).toBe(new Set(names).size);
});

for (const [name, all] of corpora) {
  const entries = scheduleOrder(all.filter((e) => e.file.includes(filter)));
  if (entries.length === 0) continue; // GILPY_FILTER matched nothing here (vitest rejects an empty suite)
  const longest = Math.max(0, ...entries.map((e) => timeoutMs(e)));
  describe(`conformance: ${name}`, () => {
    conformanceTests(entries, {
      cmd, jobs, expectedFailures, xfPath, where: "",
      limitFor: (e) => timeoutMs(e) + hangMs() + longest + 30_000,
      record: (entry, verdict) => rows.push({ entry, verdict }),
      label: (e) => e.file,
    });
  });
}
