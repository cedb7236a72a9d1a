// ops-compare.ts — rich comparison (==, !=, <, <=, >, >=) with reflected operands and subclass priority
// (Objects/object.c do_richcompare), sequence comparison, and the `in` operator.
import {
  PyObject, PyType, PyFloat, PyList, PyTuple, PyIntSub, PyStrSub, None, NotImplemented, TypeFlag,
  typeOf, typeName, objectType, floatType, listType, tupleType,
} from "./object.js";
import { PyDict, PySet, normKey, NEEDS_PY } from "./dict.js";
import { PyMethodDescr } from "./builtin-function.js";
import { typeError } from "./exceptions.js";
import { callMethodGen, type Gen } from "./ops-call.js";
import { truthy, truthGen } from "./ops-object.js";
import type { NativeGen } from "./protocol.js";

/** COMPARE_OP's argument, as in CPython (Py_LT … Py_GE). */
export const enum CmpOp { Lt = 0, Le, Eq, Ne, Gt, Ge }
export const cmpSymbols = ["<", "<=", "==", "!=", ">", ">="];
export const cmpNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const swapped = [CmpOp.Gt, CmpOp.Ge, CmpOp.Eq, CmpOp.Ne, CmpOp.Lt, CmpOp.Le];

function cmpResult(c: number, op: number): boolean {
  switch (op) {
    case CmpOp.Lt: return c < 0;
    case CmpOp.Le: return c <= 0;
    case CmpOp.Eq: return c === 0;
    case CmpOp.Ne: return c !== 0;
    case CmpOp.Gt: return c > 0;
    default: return c >= 0;
  }
}

/** Compares two JS primitives or numbers with JS's exact mixed number/bigint semantics. NaN: all false but !=. */
function primCompare(a: number | bigint | string | boolean, b: number | bigint | string | boolean, op: number): boolean {
  switch (op) {
    case CmpOp.Lt: return a < b;
    case CmpOp.Le: return a <= b;
    // eslint-disable-next-line eqeqeq
    case CmpOp.Eq: return a == b;
    // eslint-disable-next-line eqeqeq
    case CmpOp.Ne: return a != b;
    case CmpOp.Gt: return a > b;
    default: return a >= b;
  }
}

/** Numeric value for comparisons: int, bool, float, int subclass; undefined otherwise. */
function numVal(x: PyObject): number | bigint | undefined {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
  }
  if (x instanceof PyFloat) return x.value;
  if (x instanceof PyIntSub) return x.value;
  return undefined;
}

/** Strings compare by code point; JS compares UTF-16 units, which differs only past U+FFFF vs U+E000+. */
export function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i), y = b.charCodeAt(i);
    if (x !== y) {
      // a surrogate here stands for a code point past U+FFFF: lift it above the whole BMP (a lift of only
      // 0x2000 put U+10000.. below U+F800..U+FFFF)
      if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
      if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
      return x < y ? -1 : 1;
    }
  }
  return a.length - b.length;
}

/**
 * The builtin meaning of `a OP b` for numbers and strings (what int.__lt__, str.__eq__ … compute), or
 * NotImplemented when the operand types do not compare.
 */
export function builtinCompare(a: PyObject, b: PyObject, op: number): PyObject {
  const na = numVal(a);
  if (na !== undefined) {
    const nb = numVal(b);
    return nb === undefined ? NotImplemented : primCompare(na, nb, op);
  }
  const sa = typeof a === "string" ? a : a instanceof PyStrSub ? a.value : null;
  if (sa !== null) {
    const sb = typeof b === "string" ? b : b instanceof PyStrSub ? b.value : null;
    return sb === null ? NotImplemented : cmpResult(strCmp(sa, sb), op);
  }
  return NotImplemented;
}

