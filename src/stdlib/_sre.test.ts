import { describe, it, expect } from "vitest";
import { createRe } from "./_sre.js";
import { fakeContext, callFn } from "./testing/fake-host.js";
import { plainRepr } from "./support.js";
import { PyTuple } from "../runtime/object.js";
import { PyBaseException } from "../runtime/exceptions.js";

// Spans and messages as CPython 3.11's re reports them (python3: re.search(...).regs, str(re.error)).
describe("_sre", () => {
  const m = createRe(fakeContext());
  const compile = (p: string, f = 0) => (callFn(m, "compile", [p, f]) as PyTuple).items;
  it("search and match report code-point spans of every group", () => {
    const [c, , groups] = compile("(\\w)(\\d)?");
    expect(groups).toBe(2);
    expect(plainRepr(callFn(m, "run", [c, "-- a1", 0, 5, 0, false]))).toBe("(3, 5, 3, 4, 4, 5)");
    expect(plainRepr(callFn(m, "run", [c, "\u{1F600}b", 0, 2, 0, false]))).toBe("(1, 2, 1, 2, -1, -1)");
    expect(callFn(m, "run", [c, "-- a1", 0, 5, 1, false])).toBe(callFn(m, "run", [c, "--", 0, 2, 1, false]));
  });
  it("fullmatch needs the whole string", () => {
    const [c] = compile("a|ab");
    expect(plainRepr(callFn(m, "run", [c, "ab", 0, 2, 2, false]))).toBe("(0, 2)");
  });
  it("bad patterns raise re.error with CPython's message and position", () => {
    try {
      compile("a)");
      expect.unreachable();
    } catch (e) {
      expect((e as PyBaseException).args.items[0]).toBe("unbalanced parenthesis at position 1");
      expect((e as PyBaseException).dict.get("pos")).toBe(1);
    }
  });
});
