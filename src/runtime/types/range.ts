// range.ts — the range type: construction, len, indexing and slicing, `in`, index/count, equality,
// hash, repr and reversal (CPython 3.11 Objects/rangeobject.c semantics on number|bigint ints).
import {
  PyObj, PyObject, PyType, PyTuple, KwArgs, None, NotImplemented, makeBuiltinType, TypeFlag, typeOf, newTuple,
  PyFloat,
} from "../object.js";
import * as I from "../int-ops.js";
import { typeError, valueError, indexError, overflowError } from "../exceptions.js";
import { defineMethods, defineGetters, PyBuiltin } from "../builtin-function.js";
import { asIndex, indexGen, tupleHashOf, hashFast } from "../ops-object.js";
import { PySlice, sliceIndicesBig } from "./slice.js";
import { CmpOp } from "../ops-compare.js";

export const rangeType = makeBuiltinType("range", undefined, TypeFlag.None);

export class PyRange extends PyObj {
  readonly start: I.Int;
  readonly stop: I.Int;
  readonly step: I.Int;
  readonly length: I.Int;
  constructor(start: I.Int, stop: I.Int, step: I.Int) {
    super(rangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = rangeLength(start, stop, step);
  }
  /** The i-th element, 0 <= i < length. */
  at(i: I.Int): I.Int {
    return I.add(this.start, I.mul(i, this.step));
  }
}

function rangeLength(start: I.Int, stop: I.Int, step: I.Int): I.Int {
  if (typeof start === "number" && typeof stop === "number" && typeof step === "number") {
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  const a = I.big(start), b = I.big(stop), s = I.big(step);
  if (s > 0n) return a < b ? I.normBig((b - a - 1n) / s + 1n) : 0;
  return a > b ? I.normBig((a - b - 1n) / -s + 1n) : 0;
}

function rangeArg(x: PyObject): I.Int {
  const v = asIndex(x);
  if (v === null) throw typeError(`'${typeOf(x).name}' object cannot be interpreted as an integer`);
  return v;
}

export function makeRange(args: PyObject[]): PyRange {
  if (args.length === 1) return new PyRange(0, rangeArg(args[0]), 1);
  if (args.length === 2) return new PyRange(rangeArg(args[0]), rangeArg(args[1]), 1);
  if (args.length === 3) {
    const step = rangeArg(args[2]);
    if (step === 0) throw valueError("range() arg 3 must not be zero");
    return new PyRange(rangeArg(args[0]), rangeArg(args[1]), step);
  }
  if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
  throw typeError(`range expected at most 3 arguments, got ${args.length}`);
}

rangeType.dict.set("__new__", new PyBuiltin("__new__", function* (args: PyObject[], kwargs: KwArgs | null) {
  if (kwargs !== null && kwargs.size > 0) throw typeError("range() takes no keyword arguments");
  const a = args.slice(1);
  for (let i = 0; i < a.length; i++) {
    if (typeof a[i] === "object") {
      const v = yield* indexGen(a[i]);
      if (v !== null) a[i] = v;
    }
  }
  return makeRange(a);
} as never, true));

/** r[i] with negative indexes; IndexError "range object index out of range". */
export function rangeItem(r: PyRange, key: PyObject): PyObject {
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceIndicesBig(key, r.length);
    return new PyRange(r.at(start), r.at(stop), I.mul(r.step, step));
  }
  let i = asIndex(key);
  if (i === null) throw typeError(`range indices must be integers or slices, not ${typeOf(key).name}`);
  if (i < 0) i = I.add(i, r.length);
  if (i < 0 || i >= r.length) throw indexError("range object index out of range");
  return r.at(i);
}

/** Position of int `v` in r, or -1. */
export function rangeIndexOf(r: PyRange, v: I.Int): I.Int {
  const off = I.sub(v, r.start);
  if (I.mod(off, r.step) !== 0) return -1;
  const i = I.floordiv(off, r.step);
  return i >= 0 && i < r.length ? i : -1;
}

export function rangeContains(r: PyRange, x: PyObject): boolean | undefined {
  if (typeof x === "number" || typeof x === "bigint" || typeof x === "boolean") return rangeIndexOf(r, asIndex(x)!) !== -1;
  if (x instanceof PyFloat && Number.isInteger(x.value)) return rangeIndexOf(r, I.floatToInt(x.value)) !== -1;
  return undefined;
}

function rangeEq(a: PyRange, b: PyRange): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return true;
  if (a.start !== b.start) return false;
  return a.length === 1 || a.step === b.step;
}

export function rangeRepr(r: PyRange): string {
  return r.step === 1 ? `range(${r.start}, ${r.stop})` : `range(${r.start}, ${r.stop}, ${r.step})`;
}

defineMethods(rangeType, {
  __repr__: ([self]) => rangeRepr(self as PyRange),
  __len__: ([self]) => {
    const n = (self as PyRange).length;
    if (typeof n === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
    return n;
  },
  __bool__: ([self]) => (self as PyRange).length !== 0,
  __getitem__: ([self, key]) => rangeItem(self as PyRange, key),
  __contains__: ([self, x]) => {
    const r = rangeContains(self as PyRange, x);
    if (r !== undefined) return r;
    return false;
  },
  __eq__: ([self, other]) => (other instanceof PyRange ? rangeEq(self as PyRange, other) : NotImplemented),
  __ne__: ([self, other]) => (other instanceof PyRange ? !rangeEq(self as PyRange, other) : NotImplemented),
  __hash__: ([self]) => {
    const r = self as PyRange;
    if (r.length === 0) return tupleHashOf([hashFast(0)!, hashFast(None)!, hashFast(None)!]);
    if (r.length === 1) return tupleHashOf([hashFast(1)!, hashFast(r.start)!, hashFast(None)!]);
    return tupleHashOf([hashFast(r.length)!, hashFast(r.start)!, hashFast(r.step)!]);
  },
  index: ([self, x]) => {
    const v = asIndex(x);
    const i = v === null ? -1 : rangeIndexOf(self as PyRange, v);
    if (i === -1) throw valueError(`${v === null ? "value" : String(v)} is not in range`);
    return i;
  },
  count: ([self, x]) => {
    const v = asIndex(x);
    return v !== null && rangeIndexOf(self as PyRange, v) !== -1 ? 1 : 0;
  },
});
defineGetters(rangeType, {
  start: (self) => (self as PyRange).start,
  stop: (self) => (self as PyRange).stop,
  step: (self) => (self as PyRange).step,
});

export { CmpOp, PyTuple, newTuple, PyType };
