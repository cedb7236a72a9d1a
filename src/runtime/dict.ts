// dict.ts — dict and set storage: one JS Map per object, keyed by a normalized form of the Python key so
// that keys Python considers equal (1, 1.0, True) share an entry and insertion order is the Map's order.
//
// Normal forms: str → the string; int/bool/integral float → a JS number (bigint beyond 2**53); other float →
// its number; bytes and tuples of such values → a tagged string; objects hashed by identity → the object.
// Keys whose type defines __hash__/__eq__ in Python (or tuples holding them) are "generic": they live under a
// unique GenericKey, found through hash buckets and Python-level __eq__, and need the *Gen methods.
import {
  PyObj, PyObject, PyType, PyFloat, PyTuple, PyBytes, PyIntSub, PyStrSub, TypeFlag, makeBuiltinType,
  floatType, tupleType, bytesType, typeOf, typeName, AttrMap,
} from "./object.js";
import { typeError } from "./exceptions.js";
import type { NativeGen } from "./protocol.js";

export const dictType = makeBuiltinType("dict", undefined, TypeFlag.BaseType);
export const setType = makeBuiltinType("set");
export const frozensetType = makeBuiltinType("frozenset");
dictType.newInstance = (cls) => new PyDict(new Map(), cls);
setType.newInstance = (cls) => new PySet(new Map(), cls);
frozensetType.newInstance = (cls) => new PySet(new Map(), cls);

/** The entry key of a generic (Python-hashed) key; unique per entry. */
export class GenericKey {
  constructor(readonly hash: number, readonly key: PyObject) {}
}

/** Returned by normKey when the key's hash/equality is defined in Python. */
export const NEEDS_PY: unique symbol = Symbol("needs-python");
export type Norm = unknown;

// A prefix no ordinary text uses (a reversed surrogate pair) keeps tuple/bytes encodings apart from str keys.
const TAG = "\uDFFF\uD800";

/**
 * Python-level hashing and equality for generic keys, installed by ops.ts at start-up (dict.ts must not
 * import ops.ts: ops needs dicts).
 */
export interface KeyHooks {
  hash(key: PyObject): NativeGen;       // returns a Python int (number) hash
  eq(a: PyObject, b: PyObject): NativeGen; // returns a JS boolean (the truth of a == b)
}
let hooks: KeyHooks | null = null;
export function setKeyHooks(h: KeyHooks): void {
  hooks = h;
}

function unhashable(k: PyObject): never {
  throw typeError(`unhashable type: '${typeName(k)}'`);
}

function encodeTupleItem(x: PyObject): string | null {
  switch (typeof x) {
    case "string":
      return "s" + x.length + ":" + x;
    case "number":
      return "n" + x;
    case "bigint":
      return "n" + x;
    case "boolean":
      return x ? "n1" : "n0";
  }
  if (x instanceof PyFloat && x.type === floatType) {
    const v = x.value;
    if (v !== v) return null; // nan: identity semantics, not encodable
    return "n" + (Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v);
  }
  if (x instanceof PyTuple && x.type === tupleType) {
    let s = "t" + x.items.length + "(";
    for (const it of x.items) {
      const e = encodeTupleItem(it);
      if (e === null) return null;
      s += e;
    }
    return s + ")";
  }
  if (x instanceof PyBytes && x.type === bytesType) return "y" + x.data.length + ":" + latin1(x.data);
  const t = (x as PyObj).type;
  if (t.flags & (TypeFlag.UserEq | TypeFlag.UserHash | TypeFlag.Unhashable)) return null;
  return null; // other objects inside tuples take the generic path (identity needs an id)
}

function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

/** The normal form of a key, NEEDS_PY for generic keys; throws TypeError for unhashable keys. */
export function normKey(k: PyObject): Norm {
  switch (typeof k) {
    case "string":
    case "number":
    case "bigint":
      return k;
    case "boolean":
      return k ? 1 : 0;
  }
  const t = k.type;
  if (k instanceof PyFloat) {
    if (t !== floatType && t.flags & (TypeFlag.UserEq | TypeFlag.UserHash)) return NEEDS_PY;
    const v = k.value;
    if (v !== v) return k;
    return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v;
  }
  if (t.flags & TypeFlag.Unhashable) unhashable(k);
  if (t.flags & (TypeFlag.UserEq | TypeFlag.UserHash)) return NEEDS_PY;
  if (k instanceof PyTuple) {
    const e = encodeTupleItem(k);
    if (e !== null) return TAG + e;
    for (const it of k.items) normKey(it); // raises for unhashable members, as hash(tuple) does
    return NEEDS_PY;
  }
  if (k instanceof PyBytes) return TAG + "y" + latin1(k.data);
  if (k instanceof PyIntSub) return k.value;
  if (k instanceof PyStrSub) return k.value;
  if (k instanceof PySet) {
    if (k.type === setType || k.type.isSubtypeOf(setType)) unhashable(k);
    return NEEDS_PY;
  }
  return k; // identity
}

