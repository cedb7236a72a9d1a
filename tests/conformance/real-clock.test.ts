// real-clock.test.ts — issue 3's slower group: every corpus program that uses threading, _thread, queue,
// concurrent.futures or time (lib.mjs inRealClockGroup) runs under gilpy's REAL clock (`--clock=real`: sleeps
// take wall time, as on CPython) and must print what CPython printed, like conformance.test.ts does under the
// virtual clock. Timeouts come from the manifests' cpython_seconds (lib.mjs timeoutMs); 2 programs at a time.
import { afterAll, describe } from "vitest";
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
  inRealClockGroup,
} from "./lib.mjs";
import { conformanceTests, type Entry } from "./suite.js";

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
  // A test may wait for the whole pool ahead of it: allow every program's limit, as if run one at a time.
  const total = entries.reduce((sum, e) => sum + timeoutMs(e, process.env, cmd) + hangMs(), 0) + 30_000;
  conformanceTests(entries, {
    cmd, jobs, expectedFailures, xfPath, where: " under --clock=real",
    limitFor: () => total,
    record: (entry, verdict) => rows.push({ entry, verdict }),
    label: (e) => `${e.corpus}/${e.file}`,
  });
});
