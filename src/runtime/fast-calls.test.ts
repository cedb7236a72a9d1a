// fast-calls.test.ts — the builtins' allocation-free call paths answer what python3 3.11 answers for the same
// call, and decline (undefined) whatever the general call must handle: errors, Python hooks, other types.
import { describe, it, expect } from "vitest";
import "./builtins.js";
import { PyObject, PyList, PyTuple, PyFloat, None, listType, strType, intType, boolType, floatType, typeOf } from "./object.js";
import { PyRange, rangeType } from "./types/range.js";
import { PyDict, dictType } from "./dict.js";
import { PyMethodDescr, type FastCall } from "./builtin-function.js";
import { BUILTIN_FAST } from "./fast-calls.js";

const builtin = (name: string): FastCall => BUILTIN_FAST.find(([n]) => n === name)![1];
const method = (t: typeof listType, name: string): FastCall => (t.dict.get(name) as PyMethodDescr).fast!;
/** Calls f with args placed after two unrelated stack slots, as the VM's value stack holds them. */
function call(f: FastCall, ...args: PyObject[]): PyObject | undefined {
  return f([None, None, ...args], 2, args.length);
}
const list = (...xs: PyObject[]) => new PyList(xs);
const tuple = (...xs: PyObject[]) => new PyTuple(xs);

describe("builtin fast calls", () => {
  it("len", () => {
    const len = builtin("len");
    expect(call(len, "h\u{1F600}")).toBe(2); // len("h😀") == 2
    expect(call(len, list(1, 2, 3))).toBe(3);
    expect(call(len, 5)).toBeUndefined(); // TypeError from the general path
    expect(call(len)).toBeUndefined();
    expect(call(len, "a", "b")).toBeUndefined();
  });
  it("isinstance", () => {
    const isinstance = builtin("isinstance");
    expect(call(isinstance, true, intType)).toBe(true); // isinstance(True, int)
    expect(call(isinstance, 1, boolType)).toBe(false);
    expect(call(isinstance, "s", tuple(intType, strType))).toBe(true);
    expect(call(isinstance, 1, 2)).toBeUndefined();
    expect(call(isinstance, 1, tuple(intType, 2))).toBeUndefined();
  });
  it("min, max, abs, sum", () => {
    expect(call(builtin("min"), 3, 1, 2)).toBe(1);
    expect(call(builtin("max"), list(7, 9, 8))).toBe(9);
    expect(call(builtin("max"), list())).toBeUndefined(); // ValueError
    expect(call(builtin("min"), 1, "a")).toBeUndefined(); // TypeError
    expect(call(builtin("max"), 1)).toBeUndefined();
    expect(call(builtin("abs"), -3)).toBe(3);
    const f = call(builtin("abs"), new PyFloat(-2.5)) as PyFloat;
    expect(typeOf(f)).toBe(floatType);
    expect(f.value).toBe(2.5);
    expect(call(builtin("abs"), "a")).toBeUndefined();
    expect(call(builtin("sum"), list(1, 2, 3))).toBe(6);
    expect(call(builtin("sum"), tuple(2 ** 53, 2 ** 53))).toBeUndefined(); // exact as a bigint on the general path
    expect(call(builtin("sum"), list("a"))).toBeUndefined();
  });
});

describe("method fast calls", () => {
  it("list.append", () => {
    const l = list(1);
    expect(call(method(listType, "append"), l, 2)).toBe(None);
    expect(l.items).toEqual([1, 2]);
    expect(call(method(listType, "append"), l)).toBeUndefined();
    expect(call(method(listType, "append"), "x", 1)).toBeUndefined();
  });
  it("dict.get", () => {
    const d = new PyDict(new Map<unknown, PyObject>([["a", 1], [2, "two"]]), dictType);
    const get = method(dictType, "get");
    expect(call(get, d, "a")).toBe(1);
    expect(call(get, d, "z")).toBe(None);
    expect(call(get, d, "z", 0)).toBe(0);
    expect(call(get, d, 2)).toBe("two");
    expect(call(get, d, list())).toBeUndefined(); // unhashable: TypeError from dict.get
    expect(call(get, d)).toBeUndefined();
  });
  it("str.join, upper, lower", () => {
    expect(call(method(strType, "join"), ",", list("a", "b"))).toBe("a,b");
    expect(call(method(strType, "join"), "-", tuple())).toBe("");
    expect(call(method(strType, "join"), ",", list(1))).toBeUndefined();
    expect(call(method(strType, "upper"), "AbC")).toBe("ABC");
    expect(call(method(strType, "lower"), "AbC")).toBe("abc");
    expect(call(method(strType, "upper"), "a", "b")).toBeUndefined();
  });
});

describe("builtin type fast calls", () => {
  it("str, int, float, range", () => {
    expect(call(strType.fast!, 12)).toBe("12");
    expect(call(strType.fast!, true)).toBe("True");
    expect(call(strType.fast!, new PyFloat(1.5))).toBeUndefined(); // float repr on the general path
    expect(call(intType.fast!, new PyFloat(-0.5))).toBe(0);
    expect(Object.is(call(intType.fast!, new PyFloat(-0.5)), -0)).toBe(false);
    expect(call(intType.fast!, new PyFloat(-2.7))).toBe(-2); // int(-2.7) == -2
    expect(call(intType.fast!, new PyFloat(1e300))).toBeUndefined(); // a bigint on the general path
    expect(call(intType.fast!, "12")).toBeUndefined();
    expect(call(intType.fast!, false)).toBe(0);
    expect((call(floatType.fast!, 3) as PyFloat).value).toBe(3);
    const r = call(rangeType.fast!, 2, 10, 3) as PyRange;
    expect([r.start, r.stop, r.step, r.length]).toEqual([2, 10, 3, 3]); // len(range(2, 10, 3)) == 3
    expect(call(rangeType.fast!, 1, 2, 0)).toBeUndefined(); // ValueError from range()
    expect(call(rangeType.fast!, new PyFloat(1.5))).toBeUndefined();
    expect(call(rangeType.fast!)).toBeUndefined();
  });
});
