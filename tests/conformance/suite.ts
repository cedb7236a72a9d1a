// suite.ts — the vitest shape shared by the conformance groups (virtual clock, real clock): the programs run
// in a background pool, one test per program awaits its own outcome and applies the expected-failures rule.
import { beforeAll, it } from "vitest";
import { describeProblems, loadCorpus, runAll, verdict } from "./lib.mjs";

export type Entry = ReturnType<typeof loadCorpus>[number];
type Outcome = { entry: Entry; result: { ms: number }; problems: unknown[] };

export interface SuiteOptions {
  cmd: string[];
  jobs: number;
  expectedFailures: Map<string, string>;
  xfPath: string;
  /** Said after "differs from CPython" in a failure (e.g. " under --clock=real"). */
  where: string;
  /** The test's time limit for one program (it may wait for the pool ahead of it). */
  limitFor: (e: Entry) => number;
  /** Receives each program's verdict, for the summary table. */
  record: (entry: Entry, verdict: string) => void;
  /** Test names: the corpus is shown when one suite mixes corpora. */
  label: (e: Entry) => string;
}

/** Declares one test per entry (call inside a describe block). */
export function conformanceTests(entries: Entry[], o: SuiteOptions): void {
  const waiting = new Map<Entry, (x: Outcome) => void>();
  const results = new Map<Entry, Promise<Outcome>>();
  for (const e of entries) results.set(e, new Promise((res) => waiting.set(e, res)));

  beforeAll(() => {
    // Not awaited: the pool runs in the background, each test awaits its own program.
    void runAll(entries, { jobs: o.jobs, cmd: o.cmd, onResult: (x: Outcome) => waiting.get(x.entry)!(x) });
  });

  for (const entry of entries) {
    it(`${o.label(entry)} [${entry.category}]`, async () => {
      const outcome = await results.get(entry)!;
      const v = verdict(outcome, o.expectedFailures);
      o.record(entry, v);
      if (v === "fail") throw new Error(`${entry.file} differs from CPython${o.where}:\n${describeProblems(outcome)}`);
      if (v === "xpass") {
        throw new Error(`${entry.file} passes now: remove its line from ${o.xfPath} (it is listed as an expected failure)`);
      }
    }, o.limitFor(entry));
  }
}
