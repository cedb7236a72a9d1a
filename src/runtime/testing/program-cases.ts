// program-cases.ts — the shared vitest shape of "programs with the output python3 printed": each case runs under
// runPython and must print exactly the recorded stdout and nothing on stderr. Imported by test files only.
import { describe, it, expect } from "vitest";
import { runPython } from "./run-python.js";

/** [name, Python source, expected stdout recorded from python3 3.11] */
export type ProgramCase = [string, string, string];

export function describePrograms(title: string, cases: ProgramCase[]): void {
  describe(title, () => {
    for (const [name, src, expected] of cases) {
      it(name, async () => {
        const r = await runPython(src);
        expect(r.stderr).toBe("");
        expect(r.stdout).toBe(expected);
      }, 30000);
    }
  });
}
