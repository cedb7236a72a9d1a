// conformance.test.ts — runs every program of the lecture corpus and of tests/corpus under gilpy as a
// subprocess and compares stdout, stderr and exit code with CPython 3.11's (see lib.mjs for the rules).
// A failure listed in expected-failures.txt is reported as xfail; a listed program that passes fails the
// run until its line is removed. GILPY_CMD=python3 runs the same comparison against CPython itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import {
  CORPORA,
  describeProblems,
  expectedFailuresPath,
  hangMs,
  interpreterCommand,
  loadCorpus,
  loadExpectedFailures,
  runAll,
  scheduleOrder,
  summaryTable,
  timeoutMs,
  verdict,
} from "./lib.mjs";

type Entry = ReturnType<typeof loadCorpus>[number];
type Outcome = { entry: Entry; result: { ms: number }; problems: unknown[] };

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
  describe(`conformance: ${name}`, () => {
    const waiting = new Map<Entry, (o: Outcome) => void>();
    const results = new Map<Entry, Promise<Outcome>>();
    for (const e of entries) results.set(e, new Promise((res) => waiting.set(e, res)));
    const longest = Math.max(0, ...entries.map((e) => timeoutMs(e)));

    beforeAll(() => {
      // Not awaited: the pool runs in the background, each test awaits its own program.
      void runAll(entries, { jobs, cmd, onResult: (o: Outcome) => waiting.get(o.entry)!(o) });
    });

    for (const entry of entries) {
      const limit = timeoutMs(entry) + hangMs() + longest + 30_000;
      it(`${entry.file} [${entry.category}]`, async () => {
        const outcome = await results.get(entry)!;
        const v = verdict(outcome, expectedFailures);
        rows.push({ entry, verdict: v });
        if (v === "fail") throw new Error(`${entry.file} differs from CPython:\n${describeProblems(outcome)}`);
        if (v === "xpass") {
          throw new Error(`${entry.file} passes now: remove its line from ${xfPath} (it is listed as an expected failure)`);
        }
      }, limit);
    }
  });
}
