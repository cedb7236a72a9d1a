// ops-item.ts — subscripting: obj[key], obj[key] = v, del obj[key] for builtin sequences and mappings
// (plain paths) and through __getitem__/__setitem__/__delitem__/__class_getitem__/__missing__ (resumable).
import {
  PyObject, PyType, PyList, PyTuple, PyStrSub, PyIntSub, None, TypeFlag, typeOf, typeName, newTuple, listType, tupleType,
} from "./object.js";
import { PyDict, dictType, normKey, NEEDS_PY } from "./dict.js";
import { typeError, indexError, keyError, valueError } from "./exceptions.js";
import { callMethodGen, callGen, type Gen } from "./ops-call.js";
import { asIndex, indexGen } from "./ops-object.js";
import { PySlice, sliceIndices } from "./types/slice.js";
import { PyRange, rangeItem } from "./types/range.js";
import { cpLen, cpAt, cpSlice, isBmp, cpArray } from "./str-utils.js";
import { toArrayGen } from "./ops-iter.js";
import type { NativeGen, NativeFn } from "./protocol.js";
import { PyMethodDescr } from "./builtin-function.js";

function seqIndex(key: PyObject, len: number, what: string): number {
  const v = asIndex(key);
  if (v === null) throw typeError(`${what} indices must be integers or slices, not ${typeName(key)}`);
  let i = typeof v === "bigint" ? (v < 0n ? -Infinity : Infinity) : v;
  if (i < 0) i += len;
  return i;
}

/** Items of a list/tuple selected by a slice. */
export function sliceItems(items: PyObject[], s: PySlice): PyObject[] {
  const [start, , step, n] = sliceIndices(s, items.length);
  if (step === 1) return items.slice(start, start + n);
  const out: PyObject[] = new Array(n);
  for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
  return out;
}

export function listGetItem(l: PyList, key: PyObject): PyObject {
  if (typeof key === "number") {
    const items = l.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw indexError("list index out of range");
  }
  if (key instanceof PySlice) return new PyList(sliceItems(l.items, key));
  const i = seqIndex(key, l.items.length, "list");
  if (i >= 0 && i < l.items.length) return l.items[i];
  throw indexError("list index out of range");
}

export function tupleGetItem(t: PyTuple, key: PyObject): PyObject {
  if (typeof key === "number") {
    const items = t.items;
    const i = key < 0 ? key + items.length : key;
    if (i >= 0 && i < items.length) return items[i];
    throw indexError("tuple index out of range");
  }
  if (key instanceof PySlice) return newTuple(sliceItems(t.items, key));
  const i = seqIndex(key, t.items.length, "tuple");
  if (i >= 0 && i < t.items.length) return t.items[i];
  throw indexError("tuple index out of range");
}

export function strGetItem(s: string, key: PyObject): string {
  if (key instanceof PySlice) {
    const bmp = isBmp(s);
    const len = bmp ? s.length : cpLen(s);
    const [start, , step, n] = sliceIndices(key, len);
    if (step === 1) return bmp ? s.slice(start, start + n) : cpSlice(s, start, start + n);
    const chars = bmp ? null : cpArray(s);
    let out = "";
    for (let i = 0, j = start; i < n; i++, j += step) out += chars === null ? s[j] : chars[j];
    return out;
  }
  const v = asIndex(key);
  if (v === null) throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  const len = cpLen(s);
  let i = typeof v === "bigint" ? -1 : v;
  if (i < 0 && typeof v === "number") i += len;
  if (i < 0 || i >= len) throw indexError("string index out of range");
  return cpAt(s, i);
}

/** obj[key] without Python, or undefined. */
export function getItemFast(obj: PyObject, key: PyObject): PyObject | undefined {
  if (typeof key === "object" && !(key instanceof PyIntSub) && !(obj instanceof PyDict)) {
    if (!(key instanceof PySlice)) return undefined;
    if (typeof key.start === "object" && key.start !== None || typeof key.stop === "object" && key.stop !== None || typeof key.step === "object" && key.step !== None) return undefined;
  }
  if (typeof obj === "string") return strGetItem(obj, key);
  if (typeof obj !== "object") return undefined;
  const t = obj.type;
  if (obj instanceof PyList && t === listType) return listGetItem(obj, key);
  if (obj instanceof PyTuple && t === tupleType) return tupleGetItem(obj, key);
  if (obj instanceof PyDict && t === dictType) {
    const n = normKey(key);
    if (n === NEEDS_PY) return undefined;
    const v = obj.map.get(n);
    if (v === undefined) {
      if (obj.buckets !== null) return undefined; // a generic key (Fraction(2) for 2) may be equal
      throw keyError(key);
    }
    return v;
  }
  if (obj instanceof PyRange) return rangeItem(obj, key);
  if (!(t.flags & TypeFlag.Heap)) {
    const m = t.lookup("__getitem__");
    if (m instanceof PyMethodDescr && !m.isGen) return (m.fn as NativeFn)([obj, key], null);
  }
  return undefined;
}

/** A key object with __index__ used on a builtin sequence becomes its int (CPython's PyNumber_AsSsize_t). */
function* seqKeyGen(obj: PyObject, key: PyObject): Gen<PyObject> {
  if (key instanceof PySlice) {
    const part = function* (x: PyObject): Gen<PyObject> {
      if (typeof x !== "object" || x === None || x instanceof PyIntSub) return x;
      const i = yield* indexGen(x);
      return i === null ? x : i;
    };
    if (typeof key.start !== "object" && typeof key.stop !== "object" && typeof key.step !== "object") return key;
    return new PySlice(yield* part(key.start), yield* part(key.stop), yield* part(key.step));
  }
  if (typeof key !== "object" || key instanceof PyIntSub) return key;
  if (!(typeof obj === "string" || obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyStrSub || obj instanceof PyRange)) return key;
  const i = yield* indexGen(key);
  return i === null ? key : i;
}

