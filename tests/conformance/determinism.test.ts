// determinism.test.ts — issue 3's determinism check: every threaded program of both corpora, run twice under
// the virtual clock with the same seed, prints byte-identical stdout and stderr and exits with the same code;
// and a program whose order CPython leaves free (tests/threads/free-order.py) gets different, still valid,
// orders from different seeds. Programs run 2 at a time through lib.mjs's pool.
import { beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CORPORA, ROOT, interpreterCommand, loadCorpus, runAll, runProgram, usesThreads } from "./lib.mjs";

type Entry = ReturnType<typeof loadCorpus>[number];
type Result = { stdout: string; stderr: string; code: number; timedOut: boolean; ms: number };
type Outcome = { entry: Entry; result: Result };

const cmd = interpreterCommand(process.env, { clock: "virtual", seed: 1 });
const jobs = Number(process.env.GILPY_JOBS ?? 2);
const filter = process.env.GILPY_FILTER ?? "";

const threaded = Object.entries(CORPORA)
  .filter(([, dir]) => existsSync(`${dir}/manifest.json`))
  .flatMap(([name, dir]) => loadCorpus(dir, name))
  .filter((e) => usesThreads(e) && e.file.includes(filter));

describe("determinism: threaded corpus programs, twice with --clock=virtual --seed=1", () => {
  // Each program is queued twice (as two copies, so the pool keeps both outcomes); each test awaits its pair.
  const runs = new Map<Entry, [Promise<Result>, Promise<Result>]>();
  const settle = new Map<Entry, (r: Result) => void>();
  const copies: Entry[] = [];
  for (const e of threaded) {
    const pair = [0, 1].map((i) => {
      const copy = { ...e };
      copies.push(copy);
      return new Promise<Result>((res) => settle.set(copy, res));
    });
    runs.set(e, pair as [Promise<Result>, Promise<Result>]);
  }

  beforeAll(() => {
    void runAll(copies, { jobs, cmd, onResult: (o: Outcome) => settle.get(o.entry)!(o.result) });
  });

  it("finds the threaded programs of both corpora", () => {
    // The lecture corpus's manifest lists `uses`; tests/corpus's come from each program's imports.
    if (filter !== "") {
      expect(threaded.length, `GILPY_FILTER=${filter} selects no threaded program`).toBeGreaterThan(0);
      return;
    }
    expect(threaded.filter((e) => e.corpus === "lecture").length).toBeGreaterThanOrEqual(40);
    expect(threaded.filter((e) => e.corpus === "own").length).toBeGreaterThanOrEqual(20);
  });

  for (const entry of threaded) {
    it(`${entry.corpus}/${entry.file}`, async () => {
      const [a, b] = await Promise.all(runs.get(entry)!);
      // A program recorded as hanging is cut off by the harness's wall-clock limit: only its start is comparable.
      if (entry.exitCode !== 124) {
        expect(a.timedOut, `${entry.file} timed out`).toBe(false);
        expect(b.timedOut, `${entry.file} timed out`).toBe(false);
      }
      expect(b.code).toBe(a.code);
      expect(b.stdout).toBe(a.stdout);
      expect(b.stderr).toBe(a.stderr);
    }, 120_000);
  }
});

describe("determinism: seeds choose among CPython's possible orders", () => {
  const dir = join(ROOT, "tests", "threads");
  const entry = { corpus: "threads", dir, file: "free-order.py", category: "unordered", varies: ["order"], exitCode: 0, cpythonSeconds: 0, uses: ["threading"], stdout: "", stderr: "" };
  const sorted = (text: string) => text.split("\n").filter(Boolean).sort().join("\n");
  const valid = ["done", ...[0, 1, 2, 3, 4, 5].map((i) => `worker ${i}`)].sort().join("\n");

  it("free-order.py: every seed prints a valid CPython outcome, the same one each time, and some seed differs from seed 1", async () => {
    const outputs: string[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const seeded = interpreterCommand(process.env, { clock: "virtual", seed });
      const [r, again] = await Promise.all([runProgram(entry, seeded), runProgram(entry, seeded)]);
      expect(r.code, `seed ${seed}`).toBe(0);
      expect(r.stderr, `seed ${seed}`).toBe("");
      expect(sorted(r.stdout), `seed ${seed}`).toBe(valid);
      expect(r.stdout.trimEnd().split("\n").pop(), `seed ${seed}: done comes last (after the joins)`).toBe("done");
      expect(again.stdout, `seed ${seed} twice`).toBe(r.stdout);
      outputs.push(r.stdout);
    }
    expect(outputs.slice(1).some((o) => o !== outputs[0])).toBe(true);
  }, 120_000);
});
