import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { createMath } from "./math.js";
import { fakeContext, callFn } from "./testing/fake-host.js";
import { decode, show } from "./testing/values.js";
import { PyBaseException } from "../runtime/exceptions.js";

// Cases recorded from python3 (CPython 3.11.7): expression, then repr of the result or "Type message".
const cases = JSON.parse(readFileSync(new URL("./testing/math-cases.json", import.meta.url), "utf8")) as {
  expr: string; name: string; args: unknown[] | null; kw: Record<string, unknown>; kind: string; result: string;
}[];

// Special functions computed by other algorithms than the C library's may differ in the last digit.
const approximate = new Set(["erf", "erfc", "gamma", "lgamma"]);

describe("math matches CPython 3.11", () => {
  const m = createMath(fakeContext());
  for (const c of cases) {
    it(c.expr, () => {
      let got: string;
      if (c.args === null) got = show(m.dict.get(c.name)!);
      else {
        const kw = Object.keys(c.kw).length ? new Map(Object.entries(c.kw).map(([k, v]) => [k, decode(v)])) : null;
        try {
          got = show(callFn(m, c.name, c.args.map(decode), kw));
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          got = `${e.type.name} ${String(e.args.items[0])}`;
        }
      }
      if (c.kind === "ok" && approximate.has(c.name) && !got.includes("Error")) {
        expect(Math.abs(Number(got) / Number(c.result) - 1)).toBeLessThan(1e-13);
      } else expect(got).toBe(c.result);
    });
  }
});
