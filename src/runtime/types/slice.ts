// slice.ts — slice objects: construction, indices(), repr, equality, and the index arithmetic that
// list/str/tuple/bytes/range slicing shares (CPython Objects/sliceobject.c PySlice_Unpack/AdjustIndices).
import { PyObj, PyObject, None, NotImplemented, makeBuiltinType, TypeFlag, typeOf, newTuple } from "../object.js";
import * as I from "../int-ops.js";
import { typeError, valueError } from "../exceptions.js";
import { defineMethods, defineGetters, PyBuiltin } from "../builtin-function.js";
import { asIndex, reprFast } from "../ops-object.js";

export const sliceType = makeBuiltinType("slice", undefined, TypeFlag.None);

export class PySlice extends PyObj {
  constructor(readonly start: PyObject, readonly stop: PyObject, readonly step: PyObject) {
    super(sliceType);
  }
}

sliceType.dict.set("__new__", new PyBuiltin("__new__", (args) => {
  const a = args.slice(1);
  if (a.length === 0) throw typeError("slice expected at least 1 argument, got 0");
  if (a.length > 3) throw typeError(`slice expected at most 3 arguments, got ${a.length}`);
  if (a.length === 1) return new PySlice(None, a[0], None);
  return new PySlice(a[0], a[1], a.length === 3 ? a[2] : None);
}, false));

function sliceInt(x: PyObject): I.Int {
  const v = asIndex(x);
  if (v === null) throw typeError("slice indices must be integers or None or have an __index__ method");
  return v;
}

function clampNum(v: I.Int): number {
  // Indexes past ±2**53 behave like ±infinity for any real sequence.
  return typeof v === "bigint" ? (v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : v;
}

/**
 * start, stop, step and the slice length for a sequence of `length` items: the result of
 * PySlice_Unpack + PySlice_AdjustIndices.
 */
export function sliceIndices(s: PySlice, length: number): [number, number, number, number] {
  let step = 1;
  if (s.step !== None) {
    step = clampNum(sliceInt(s.step));
    if (step === 0) throw valueError("slice step cannot be zero");
  }
  let start: number, stop: number;
  if (s.start === None) start = step < 0 ? length - 1 : 0;
  else {
    start = clampNum(sliceInt(s.start));
    if (start < 0) {
      start += length;
      if (start < 0) start = step < 0 ? -1 : 0;
    } else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (s.stop === None) stop = step < 0 ? -1 : length;
  else {
    stop = clampNum(sliceInt(s.stop));
    if (stop < 0) {
      stop += length;
      if (stop < 0) stop = step < 0 ? -1 : 0;
    } else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** slice.indices(length) semantics on arbitrary-size ints (range slicing needs these). */
export function sliceIndicesBig(s: PySlice, length: I.Int): [I.Int, I.Int, I.Int] {
  const step: I.Int = s.step === None ? 1 : sliceInt(s.step);
  if (step === 0) throw valueError("slice step cannot be zero");
  const neg = step < 0;
  const lower: I.Int = neg ? -1 : 0;
  const upper: I.Int = neg ? I.add(length, -1) : length;
  const adj = (v: PyObject, dflt: I.Int): I.Int => {
    if (v === None) return dflt;
    let x = sliceInt(v);
    if (x < 0) {
      x = I.add(x, length);
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  return [adj(s.start, neg ? upper : lower), adj(s.stop, neg ? lower : upper), step];
}

function sliceRepr(s: PySlice, r: (x: PyObject) => string): string {
  return `slice(${r(s.start)}, ${r(s.stop)}, ${r(s.step)})`;
}

/** repr of a slice, given a repr function for its parts (ops-object's reprFast covers ints/None). */
export let sliceReprPart: (x: PyObject) => string = (x) => reprFast(x) ?? `<${typeOf(x).name} object>`;
export function setSliceReprPart(f: (x: PyObject) => string): void {
  sliceReprPart = f;
}

defineMethods(sliceType, {
  __repr__: ([self]) => sliceRepr(self as PySlice, sliceReprPart),
  indices: ([self, n]) => {
    const len = asIndex(n);
    if (len === null) throw typeError(`'${typeOf(n).name}' object cannot be interpreted as an integer`);
    if (len < 0) throw valueError("length should not be negative");
    return newTuple(sliceIndicesBig(self as PySlice, len));
  },
  __eq__: ([self, o]) => {
    if (!(o instanceof PySlice)) return NotImplemented;
    const s = self as PySlice;
    return s.start === o.start && s.stop === o.stop && s.step === o.step;
  },
});
defineGetters(sliceType, {
  start: (self) => (self as PySlice).start,
  stop: (self) => (self as PySlice).stop,
  step: (self) => (self as PySlice).step,
});
sliceType.dict.set("__hash__", None);
sliceType.flags |= TypeFlag.Unhashable;
