// ops-object.ts — the per-object generic operations: truth, len, hash, id, repr, str, and the __index__
// conversion. Each has a plain path for builtin values (undefined = "needs Python") and a resumable form.
import {
  PyObject, PyObj, PyType, PyFloat, PyTuple, PyList, PyIntSub, PyStrSub, PyModule, PyBytes, PyByteArray,
  None, NotImplemented, Ellipsis, TypeFlag, typeOf, typeName, objectType, floatType, tupleType, listType,
  PyComplex,
} from "./object.js";
import { PyDict, PySet, dictType, setType, frozensetType } from "./dict.js";
import { PyMethodDescr } from "./builtin-function.js";
import { typeError, valueError, overflowError } from "./exceptions.js";
import { callMethodGen, type Gen } from "./ops-call.js";
import { type Int, normBig } from "./int-ops.js";
import { intToString } from "./int-str.js";
import { floatRepr } from "./float-repr.js";
import { strRepr } from "./str-repr.js";
import { intHash, floatHash, strHash, bytesHash } from "./num-hash.js";
import { cpLen } from "./str-utils.js";
import { rethrowAlgo } from "./ops-error.js";

// ---- truth ----

/** bool(x) without Python, or undefined when __bool__/__len__ is Python code. */
export function truthy(x: PyObject): boolean | undefined {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length !== 0;
    case "bigint":
      return true; // never zero: zero is a number
  }
  if (x === None) return false;
  const t = x.type;
  if (x instanceof PyFloat && t === floatType) return x.value !== 0;
  if (x instanceof PyList && t === listType) return x.items.length !== 0;
  if (x instanceof PyTuple && t === tupleType) return x.items.length !== 0;
  if (x instanceof PyDict && t === dictType) return x.map.size !== 0;
  if (x instanceof PySet && (t === setType || t === frozensetType)) return x.map.size !== 0;
  if (!(t.flags & TypeFlag.Heap)) {
    const b = t.lookup("__bool__");
    if (b instanceof PyMethodDescr && !b.isGen) return b.fn([x], null) as boolean;
    const l = t.lookup("__len__");
    if (l instanceof PyMethodDescr && !l.isGen) return (l.fn([x], null) as number) !== 0;
    if (b === undefined && l === undefined) return true;
  }
  return undefined;
}

export function* truthGen(x: PyObject): Gen<boolean> {
  const r = truthy(x);
  if (r !== undefined) return r;
  const t = typeOf(x);
  const b = t.lookup("__bool__");
  if (b !== undefined && b !== None) {
    const v = yield* callMethodGen(b, x, []);
    if (typeof v !== "boolean") throw typeError(`__bool__ should return bool, returned ${typeName(v)}`);
    return v;
  }
  const l = t.lookup("__len__");
  if (l !== undefined && l !== None) return (yield* lenOfResult(yield* callMethodGen(l, x, []))) !== 0;
  return true;
}

// ---- len ----

/** len(x) for builtin containers, or undefined. */
export function lenFast(x: PyObject): number | undefined {
  if (typeof x === "string") return cpLen(x);
  if (typeof x !== "object") return undefined;
  if (x instanceof PyList) return x.items.length;
  if (x instanceof PyTuple) return x.items.length;
  if (x instanceof PyDict || x instanceof PySet) return x.map.size;
  if (x instanceof PyStrSub) return cpLen(x.value);
  if (x instanceof PyBytes) return x.data.length;
  if (x instanceof PyByteArray) return x.length;
  return undefined;
}

