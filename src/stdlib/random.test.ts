import { describe, it, expect } from "vitest";
import { createRandom } from "./random.js";
import { fakeContext, callFn } from "./testing/fake-host.js";
import { plainRepr } from "./support.js";
import { newList } from "../runtime/object.js";
import { PyBaseException } from "../runtime/exceptions.js";

// Expected values printed by python3 (CPython 3.11.7) for the same calls.
describe("random gives CPython's numbers for a seed", () => {
  it("seed(42): random, randint, randrange, shuffle", () => {
    const m = createRandom(fakeContext());
    callFn(m, "seed", [42]);
    expect(plainRepr(callFn(m, "random", []))).toBe("0.6394267984578837");
    expect(callFn(m, "randint", [1, 10])).toBe(1);
    expect(callFn(m, "choice", [newList([1, 2, 3])])).toBe(3);
    expect(callFn(m, "randrange", [0, 100, 5])).toBe(40);
    const l = newList([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    callFn(m, "shuffle", [l]);
    expect(l.items).toEqual([8, 1, 7, 6, 4, 0, 5, 2, 9, 3]);
  });
  it("errors use CPython's messages", () => {
    const m = createRandom(fakeContext());
    const msg = (f: () => unknown) => {
      try { f(); } catch (e) { return (e as PyBaseException).args.items[0]; }
      return "none";
    };
    expect(msg(() => callFn(m, "randint", [1, 0]))).toBe("empty range for randrange() (1, 1, 0)");
    expect(msg(() => callFn(m, "choice", [newList([])]))).toBe("Cannot choose from an empty sequence");
  });
});
