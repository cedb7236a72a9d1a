// ops.test.ts — the generic operations driven directly (no VM): arithmetic, comparison, hashing, repr,
// containers, attribute errors, with results and messages as python3 3.11 gives them.
import { describe, it, expect } from "vitest";
import "./types/index.js";
import { PyObject, PyFloat, PyList, PyTuple, None, newTuple } from "./object.js";
import { PyDict, PySet } from "./dict.js";
import { PyBaseException } from "./exceptions.js";
import { binaryOpGen, BinOp, unaryOpGen, UnOp } from "./ops-arith.js";
import { richCompareGen, CmpOp, containsGen } from "./ops-compare.js";
import { reprGen, strGen, hashGen, truthGen, lenGen } from "./ops-object.js";
import { getItemGen } from "./ops-item.js";
import { getAttrGen } from "./ops-attr.js";
import { callGen } from "./ops-call.js";
import { toArrayGen } from "./ops-iter.js";
import { drive } from "./testing/drive.js";
import { createBuiltins } from "./builtins.js";
import type { RuntimeContext } from "./runtime-context.js";

const B = createBuiltins({ sys: null } as unknown as RuntimeContext).dict;
const f = (v: number) => new PyFloat(v);
const repr = (x: PyObject) => drive(reprGen(x));
const bin = (a: PyObject, b: PyObject, op: number) => drive(binaryOpGen(a, b, op));
const call = (name: string, ...args: PyObject[]) => drive(callGen(B.get(name)!, args));

function err(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof PyBaseException) return `${e.type.name}: ${drive(strGen(e))}`;
    throw e;
  }
  return "no error";
}