/** A dict: norm → value, with the original key objects kept where they differ from their norm. */
export class PyDict extends PyObj {
  readonly map: Map<Norm, PyObject>;
  /** Original keys for entries whose norm is not the key itself (floats, bools, tuples, generic keys). */
  keys: Map<Norm, PyObject> | null;
  /** Generic keys by Python hash. */
  buckets: Map<number, GenericKey[]> | null;
  /** Instance attributes of user subclasses of dict (defaultdict.default_factory); null for plain dicts. */
  dict: AttrMap | null;
  constructor(map: Map<Norm, PyObject> = new Map(), type: PyType = dictType) {
    super(type);
    this.map = map;
    this.keys = null;
    this.buckets = null;
    this.dict = type === dictType ? null : new Map();
  }

  static fromAttrs(attrs: AttrMap): PyDict {
    return new PyDict(attrs as Map<Norm, PyObject>);
  }

  get size(): number {
    return this.map.size;
  }

  /** The original key of the entry stored under `norm`. */
  keyOf(norm: Norm): PyObject {
    if (this.keys !== null) {
      const k = this.keys.get(norm);
      if (k !== undefined) return k;
    }
    if (norm instanceof GenericKey) return norm.key;
    return norm as PyObject;
  }

  /** Lookup for keys that need no Python; callers must route NEEDS_PY keys to getGen. */
  getNorm(norm: Norm): PyObject | undefined {
    return this.map.get(norm);
  }

  setNorm(norm: Norm, key: PyObject, value: PyObject): void {
    const m = this.map;
    if (!m.has(norm) && norm !== key) (this.keys ??= new Map()).set(norm, key);
    m.set(norm, value);
  }

  deleteNorm(norm: Norm): boolean {
    if (!this.map.delete(norm)) return false;
    if (this.keys !== null) this.keys.delete(norm);
    if (norm instanceof GenericKey && this.buckets !== null) {
      const b = this.buckets.get(norm.hash)!;
      b.splice(b.indexOf(norm), 1);
      if (b.length === 0) this.buckets.delete(norm.hash);
    }
    return true;
  }

  clear(): void {
    this.map.clear();
    this.keys = null;
    this.buckets = null;
  }

  /** Finds the GenericKey equal to `key`, running Python __hash__/__eq__; returns [hash, entry or null]. */
  *findGeneric(key: PyObject): Generator<any, [number, GenericKey | null], any> {
    const h = (yield* hooks!.hash(key)) as number;
    const b = this.buckets?.get(h);
    if (b !== undefined) {
      for (const g of b) {
        if (g.key === key) return [h, g];
      }
      for (const g of b.slice()) {
        if (yield* hooks!.eq(g.key, key)) return [h, g];
      }
    }
    return [h, null];
  }

  *getGen(key: PyObject): NativeGen | Generator<any, PyObject | undefined, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.map.get(n);
    const [, g] = yield* this.findGeneric(key);
    return g === null ? undefined : this.map.get(g);
  }

  *setGen(key: PyObject, value: PyObject): Generator<any, void, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.setNorm(n, key, value);
    const [h, g] = yield* this.findGeneric(key);
    if (g !== null) {
      this.map.set(g, value);
      return;
    }
    const ng = new GenericKey(h, key);
    this.buckets ??= new Map();
    const b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, [ng]);
    else b.push(ng);
    this.map.set(ng, value);
  }

  *deleteGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.deleteNorm(n);
    const [, g] = yield* this.findGeneric(key);
    return g === null ? false : this.deleteNorm(g);
  }

  /** Entry norm for `key` if present (generic keys resolved), else undefined. */
  *findNormGen(key: PyObject): Generator<any, Norm | undefined, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.map.has(n) ? n : undefined;
    const [, g] = yield* this.findGeneric(key);
    return g === null ? undefined : g;
  }
}

/** set and frozenset: norm → original key. */
export class PySet extends PyObj {
  readonly map: Map<Norm, PyObject>;
  buckets: Map<number, GenericKey[]> | null;
  /** Cached hash of a frozenset. */
  hash: number | undefined;
  constructor(map: Map<Norm, PyObject> = new Map(), type: PyType = setType) {
    super(type);
    this.map = map;
    this.buckets = null;
    this.hash = undefined;
  }

  get size(): number {
    return this.map.size;
  }

  *findGeneric(key: PyObject): Generator<any, [number, GenericKey | null], any> {
    return yield* PyDict.prototype.findGeneric.call(this as unknown as PyDict, key);
  }

  *hasGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.map.has(n);
    const [, g] = yield* this.findGeneric(key);
    return g !== null;
  }

  *addGen(key: PyObject): Generator<any, void, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) {
      if (!this.map.has(n)) this.map.set(n, key);
      return;
    }
    const [h, g] = yield* this.findGeneric(key);
    if (g !== null) return;
    const ng = new GenericKey(h, key);
    this.buckets ??= new Map();
    const b = this.buckets.get(h);
    if (b === undefined) this.buckets.set(h, [ng]);
    else b.push(ng);
    this.map.set(ng, key);
  }

  *discardGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) return this.map.delete(n);
    const [, g] = yield* this.findGeneric(key);
    if (g === null) return false;
    this.map.delete(g);
    const b = this.buckets!.get(g.hash)!;
    b.splice(b.indexOf(g), 1);
    return true;
  }
}

/** Python type of a value, re-exported for callers that only import dict.ts. */
export { typeOf };
