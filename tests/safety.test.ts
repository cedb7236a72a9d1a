// safety.test.ts — Python programs cannot reach JavaScript objects through names JavaScript treats specially:
// `__proto__`, `constructor`, `prototype` … stay ordinary attributes and keys, and nothing leaks into
// JavaScript's own prototypes. (tests/corpus/js-names-as-attributes-and-keys.py checks the Python side
// against python3 in far more places.)
import { describe, expect, it } from "vitest";
import { runPython } from "../src/runtime/testing/run-python.js";

const JS_NAMES = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString", "valueOf", "__defineGetter__"];

function prototypeSnapshot(): string {
  return [Object.prototype, Array.prototype, Function.prototype, Map.prototype, String.prototype]
    .map((p) => Object.getOwnPropertyNames(p).sort().join(",")).join("|");
}

describe("JavaScript names in Python programs", () => {
  it("are ordinary attributes, keys, kwargs and globals, and pollute no JavaScript prototype", async () => {
    const before = prototypeSnapshot();
    const r = await runPython([
      "class C: pass",
      "o = C()",
      `for n in ${JSON.stringify(JS_NAMES)}:`,
      "    setattr(o, n, {'polluted': True})",
      "    setattr(C, n, n)",
      "    globals()[n] = 1",
      "d = {'__proto__': {'polluted': True}, 'constructor': {'prototype': {'polluted': True}}}",
      "d['__proto__']['polluted'] = 'yes'",
      "def f(**kw): return sorted(kw)",
      "print(f(**d), C.toString, o.__proto__, __proto__, len(vars(o)))",
      "print(type(o).__dict__['constructor'], getattr(o.constructor, 'prototype', 'no prototype'))",
      "",
    ].join("\n"));
    // what python3 prints for the same program
    expect(r.stdout).toBe("['__proto__', 'constructor'] toString {'polluted': True} 1 7\nconstructor no prototype\n");
    expect(r.stderr).toBe("");
    expect(prototypeSnapshot()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never reach a JavaScript value through attribute lookup on builtins", async () => {
    const lines = JS_NAMES.map((n) =>
      `print(${JSON.stringify(n)}, [hasattr(x, ${JSON.stringify(n)}) for x in (1, 'a', [], {}, None, print, len, object, type, C, C())])`);
    const r = await runPython(["class C: pass", ...lines, ""].join("\n"));
    const want = JS_NAMES.map((n) => `${n} [False, False, False, False, False, False, False, False, False, False, False]\n`).join("");
    expect(r.stdout).toBe(want);
    expect(r.stderr).toBe("");
  });
});