function* lenOfResult(v: PyObject): Gen<number> {
  const n = asIndex(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  if (n < 0) throw valueError("__len__() should return >= 0");
  if (typeof n === "bigint") throw overflowError("cannot fit 'int' into an index-sized integer");
  return n;
}

export function* lenGen(x: PyObject): Gen<number> {
  const t = typeOf(x);
  const l = t.lookup("__len__");
  if (!(t.flags & TypeFlag.Heap) || l instanceof PyMethodDescr) {
    const n = lenFast(x);
    if (n !== undefined) return n;
  }
  if (l === undefined || l === None) throw typeError(`object of type '${t.name}' has no len()`);
  return yield* lenOfResult(yield* callMethodGen(l, x, []));
}

// ---- __index__ ----

/** The int value of an int-like builtin (int, bool, int subclass), or null. No Python runs. */
export function asIndex(x: PyObject): Int | null {
  switch (typeof x) {
    case "number":
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
  }
  if (x instanceof PyIntSub) return x.value;
  return null;
}

/** operator.index(x): int-likes directly, user __index__ through Python; null when there is none. */
export function* indexGen(x: PyObject): Gen<Int | null> {
  const v = asIndex(x);
  if (v !== null) return v;
  if (typeof x !== "object") return null;
  const m = x.type.lookup("__index__");
  if (m === undefined || m === None) return null;
  const r = yield* callMethodGen(m, x, []);
  const n = asIndex(r);
  if (n === null) throw typeError(`__index__ returned non-int (type ${typeName(r)})`);
  return n;
}

/** An index-sized JS number from an int-like, or a TypeError "'X' object cannot be interpreted as an integer". */
export function toSize(x: PyObject): number {
  const v = asIndex(x);
  if (v === null) throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  if (typeof v === "bigint") throw overflowError("Python int too large to convert to C ssize_t");
  return v;
}

// ---- id ----

const ids = new WeakMap<object, number>();
const primIds = new Map<unknown, number>();
let nextId = 0x7f3a5c000010;

/** id(x): stable for the object's life; distinct objects alive at once get distinct ids. */
export function idOf(x: PyObject): number {
  if (typeof x === "object") {
    let v = ids.get(x);
    if (v === undefined) {
      v = nextId;
      nextId += 48;
      ids.set(x, v);
    }
    return v;
  }
  const key = typeof x === "number" ? x : typeof x === "boolean" ? (x ? "T" : "F") : typeof x === "bigint" ? x : "s" + x;
  let v = primIds.get(key);
  if (v === undefined) {
    v = nextId;
    nextId += 48;
    primIds.set(key, v);
  }
  return v;
}

// ---- hash ----

const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** CPython 3.11's tuple hash (Objects/tupleobject.c tuplehash, an xxHash variant) over item hashes. */
export function tupleHashOf(hashes: Int[]): Int {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(hashes.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}

/** hash(x) without Python, or undefined (user __hash__, or containers holding such values). */
export function hashFast(x: PyObject): Int | undefined {
  switch (typeof x) {
    case "number":
    case "bigint":
      return intHash(x);
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return strHash(x);
  }
  const t = x.type;
  if (t.flags & TypeFlag.Unhashable) throw typeError(`unhashable type: '${t.name}'`);
  if (t.flags & TypeFlag.UserHash) return undefined;
  if (x instanceof PyFloat) return x.value !== x.value ? idOf(x) >> 4 : floatHash(x.value);
  if (x instanceof PyTuple) {
    if (x.hash !== undefined) return x.hash;
    const hs: Int[] = new Array(x.items.length);
    for (let i = 0; i < hs.length; i++) {
      const h = hashFast(x.items[i]);
      if (h === undefined) return undefined;
      hs[i] = h;
    }
    return (x.hash = tupleHashOf(hs) as number);
  }
  if (x instanceof PyIntSub) return intHash(x.value);
  if (x instanceof PyStrSub) return strHash(x.value);
  if (x instanceof PyBytes) return bytesHash(x.data);
  if (x instanceof PySet && frozenHash !== null) return frozenHash(x);
  if (x instanceof PyComplex) return complexHash(x);
  const h = t.lookup("__hash__");
  if (h === None) throw typeError(`unhashable type: '${t.name}'`);
  if (h instanceof PyMethodDescr && !h.isGen && h !== objectType.dict.get("__hash__")) return h.fn([x], null) as Int;
  return idHash(x);
}

function complexHash(c: PyComplex): Int {
  const P = 2n ** 61n - 1n;
  const hr = BigInt(floatHash(c.real));
  const hi = BigInt(floatHash(c.imag));
  let r = BigInt.asIntN(64, hr + 1000003n * hi);
  if (r === -1n) r = -2n;
  void P;
  return normBig(r);
}

/** object.__hash__: derived from the id, as CPython derives it from the address. */
export function idHash(x: PyObject): Int {
  return Math.floor(idOf(x) / 16);
}

/** hash() of a frozenset; installed by types/set.ts. */
export let frozenHash: ((s: PySet) => Int | undefined) | null = null;
export function setFrozenHash(f: (s: PySet) => Int | undefined): void {
  frozenHash = f;
}

export function* hashGen(x: PyObject): Gen<Int> {
  const h = hashFast(x);
  if (h !== undefined) return h;
  if (x instanceof PyTuple) {
    const hs: Int[] = [];
    for (const it of x.items) hs.push(yield* hashGen(it));
    return tupleHashOf(hs);
  }
  const t = typeOf(x);
  const m = t.lookup("__hash__");
  if (m === undefined || m === None) throw typeError(`unhashable type: '${t.name}'`);
  const r = yield* callMethodGen(m, x, []);
  const n = asIndex(r);
  if (n === null || typeof r === "boolean" && false) throw typeError("__hash__ method should return an integer");
  // CPython (Objects/typeobject.c slot_tp_hash): a result that fits in Py_ssize_t is used as is; only
  // larger ints are reduced with the int hash.
  if (typeof n === "bigint") return n >= -(2n ** 63n) && n < 2n ** 63n ? n : intHash(n);
  return n === -1 ? -2 : n;
}

// ---- repr / str ----

/** Objects whose repr is being computed, for `[...]` / `{...}` on recursive containers. */
export const reprActive = new Set<PyObject>();

/** repr(x) without Python, or undefined. */
export function reprFast(x: PyObject): string | undefined {
  switch (typeof x) {
    case "string":
      return strRepr(x);
    case "number":
      return String(x);
    case "bigint":
      return intStr(x);
    case "boolean":
      return x ? "True" : "False";
  }
  if (x === None) return "None";
  const t = x.type;
  if (t.flags & TypeFlag.Heap) {
    const m = t.lookup("__repr__");
    if (!(m instanceof PyMethodDescr) || m.isGen) return undefined;
    return m.fn([x], null) as string;
  }
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (x instanceof PyList || x instanceof PyTuple) {
    const items = x.items;
    if (items.length === 0) return x instanceof PyList ? "[]" : "()";
    if (reprActive.has(x)) return x instanceof PyList ? "[...]" : "(...)";
    reprActive.add(x);
    try {
      let s = x instanceof PyList ? "[" : "(";
      for (let i = 0; i < items.length; i++) {
        const r = reprFast(items[i]);
        if (r === undefined) return undefined;
        s += i === 0 ? r : ", " + r;
      }
      return s + (x instanceof PyList ? "]" : items.length === 1 ? ",)" : ")");
    } finally {
      reprActive.delete(x);
    }
  }
  const m = t.lookup("__repr__");
  if (m instanceof PyMethodDescr && !m.isGen) return m.fn([x], null) as string;
  return undefined;
}

function intStr(x: Int): string {
  try {
    return intToString(x);
  } catch (e) {
    return rethrowAlgo(e);
  }
}

export function* reprGen(x: PyObject): Gen<string> {
  const s = reprFast(x);
  if (s !== undefined) return s;
  const m = typeOf(x).lookup("__repr__")!;
  const r = yield* callMethodGen(m, x, []);
  if (typeof r === "string") return r;
  if (r instanceof PyStrSub) return r.value;
  throw typeError(`__repr__ returned non-string (type ${typeName(r)})`);
}

/** str(x) without Python, or undefined. */
export function strFast(x: PyObject): string | undefined {
  switch (typeof x) {
    case "string":
      return x;
    case "number":
      return String(x);
    case "bigint":
      return intStr(x);
    case "boolean":
      return x ? "True" : "False";
  }
  const t = x.type;
  if (x instanceof PyFloat && t === floatType) return floatRepr(x.value);
  const m = t.lookup("__str__");
  if (m === objectType.dict.get("__str__")) return reprFast(x);
  if (m instanceof PyMethodDescr && !m.isGen) return m.fn([x], null) as string;
  return undefined;
}

export function* strGen(x: PyObject): Gen<string> {
  const s = strFast(x);
  if (s !== undefined) return s;
  const m = typeOf(x).lookup("__str__")!;
  if (m === objectType.dict.get("__str__")) return yield* reprGen(x);
  const r = yield* callMethodGen(m, x, []);
  if (typeof r === "string") return r;
  if (r instanceof PyStrSub) return r.value;
  throw typeError(`__str__ returned non-string (type ${typeName(r)})`);
}

/** The JS string of a str or str subclass, or null. */
export function asStr(x: PyObject): string | null {
  if (typeof x === "string") return x;
  if (x instanceof PyStrSub) return x.value;
  return null;
}

/** `<__main__.C object at 0x7f…>`: object.__repr__. */
export function defaultRepr(x: PyObject): string {
  const t = typeOf(x);
  const mod = t.module;
  const name = mod && mod !== "builtins" ? `${mod}.${t.qualname}` : t.qualname;
  return `<${name} object at 0x${idOf(x).toString(16).padStart(12, "0")}>`;
}

export { PyObj, PyModule, NotImplemented, Ellipsis, PyType };