/** a == b without Python, or undefined. */
export function eqFast(a: PyObject, b: PyObject): boolean | undefined {
  const ta = typeof a, tb = typeof b;
  if (ta !== "object" && tb !== "object") {
    if (ta === "string" || tb === "string") return a === b;
    // eslint-disable-next-line eqeqeq
    return a == b;
  }
  if (a === None || b === None) return a === b;
  if (ta === "object" && tb === "object") {
    const oa = a as PyFloat, ob = b as PyFloat;
    const A = oa.type, B = ob.type;
    if (A === floatType && B === floatType) return oa.value === ob.value;
    if ((A === listType && B === listType) || (A === tupleType && B === tupleType)) {
      const x = (a as PyList).items, y = (b as PyList).items;
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) {
        if (x[i] === y[i] && typeof x[i] !== "object") continue;
        if (x[i] === y[i]) continue; // identity implies equality inside containers (CPython does the same)
        const r = eqFast(x[i], y[i]);
        if (r !== true) return r;
      }
      return true;
    }
    const objEq = objectType.dict.get("__eq__");
    if (!(A.flags & TypeFlag.UserEq) && !(B.flags & TypeFlag.UserEq) && A.lookup("__eq__") === objEq && B.lookup("__eq__") === objEq) return a === b;
    return undefined;
  }
  // one primitive, one object
  const o = (ta === "object" ? a : b) as PyFloat;
  const p = ta === "object" ? b : a;
  if (o.type === floatType) return typeof p === "string" ? false : o.value == (p as number); // eslint-disable-line eqeqeq
  if (!(o.type.flags & TypeFlag.Heap)) {
    const m = o.type.lookup("__eq__");
    if (m === objectType.dict.get("__eq__")) return false;
  }
  return undefined;
}

/** a OP b without Python as a JS boolean, or undefined. */
export function compareFast(a: PyObject, b: PyObject, op: number): boolean | undefined {
  const ta = typeof a, tb = typeof b;
  if (ta === "number" && tb === "number") return primCompare(a as number, b as number, op);
  if (ta === "string" && tb === "string") return cmpResult(strCmp(a as string, b as string), op);
  if (op === CmpOp.Eq) return eqFast(a, b);
  if (op === CmpOp.Ne) {
    const r = eqFast(a, b);
    return r === undefined ? undefined : !r;
  }
  if (ta !== "object" && tb !== "object") {
    if (ta === "string" || tb === "string") return undefined; // TypeError on the generic path
    return primCompare(a as number, b as number, op);
  }
  const A = typeOf(a), B = typeOf(b);
  if ((A === floatType || ta !== "object" && ta !== "string") && (B === floatType || tb !== "object" && tb !== "string")) {
    return primCompare(numVal(a)!, numVal(b)!, op);
  }
  if ((A === listType && B === listType) || (A === tupleType && B === tupleType)) {
    const x = (a as PyList).items, y = (b as PyList).items;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) {
      if (x[i] === y[i]) continue;
      const e = eqFast(x[i], y[i]);
      if (e === undefined) return undefined;
      if (!e) return compareFast(x[i], y[i], op);
    }
    return cmpResult(x.length - y.length, op);
  }
  return undefined;
}

function* callCmp(m: PyObject, self: PyObject, other: PyObject): Gen<PyObject> {
  if (m instanceof PyMethodDescr && !m.isGen) return (m.fn as (a: PyObject[], k: null) => PyObject)([self, other], null);
  return yield* callMethodGen(m, self, [other]);
}