export function* getItemGen(obj: PyObject, key: PyObject): NativeGen {
  if (typeof key === "object") key = yield* seqKeyGen(obj, key);
  const f = getItemFast(obj, key);
  if (f !== undefined) return f;
  if (obj instanceof PyDict) {
    const v = yield* obj.getGen(key);
    if (v !== undefined) return v;
    if (obj.type !== dictType) {
      const miss = obj.type.lookup("__missing__");
      if (miss !== undefined) return yield* callMethodGen(miss, obj, [key]);
    }
    throw keyError(key);
  }
  const t = typeOf(obj);
  const m = t.lookup("__getitem__");
  if (m !== undefined && m !== None) return yield* callMethodGen(m, obj, [key]);
  if (obj instanceof PyType) {
    const cg = obj.lookup("__class_getitem__");
    if (cg !== undefined) {
      const fn = cg instanceof PyObjectWithFunc ? cg.func : cg;
      return yield* callGen(fn, [obj, key]);
    }
    throw typeError(`type '${obj.name}' is not subscriptable`);
  }
  throw typeError(`'${typeName(obj)}' object is not subscriptable`);
}

// __class_getitem__ is an implicit classmethod; the class-builder stores it wrapped in a PyClassMethod.
import { PyClassMethod as PyObjectWithFunc } from "./types/descriptors.js";

// ---- assignment ----

/** Replaces items[start:stop:step] of a list with `values`. */
export function listAssignSlice(l: PyList, s: PySlice, values: PyObject[]): void {
  const items = l.items;
  const [start, stop, step, n] = sliceIndices(s, items.length);
  if (step === 1) {
    const end = Math.max(start, stop);
    items.splice(start, end - start, ...values);
    return;
  }
  if (values.length !== n) {
    throw valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${n}`);
  }
  for (let i = 0, j = start; i < n; i++, j += step) items[j] = values[i];
}

export function listDelSlice(l: PyList, s: PySlice): void {
  const items = l.items;
  const [start, , step, n] = sliceIndices(s, items.length);
  if (n === 0) return;
  if (step === 1) {
    items.splice(start, n);
    return;
  }
  const drop = new Set<number>();
  for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
  l.items = items.filter((_, i) => !drop.has(i));
}

function listSetIndex(l: PyList, key: PyObject, value: PyObject | undefined): void {
  const i = seqIndex(key, l.items.length, "list");
  if (!(i >= 0 && i < l.items.length)) throw indexError("list assignment index out of range");
  if (value === undefined) l.items.splice(i, 1);
  else l.items[i] = value;
}

/** obj[key] = value (value undefined: del obj[key]) without Python; false = use setItemGen. */
export function setItemFast(obj: PyObject, key: PyObject, value: PyObject | undefined): boolean {
  if (typeof obj !== "object") return false;
  if (typeof key === "object" && !(key instanceof PySlice) && !(key instanceof PyIntSub) && !(obj instanceof PyDict)) return false;
  const t = obj.type;
  if (obj instanceof PyList && t === listType) {
    if (typeof key === "number" && value !== undefined) {
      const items = obj.items;
      const i = key < 0 ? key + items.length : key;
      if (i >= 0 && i < items.length) {
        items[i] = value;
        return true;
      }
      throw indexError("list assignment index out of range");
    }
    if (key instanceof PySlice) {
      if (value === undefined) {
        listDelSlice(obj, key);
        return true;
      }
      if (value instanceof PyList || value instanceof PyTuple) {
        listAssignSlice(obj, key, value.items.slice());
        return true;
      }
      return false;
    }
    listSetIndex(obj, key, value);
    return true;
  }
  if (obj instanceof PyDict && t === dictType) {
    const n = normKey(key);
    if (n === NEEDS_PY || obj.buckets !== null) return false;
    if (value === undefined) {
      if (!obj.deleteNorm(n)) throw keyError(key);
    } else obj.setNorm(n, key, value);
    return true;
  }
  return false;
}

export function* setItemGen(obj: PyObject, key: PyObject, value: PyObject | undefined): Gen<void> {
  if (typeof key === "object") key = yield* seqKeyGen(obj, key);
  if (setItemFast(obj, key, value)) return;
  const t = typeOf(obj);
  const name = value === undefined ? "__delitem__" : "__setitem__";
  const m = t.lookup(name);
  if (m !== undefined && m !== None) {
    yield* callMethodGen(m, obj, value === undefined ? [key] : [key, value]);
    return;
  }
  if (t.lookup("__getitem__") !== undefined || obj instanceof PyStrSub) {
    throw typeError(value === undefined
      ? `'${t.name}' object doesn't support item deletion`
      : `'${t.name}' object does not support item assignment`);
  }
  throw typeError(value === undefined
    ? `'${t.name}' object does not support item deletion`
    : `'${t.name}' object does not support item assignment`);
}

/** list.__setitem__ in full (slice assignment from any iterable). */
export function* listSetItemGen(l: PyList, key: PyObject, value: PyObject | undefined): Gen<void> {
  if (key instanceof PySlice) {
    if (value === undefined) return listDelSlice(l, key);
    let vals: PyObject[];
    try {
      vals = value === l ? l.items.slice() : yield* toArrayGen(value);
    } catch (e) {
      if (typeof value !== "object" || typeOf(value).lookup("__iter__") === undefined) throw typeError("can only assign an iterable");
      throw e;
    }
    return listAssignSlice(l, key, vals);
  }
  listSetIndex(l, key, value);
}
