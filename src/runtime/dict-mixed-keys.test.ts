// dict-mixed-keys.test.ts — dict/set keys of different types that compare equal with equal hashes
// (int/float/bool/complex, Fraction, a user class) share one entry; expected output is python3 3.11's.
import { describe, it, expect } from "vitest";
import { runPython } from "./testing/run-python.js";

const src = `from fractions import Fraction
class Two:
    def __hash__(self): return hash(2)
    def __eq__(self, o): return o == 2
d = {Fraction(1, 2): 'h', 2: 'i'}
print(d[0.5], d[Two()], Fraction(2) in d, 2.0 in {Two()}, {1, True, 1.0, 1 + 0j})
d[Fraction(2)] = 'f'
del d[0.5]
print(d, {2: 0} == {Two(): 0})
s = {Fraction(3)}
s.add(3)
s.remove(3.0)
print(s, {1 + 2j: 1}.get(1 + 2j), {(1 + 0j, 2): 0}.get((1, 2.0)))
`;

describe("dict/set keys across types", () => {
  it("finds equal keys of other types by hash and ==", async () => {
    const r = await runPython(src);
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("h i True True {1}\n{2: 'f'} True\nset() 1 0\n");
  }, 30000);
});