/** a OP b as a Python object (user __lt__ may return anything), with CPython's dispatch order. */
export function* richCompareGen(a: PyObject, b: PyObject, op: number): NativeGen {
  const f = compareFast(a, b, op);
  if (f !== undefined) return f;
  const ta = typeOf(a), tb = typeOf(b);
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta)) {
    const m = tb.lookup(cmpNames[swapped[op]]);
    if (m !== undefined && m !== None && m !== ta.lookup(cmpNames[swapped[op]])) {
      checkedReverse = true;
      const r = yield* callCmp(m, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  const m = ta.lookup(cmpNames[op]);
  if (m !== undefined && m !== None) {
    const r = yield* callCmp(m, a, b);
    if (r !== NotImplemented) return r;
  }
  if (!checkedReverse) {
    const m2 = tb.lookup(cmpNames[swapped[op]]);
    if (m2 !== undefined && m2 !== None) {
      const r = yield* callCmp(m2, b, a);
      if (r !== NotImplemented) return r;
    }
  }
  if (op === CmpOp.Eq) return a === b;
  if (op === CmpOp.Ne) return a !== b;
  throw typeError(`'${cmpSymbols[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** bool(a OP b). */
export function* compareBoolGen(a: PyObject, b: PyObject, op: number): Gen<boolean> {
  const f = compareFast(a, b, op);
  if (f !== undefined) return f;
  const r = yield* richCompareGen(a, b, op);
  if (typeof r === "boolean") return r;
  const t = truthy(r);
  return t !== undefined ? t : yield* truthGen(r);
}

/** a == b as a boolean, with the identity shortcut containers use (PyObject_RichCompareBool). */
export function* eqGen(a: PyObject, b: PyObject): Gen<boolean> {
  if (a === b) return true;
  const f = eqFast(a, b);
  if (f !== undefined) return f;
  return yield* compareBoolGen(a, b, CmpOp.Eq);
}

/** Lexicographic comparison of two item arrays (list/tuple __lt__ …). */
export function* seqCompareGen(x: PyObject[], y: PyObject[], op: number): NativeGen {
  if ((op === CmpOp.Eq || op === CmpOp.Ne) && x.length !== y.length) return op === CmpOp.Ne;
  let i = 0;
  for (; i < x.length && i < y.length; i++) {
    if (!(yield* eqGen(x[i], y[i]))) break;
  }
  if (i >= x.length || i >= y.length) return cmpResult(x.length - y.length, op);
  if (op === CmpOp.Eq) return false;
  if (op === CmpOp.Ne) return true;
  return yield* richCompareGen(x[i], y[i], op);
}

// ---- `in` ----

/** `item in container` without Python, or undefined. */
export function containsFast(container: PyObject, item: PyObject): boolean | undefined {
  if (typeof container === "string") {
    if (typeof item === "string") return container.includes(item);
    if (item instanceof PyStrSub) return container.includes(item.value);
    throw typeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
  }
  if (typeof container !== "object") return undefined;
  const t = container.type;
  if (t.flags & TypeFlag.Heap) return undefined;
  if (container instanceof PyList || container instanceof PyTuple) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) {
      if (items[i] === item) return true;
      const e = eqFast(items[i], item);
      if (e === undefined) return undefined;
      if (e) return true;
    }
    return false;
  }
  if (container instanceof PyDict || container instanceof PySet) {
    const n = normKey(item);
    if (n === NEEDS_PY) return undefined;
    if (container.map.has(n)) return true;
    return container.buckets === null ? false : undefined;
  }
  return undefined;
}

/** `item in container`: __contains__, else iteration with ==. */
export function* containsGen(container: PyObject, item: PyObject): Gen<boolean> {
  const f = containsFast(container, item);
  if (f !== undefined) return f;
  // A builtin list/tuple whose items need Python ==: compare here (list.__contains__ comes back to this
  // function, so asking it would recurse forever). Length re-read each step as list_contains does.
  if ((container instanceof PyList || container instanceof PyTuple) && !(container.type.flags & TypeFlag.Heap)) {
    const items = container.items;
    for (let i = 0; i < items.length; i++) if (yield* eqGen(items[i], item)) return true;
    return false;
  }
  const t = typeOf(container);
  const m = t.lookup("__contains__");
  if (m !== undefined && m !== None) {
    const r = yield* callMethodGen(m, container, [item]);
    if (typeof r === "boolean") return r;
    const tr = truthy(r);
    return tr !== undefined ? tr : yield* truthGen(r);
  }
  if (t.lookup("__iter__") === undefined && t.lookup("__getitem__") === undefined) {
    throw typeError(`argument of type '${t.name}' is not iterable`);
  }
  const it = yield* getIterGenHook(container);
  for (;;) {
    const v = yield* iterNextGenHook(it);
    if (v === undefined) return false;
    if (yield* eqGen(v, item)) return true;
  }
}

// Iteration lives in ops-iter.ts, which imports this file; the hooks break the cycle at load time.
let getIterGenHook: (x: PyObject) => Gen<PyObject>;
let iterNextGenHook: (it: PyObject) => Gen<PyObject | undefined>;
export function setIterHooks(g: (x: PyObject) => Gen<PyObject>, n: (it: PyObject) => Gen<PyObject | undefined>): void {
  getIterGenHook = g;
  iterNextGenHook = n;
}

export type { PyType };
