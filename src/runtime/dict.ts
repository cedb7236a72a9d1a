// dict.ts — dict and set storage: one JS Map per object, keyed by a normalized form of the Python key so
// that keys Python considers equal (1, 1.0, True) share an entry and insertion order is the Map's order.
//
// Normal forms: str → the string; int/bool/integral float → a JS number (bigint beyond 2**53); other float →
// its number; bytes and tuples of such values → a tagged string; objects hashed by identity → the object.
// Keys whose type defines __hash__/__eq__ in Python (or tuples holding them) are "generic": they live under a
// unique GenericKey, found through hash buckets and Python-level __eq__, and need the *Gen methods.
import {
  PyObj, PyObject, PyType, PyFloat, PyTuple, PyBytes, PyIntSub, PyStrSub, PyComplex, TypeFlag, makeBuiltinType,
  floatType, tupleType, bytesType, complexType, typeOf, typeName, AttrMap,
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
  if (x instanceof PyComplex && x.type === complexType) {
    const c = complexNorm(x);
    if (c === x) return null;
    return typeof c === "string" ? c.slice(TAG.length) : "n" + c;
  }
  const t = (x as PyObj).type;
  if (t.flags & (TypeFlag.UserEq | TypeFlag.UserHash | TypeFlag.Unhashable)) return null;
  return null; // other objects inside tuples take the generic path (identity needs an id)
}

function latin1(d: Uint8Array): string {
  let s = "";
  for (let i = 0; i < d.length; i++) s += String.fromCharCode(d[i]);
  return s;
}

/** A float's normal form: integral values as ints (so 1.0 meets 1), nan by identity. */
function floatNorm(v: number, k: PyObject): Norm {
  if (v !== v) return k;
  return Number.isInteger(v) && !Number.isSafeInteger(v) ? BigInt(v) : v;
}

/** complex: with a zero imaginary part it is the real number (1+0j == 1); else a tagged pair. */
function complexNorm(k: PyComplex): Norm {
  if (k.imag === 0) return floatNorm(k.real, k);
  if (k.real !== k.real || k.imag !== k.imag) return k;
  // String(-0) is "0": 0j and -0j are equal keys, as 0.0 and -0.0 are.
  return TAG + "c" + String(k.real) + "," + String(k.imag);
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
  if (k instanceof PyComplex) return complexNorm(k);
  if (k instanceof PySet) {
    if (k.type === setType || k.type.isSubtypeOf(setType)) unhashable(k);
    return NEEDS_PY;
  }
  return k; // identity
}

/** What PyDict and PySet share for lookups that cross between plain and generic keys. */
interface KeyStore {
  readonly map: Map<Norm, PyObject>;
  buckets: Map<number, GenericKey[]> | null;
}

/**
 * How many entries live under a GenericKey. The count rides on the buckets Map itself, so code that
 * copies or replaces `buckets` (copy(), set operations) needs to know nothing: a Map without it is counted.
 */
function genericCount(b: Map<number, GenericKey[]> & { ngen?: number }): number {
  if (b.ngen === undefined) {
    let n = 0;
    for (const g of b.values()) n += g.length;
    b.ngen = n;
  }
  return b.ngen;
}

/** hash() of a key that needs no Python: the hook's generator finishes without yielding for such keys. */
function plainHash(k: PyObject): number {
  return hooks!.hash(k).next().value as number;
}

/**
 * The entry norm equal to `key` (hash and ==, as CPython's lookdict), or undefined. `n` is normKey(key).
 * The common cases stay one Map probe: a plain key is only compared with generic entries when some exist,
 * and a generic key only scans plain entries (by hash) when some exist, e.g. Fraction(1, 2) against 0.5.
 */
function* findEntry(st: KeyStore, key: PyObject, n: Norm, keyOf: (n: Norm) => PyObject): Generator<any, Norm | undefined, any> {
  if (n !== NEEDS_PY) {
    if (st.map.has(n)) return n;
    if (st.buckets === null) return undefined;
    const b = st.buckets.get(plainHash(key));
    if (b !== undefined) {
      for (const g of b.slice()) if (yield* hooks!.eq(g.key, key)) return g;
    }
    return undefined;
  }
  const h = (yield* hooks!.hash(key)) as number;
  const b = st.buckets?.get(h);
  if (b !== undefined) {
    for (const g of b) if (g.key === key) return g;
    for (const g of b.slice()) if (yield* hooks!.eq(g.key, key)) return g;
  }
  if (st.map.size > (st.buckets === null ? 0 : genericCount(st.buckets))) {
    const same: Norm[] = [];
    for (const m of st.map.keys()) {
      if (!(m instanceof GenericKey) && plainHash(keyOf(m)) === h) same.push(m);
    }
    for (const m of same) if (st.map.has(m) && (yield* hooks!.eq(keyOf(m), key))) return m;
  }
  return undefined;
}

