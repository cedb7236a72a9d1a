import { describe, it, expect } from "vitest";
import { createSys } from "./sys.js";
import { fakeContext, fakeHost, callFn } from "./testing/fake-host.js";
import { plainRepr } from "./support.js";
import { PyBaseException } from "../runtime/exceptions.js";
import { PyTextStream } from "./text-stream.js";
import { PyBuiltin } from "../runtime/builtin-function.js";
import type { PyObject } from "../runtime/object.js";
import type { PyType } from "../runtime/object.js";

function err(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name} ${String(e.args.items[0])}`;
    throw e;
  }
  return "no error";
}

function method(obj: PyObject, name: string, args: PyObject[]): PyObject {
  const d = (obj as { type: PyType }).type.lookup(name) as unknown as { fn: (a: PyObject[], k: null) => PyObject };
  return d.fn([obj, ...args], null);
}

describe("sys", () => {
  it("version_info and the info struct sequences repr as in CPython", () => {
    const m = createSys(fakeContext());
    expect(plainRepr(m.dict.get("version_info")!)).toBe("sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    expect(plainRepr(m.dict.get("float_info")!)).toBe("sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)");
    expect(plainRepr(m.dict.get("hash_info")!)).toBe("sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003, algorithm='siphash13', hash_bits=64, seed_bits=128, cutoff=0)");
    expect(String(m.dict.get("version")).startsWith("3.11.7 ")).toBe(true);
    expect(m.dict.get("maxsize")).toBe(9223372036854775807n);
  });

  it("errors of the limit setters use CPython's messages", () => {
    const m = createSys(fakeContext());
    expect(err(() => callFn(m, "setrecursionlimit", [0]))).toBe("ValueError recursion limit must be greater or equal than 1");
    expect(err(() => callFn(m, "setrecursionlimit", [2n ** 70n]))).toBe("OverflowError Python int too large to convert to C int");
    expect(err(() => callFn(m, "setrecursionlimit", [1]))).toBe("RecursionError cannot set the recursion limit to 1 at the recursion depth 1: the limit is too low");
    expect(err(() => callFn(m, "setswitchinterval", [0]))).toBe("ValueError switch interval must be strictly positive");
    expect(err(() => callFn(m, "setswitchinterval", ["a"]))).toBe("TypeError must be real number, not str");
    expect(err(() => callFn(m, "intern", [1]))).toBe("TypeError intern() argument must be str, not int");
    callFn(m, "setrecursionlimit", [50]);
    expect(callFn(m, "getrecursionlimit", [])).toBe(50);
  });

  it("exit raises SystemExit with the given code", () => {
    const m = createSys(fakeContext());
    expect(err(() => callFn(m, "exit", [3]))).toBe("SystemExit 3");
  });

  it("stdout.write goes to the host and returns the number of code points", () => {
    const h = fakeHost();
    const m = createSys(fakeContext(h));
    const out = m.dict.get("stdout")!;
    expect(out).toBeInstanceOf(PyTextStream);
    expect(method(out, "write", ["h\u00e9\u{1F600}\n"])).toBe(4);
    expect(h.out).toBe("h\u00e9\u{1F600}\n");
    expect(err(() => method(out, "write", [1]))).toBe("TypeError write() argument must be str, not int");
    expect(method(out, "__repr__", [])).toBe("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");
  });

  it("getsizeof gives CPython's sizes for common values", () => {
    const m = createSys(fakeContext());
    const f = m.dict.get("getsizeof") as PyBuiltin;
    expect([0, 1, 2 ** 40, "", "abc", true].map((v) => f.fn([v], null))).toEqual([24, 28, 32, 49, 52, 28]);
  });
});