describe("arithmetic", () => {
  it("keeps ints exact past 2**53 and floors division toward -inf", () => {
    expect(repr(bin(2 ** 52, 2 ** 52, BinOp.Mul))).toBe("20282409603651670423947251286016");
    expect(repr(bin(-7, 2, BinOp.FloorDiv))).toBe("-4");
    expect(repr(bin(-7, 2, BinOp.Mod))).toBe("1");
    expect(repr(bin(7, -2, BinOp.Mod))).toBe("-1");
    expect(repr(bin(2, -1, BinOp.Pow))).toBe("0.5");
    expect(repr(bin(1, 3, BinOp.TrueDiv))).toBe("0.3333333333333333");
    expect(repr(bin(f(0.1), f(0.2), BinOp.Add))).toBe("0.30000000000000004");
    expect(repr(bin(true, true, BinOp.Add))).toBe("2");
    expect(repr(bin(true, false, BinOp.Or))).toBe("True");
    expect(repr(bin(f(-8), f(0.5), BinOp.Pow))).toBe("(1.7319121124709868e-16+2.8284271247461903j)");
  });
  it("raises CPython's ZeroDivisionError and TypeError messages", () => {
    expect(err(() => bin(1, 0, BinOp.TrueDiv))).toBe("ZeroDivisionError: division by zero");
    expect(err(() => bin(1, 0, BinOp.FloorDiv))).toBe("ZeroDivisionError: integer division or modulo by zero");
    expect(err(() => bin(1, 0, BinOp.Mod))).toBe("ZeroDivisionError: integer modulo by zero");
    expect(err(() => bin(f(1), 0, BinOp.TrueDiv))).toBe("ZeroDivisionError: float division by zero");
    expect(err(() => bin(f(1), 0, BinOp.Mod))).toBe("ZeroDivisionError: float modulo");
    expect(err(() => bin(0, -1, BinOp.Pow))).toBe("ZeroDivisionError: 0.0 cannot be raised to a negative power");
    expect(err(() => bin(1, "a", BinOp.Add))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(err(() => bin("a", 1, BinOp.Add))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(err(() => bin(new PyList([]), newTuple([]), BinOp.Add))).toBe('TypeError: can only concatenate list (not "tuple") to list');
    expect(err(() => bin(new PyList([1]), f(1.5), BinOp.Mul))).toBe("TypeError: can't multiply sequence by non-int of type 'float'");
    expect(err(() => bin(None, None, BinOp.InplaceAdd))).toBe("TypeError: unsupported operand type(s) for +=: 'NoneType' and 'NoneType'");
    expect(err(() => drive(unaryOpGen("a", UnOp.Neg)))).toBe("TypeError: bad operand type for unary -: 'str'");
  });
  it("repeats sequences", () => {
    expect(repr(bin(3, "ab", BinOp.Mul))).toBe("'ababab'");
    expect(repr(bin(new PyList([1, 2]), 2, BinOp.Mul))).toBe("[1, 2, 1, 2]");
  });
});

describe("comparison and hashing", () => {
  it("compares across int/float and sequences", () => {
    expect(drive(richCompareGen(1, f(1), CmpOp.Eq))).toBe(true);
    expect(drive(richCompareGen(new PyList([1, 2]), new PyList([1, 3]), CmpOp.Lt))).toBe(true);
    expect(drive(richCompareGen(newTuple([1]), newTuple([1, 0]), CmpOp.Lt))).toBe(true);
    expect(err(() => drive(richCompareGen(1, "a", CmpOp.Lt)))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(err(() => drive(richCompareGen(new PyList([1]), new PyList(["a"]), CmpOp.Lt)))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
  });
  it("hashes numbers and tuples as CPython", () => {
    expect(drive(hashGen(-1))).toBe(-2);
    expect(repr(drive(hashGen(f(1.5))))).toBe("1152921504606846977");
    expect(repr(drive(hashGen(newTuple([1, 2, 3]))))).toBe("529344067295497451");
    expect(repr(drive(hashGen(newTuple([]))))).toBe("5740354900026072187");
    expect(err(() => drive(hashGen(new PyList([]))))).toBe("TypeError: unhashable type: 'list'");
  });
});

describe("containers", () => {
  it("repr of containers, recursive lists and sets in CPython's order", () => {
    const l = new PyList([1, "a", None, f(2.5)]);
    l.items.push(l);
    expect(repr(l)).toBe("[1, 'a', None, 2.5, [...]]");
    expect(repr(newTuple([1]))).toBe("(1,)");
    const s = drive(callGen(B.get("set")!, [new PyList([3, 1, 2, 10, 33])]));
    expect(repr(s)).toBe("{1, 2, 3, 33, 10}");
    const d = drive(callGen(B.get("dict")!, [new PyList([newTuple(["a", 1]), newTuple([1, 2])])]));
    expect(repr(d)).toBe("{'a': 1, 1: 2}");
  });
  it("indexes by code point and reports index errors", () => {
    expect(drive(getItemGen("😀ab", 1))).toBe("a");
    expect(drive(lenGen("héllo😀"))).toBe(6);
    expect(err(() => drive(getItemGen(new PyList([]), 0)))).toBe("IndexError: list index out of range");
    expect(err(() => drive(getItemGen(None, 0)))).toBe("TypeError: 'NoneType' object is not subscriptable");
    expect(err(() => drive(getItemGen(new PyDict(), "k")))).toBe("KeyError: 'k'");
  });
  it("treats 1, 1.0 and True as one key", () => {
    const d = new PyDict();
    d.setNorm(1, 1, "x");
    expect(drive(containsGen(d, true))).toBe(true);
    expect(drive(containsGen(d, f(1)))).toBe(true);
  });
  it("sorts stably with key and reverse", () => {
    const l = new PyList(["bb", "a", "ccc", "dd"]);
    drive(callGen(B.get("sorted")!, [l], new Map([["key", B.get("len")!], ["reverse", true]])));
    const r = drive(callGen(B.get("sorted")!, [l], new Map([["key", B.get("len")!], ["reverse", true]])));
    expect(repr(r)).toBe("['ccc', 'bb', 'dd', 'a']");
  });
  it("lists from iterators and builtin iterator objects", () => {
    const z = call("zip", "ab", new PyList([1, 2, 3]));
    expect(repr(new PyList(drive(toArrayGen(z))))).toBe("[('a', 1), ('b', 2)]");
    const e = call("enumerate", "xy", 5);
    expect(repr(new PyList(drive(toArrayGen(e))))).toBe("[(5, 'x'), (6, 'y')]");
    expect(repr(call("list", call("reversed", call("range", 5))))).toBe("[4, 3, 2, 1, 0]");
  });
});

describe("builtins", () => {
  it("formats and rounds like CPython", () => {
    expect(call("round", f(2.5))).toBe(2);
    expect(repr(call("round", f(2.675), 2))).toBe("2.67");
    expect(call("round", 1234, -2)).toBe(1200);
    expect(call("format", f(3.14159), ".2f")).toBe("3.14");
    expect(call("format", 255, "#x")).toBe("0xff");
    expect(call("hex", -255)).toBe("-0xff");
    expect(drive(callGen(drive(getAttrGen("{:>5}|{!r}", "format")), ["x", "y"]))).toBe("    x|'y'");
    expect(drive(callGen(drive(getAttrGen("%s-%05.1f", "__mod__")), [newTuple(["a", f(2.25)])]))).toBe("a-002.2");
  });
  it("min/max/sum/divmod", () => {
    expect(call("max", new PyList([1, 5, 3]))).toBe(5);
    expect(err(() => call("max", new PyList([])))).toBe("ValueError: max() arg is an empty sequence");
    expect(repr(call("sum", new PyList([f(0.1), f(0.2), f(0.3)])))).toBe("0.6000000000000001");
    expect(repr(call("divmod", -7, 2))).toBe("(-4, 1)");
  });
  it("str methods", () => {
    const m = (s: string, name: string, ...a: PyObject[]) => repr(drive(callGen(drive(getAttrGen(s, name)), a)));
    expect(m(" a  b ", "split")).toBe("['a', 'b']");
    expect(m("a,b,,c", "split", ",")).toBe("['a', 'b', '', 'c']");
    expect(m("a b c", "rsplit", None, 1)).toBe("['a b', 'c']");
    expect(m("Hello wORLD", "title")).toBe("'Hello World'");
    expect(m("x", "center", 4, "*")).toBe("'*x**'");
    expect(m("-5", "zfill", 4)).toBe("'-005'");
    expect(m("a\tb", "expandtabs")).toBe("'a       b'");
    expect(m("abcabc", "rfind", "b")).toBe("4");
    expect(m("😀abc", "find", "b")).toBe("2");
    expect(m("a\r\nb\nc", "splitlines")).toBe("['a', 'b', 'c']");
    expect(m("abc", "startswith", newTuple(["x", "ab"]))).toBe("True");
    expect(m("é", "encode")).toBe("b'\\xc3\\xa9'");
  });
  it("truth of containers and None", () => {
    expect(drive(truthGen(new PyList([])))).toBe(false);
    expect(drive(truthGen(new PySet()))).toBe(false);
    expect(drive(truthGen(None))).toBe(false);
    expect(drive(truthGen(f(0.5)))).toBe(true);
    expect(repr(new PyTuple([]))).toBe("()");
  });
  it("attribute errors name the type", () => {
    expect(err(() => drive(getAttrGen(1, "x")))).toBe("AttributeError: 'int' object has no attribute 'x'");
    expect(err(() => drive(getAttrGen(B.get("int")!, "zz")))).toBe("AttributeError: type object 'int' has no attribute 'zz'");
  });
});
