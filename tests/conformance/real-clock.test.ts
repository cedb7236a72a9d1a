// real-clock.test.ts — issue 3's slower group: every corpus program that uses threading, _thread, queue,
// concurrent.futures or time (lib.mjs inRealClockGroup) runs under gilpy's REAL clock (`--clock=real`: sleeps
// take wall time, as on CPython) and must print what CPython printed, like conformance.test.ts does under the
// virtual clock. Timeouts come from the manifests' cpython_seconds (lib.mjs timeoutMs); 2 programs at a time.
import { afterAll, beforeAll, describe, it } from "vitest";
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
  inRealClockGroup,
  verdict,
} from "./lib.mjs";

type Entry = ReturnType<typeof loadCorpus>[number];
type Outcome = { entry: Entry; result: { ms: number }; problems: unknown[] };

const xfPath = expectedFailuresPath();
const expectedFailures = loadExpectedFailures(xfPath);
const cmd = interpreterCommand(process.env, { clock: "real" });
const jobs = Number(process.env.GILPY_JOBS ?? 2);
const filter = process.env.GILPY_FILTER ?? "";
const rows: { entry: Entry; verdict: string }[] = [];

const entries = scheduleOrder(
  Object.entries(CORPORA)
    .filter(([, dir]) => existsSync(`${dir}/manifest.json`))
    .flatMap(([name, dir]) => loadCorpus(dir, name))
    .filter((e) => inRealClockGroup(e) && e.file.includes(filter)),
);

afterAll(() => {
  if (rows.length) console.log(`real clock (${cmd.join(" ")}):\n${summaryTable(rows)}`);
});

describe("conformance under the real clock", () => {
  const waiting = new Map<Entry, (o: Outcome) => void>();
  const results = new Map<Entry, Promise<Outcome>>();
  for (const e of entries) results.set(e, new Promise((res) => waiting.set(e, res)));
  // A test may wait for the whole pool ahead of it: allow every program's limit, as if run one at a time.
  const total = entries.reduce((sum, e) => sum + timeoutMs(e, process.env, cmd) + hangMs(), 0) + 30_000;

  beforeAll(() => {
    void runAll(entries, { jobs, cmd, onResult: (o: Outcome) => waiting.get(o.entry)!(o) });
  });

  for (const entry of entries) {
    it(`${entry.corpus}/${entry.file} [${entry.category}]`, async () => {
      const outcome = await results.get(entry)!;
      const v = verdict(outcome, expectedFailures);
      rows.push({ entry, verdict: v });
      if (v === "fail") throw new Error(`${entry.file} differs from CPython under --clock=real:\n${describeProblems(outcome)}`);
      if (v === "xpass") {
        throw new Error(`${entry.file} passes now: remove its line from ${xfPath} (it is listed as an expected failure)`);
      }
    }, total);
  }
});