function addGeneric(st: KeyStore, key: PyObject, value: PyObject, h: number): void {
  const ng = new GenericKey(h, key);
  const bs = (st.buckets ??= new Map()) as Map<number, GenericKey[]> & { ngen?: number };
  const b = bs.get(h);
  if (b === undefined) bs.set(h, [ng]);
  else b.push(ng);
  if (bs.ngen !== undefined) bs.ngen++;
  st.map.set(ng, value);
}

/** Removes a GenericKey from the buckets (the caller removes the map entry). */
export function dropGeneric(st: KeyStore, g: GenericKey): void {
  const bs = st.buckets as (Map<number, GenericKey[]> & { ngen?: number }) | null;
  if (bs === null) return;
  const b = bs.get(g.hash);
  if (b === undefined) return;
  const i = b.indexOf(g);
  if (i < 0) return;
  b.splice(i, 1);
  if (b.length === 0) bs.delete(g.hash);
  if (bs.ngen !== undefined) bs.ngen--;
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

  /**
   * Lookup for keys that need no Python; callers must route NEEDS_PY keys to getGen, and a miss while
   * `buckets` is not null to getGen too (a generic key may equal this one).
   */
  getNorm(norm: Norm): PyObject | undefined {
    return this.map.get(norm);
  }

  setNorm(norm: Norm, key: PyObject, value: PyObject): void {
    const m = this.map;
    // str and int keys are their own norm: one Map operation, no has() probe
    if (norm !== key && !m.has(norm)) (this.keys ??= new Map()).set(norm, key);
    m.set(norm, value);
  }

  deleteNorm(norm: Norm): boolean {
    if (!this.map.delete(norm)) return false;
    if (this.keys !== null) this.keys.delete(norm);
    if (norm instanceof GenericKey) dropGeneric(this, norm);
    return true;
  }

  clear(): void {
    this.map.clear();
    this.keys = null;
    this.buckets = null;
  }

  /** Entry norm for `key` if present (found by hash and ==, running Python when needed), else undefined. */
  findNormGen(key: PyObject): Generator<any, Norm | undefined, any> {
    return findEntry(this, key, normKey(key), (n) => this.keyOf(n));
  }

  *getGen(key: PyObject): NativeGen | Generator<any, PyObject | undefined, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY) {
      const v = this.map.get(n);
      if (v !== undefined || this.buckets === null) return v;
    }
    const e = yield* findEntry(this, key, n, (x) => this.keyOf(x));
    return e === undefined ? undefined : this.map.get(e);
  }

  *setGen(key: PyObject, value: PyObject): Generator<any, void, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY && (this.buckets === null || this.map.has(n))) return this.setNorm(n, key, value);
    const e = yield* findEntry(this, key, n, (x) => this.keyOf(x));
    if (e !== undefined) {
      this.map.set(e, value); // the first key stays, as in CPython
      return;
    }
    if (n !== NEEDS_PY) return this.setNorm(n, key, value);
    addGeneric(this, key, value, (yield* hooks!.hash(key)) as number);
  }

  *deleteGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY && this.buckets === null) return this.deleteNorm(n);
    const e = yield* findEntry(this, key, n, (x) => this.keyOf(x));
    return e === undefined ? false : this.deleteNorm(e);
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

  private readonly keyOf = (n: Norm): PyObject => this.map.get(n)!;

  /** Entry norm for `key` if present, else undefined. */
  findNormGen(key: PyObject): Generator<any, Norm | undefined, any> {
    return findEntry(this, key, normKey(key), this.keyOf);
  }

  *hasGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY && (this.buckets === null || this.map.has(n))) return this.map.has(n);
    return (yield* findEntry(this, key, n, this.keyOf)) !== undefined;
  }

  *addGen(key: PyObject): Generator<any, void, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY && (this.buckets === null || this.map.has(n))) {
      if (!this.map.has(n)) this.map.set(n, key);
      return;
    }
    if ((yield* findEntry(this, key, n, this.keyOf)) !== undefined) return;
    if (n !== NEEDS_PY) this.map.set(n, key);
    else addGeneric(this, key, key, (yield* hooks!.hash(key)) as number);
  }

  *discardGen(key: PyObject): Generator<any, boolean, any> {
    const n = normKey(key);
    if (n !== NEEDS_PY && this.buckets === null) return this.map.delete(n);
    const e = yield* findEntry(this, key, n, this.keyOf);
    if (e === undefined) return false;
    this.map.delete(e);
    if (e instanceof GenericKey) dropGeneric(this, e);
    return true;
  }
}

/** Python type of a value, re-exported for callers that only import dict.ts. */
export { typeOf };
