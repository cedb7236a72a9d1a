// object.ts — how Python values are represented in JavaScript: the PyObject union, the PyObj base class,
// type objects with their MRO and attribute lookup, and the singletons None, NotImplemented and Ellipsis.
//
// Representation (decided once; everything depends on it):
//   int   → a JS number when it is a safe integer (never -0), otherwise a JS bigint (never a safe value)
//   bool  → JS true / false (typeOf gives boolType; arithmetic treats them as 1 / 0)
//   str   → a JS string primitive (UTF-16 inside; Python indexes by code point, see str helpers)
//   float → PyFloat (boxed, so that 1 and 1.0 stay different objects of different types)
//   everything else → an instance of a PyObj subclass whose `type` field is its Python type.

export type PyObject = number | bigint | string | boolean | PyObj;

/** A Python keyword-argument map, in call order. Null-prototype safety: a Map, never `{}`. */
export type KwArgs = Map<string, PyObject>;

export abstract class PyObj {
  /** The Python type (for instances of user subclasses of builtins, the subclass). */
  type: PyType;
  constructor(type: PyType) {
    this.type = type;
  }
}

/**
 * A builtin's allocation-free path for a call without keywords: the positional arguments are
 * `stack[base .. base + n - 1]`; the result, or undefined for "make the general call" (fast-calls.ts).
 */
export type FastCall = (stack: PyObject[], base: number, n: number) => PyObject | undefined;

/** Attribute storage of types and plain instances: a Map keeps names like `__proto__` ordinary. */
export type AttrMap = Map<string, PyObject>;

// Type flags: computed when a type is made and refreshed when a class attribute is set.
export const enum TypeFlag {
  None = 0,
  /** Instances have a __dict__. */
  HasDict = 1 << 0,
  /** The type or a base defines __eq__ in Python (dict/set must call it). */
  UserEq = 1 << 1,
  /** The type or a base defines __hash__ in Python. */
  UserHash = 1 << 2,
  /** __getattribute__ or __getattr__ overridden in Python. */
  UserGetattr = 1 << 3,
  /** __setattr__ / __delattr__ overridden in Python. */
  UserSetattr = 1 << 4,
  /** A heap type made by a class statement or type(); its attributes may be set. */
  Heap = 1 << 5,
  /** Instances are unhashable (__hash__ = None). */
  Unhashable = 1 << 6,
  /** Subclass of BaseException. */
  Exception = 1 << 7,
  /** The type may be subclassed. */
  BaseType = 1 << 8,
}

/** PyType.lookup's cache entry for "not on the MRO" (never a Python value). */
const ABSENT = Object.freeze({ type: null }) as unknown as PyObject;

export class PyType extends PyObj {
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  /** The type's own namespace (its __dict__). */
  dict: AttrMap;
  flags: number;
  /** Nearest builtin ancestor whose JS class makes the instances (object → PyInstance, list → PyList …). */
  solidBase: PyType | null;
  /**
   * Makes a bare instance for `cls` (a subtype of this type). Set on builtin types whose instances are a
   * special JS class; user classes inherit it from their solid base.
   */
  newInstance: ((cls: PyType) => PyObj) | null;
  /** __slots__ names when the class declared them (no __dict__ then unless '__dict__' is listed). */
  slots: string[] | null;
  /** Bumped whenever this type's or a base's namespace changes; caches compare it. */
  version: number;
  /** Direct subclasses, for version invalidation (weakness does not matter for teaching programs). */
  subclasses: PyType[];
  /** Per-type cache of MRO lookups, cleared on version change. */
  lookupCache: Map<string, PyObject>;
  /** How PyInstance lays out instances of this type (object.ts instanceLayout); null until first needed. */
  layout: InstanceLayout | null;
  /** `T(x)` without allocation for a few builtin types (str, int, float, range: fast-calls.ts); never inherited. */
  fast: FastCall | null;
  /** ops-call.ts plainInit's answer for this type, valid while `version` equals `initVersion`. */
  initFn: PyObject | null;
  initVersion: number;
  /** The metatype; most types have `typeType`. Set via `type` field of PyObj. */
  constructor(name: string, bases: PyType[], dict: AttrMap, metatype: PyType | null, flags: number) {
    // typeType is made before itself exists; fixed up in bootstrap below
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.bases = bases;
    this.mro = [];
    this.dict = dict;
    this.flags = flags;
    this.solidBase = null;
    this.newInstance = null;
    this.slots = null;
    this.version = 0;
    this.subclasses = [];
    this.lookupCache = new Map();
    this.layout = null;
    this.fast = null;
    this.initFn = null;
    this.initVersion = -1;
    for (const b of bases) b.subclasses.push(this);
  }

  /** Looks `name` up along the MRO (no descriptors applied), or undefined. */
  lookup(name: string): PyObject | undefined {
    const cache = this.lookupCache;
    let v = cache.get(name);
    // a name found nowhere is cached as ABSENT: instance attributes are such names, one Map probe each
    if (v !== undefined) return v === ABSENT ? undefined : v;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      v = mro[i].dict.get(name);
      if (v !== undefined) break;
    }
    cache.set(name, v === undefined ? ABSENT : v);
    return v;
  }

  /** Call after changing `dict` of this type: invalidates caches here and in all subclasses. */
  changed(): void {
    this.version++;
    this.lookupCache.clear();
    for (const s of this.subclasses) s.changed();
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * The values of an instance's __slots__ members: one array entry per slot name of its class (the names
 * array is shared by all instances of the class), so making an instance allocates no Map. It answers the
 * Map methods the attribute code uses (get/set/delete by slot name); a name outside the layout (a member
 * descriptor of another class applied through __set__) goes to a Map made on first use.
 */
export class PySlotValues {
  readonly names: readonly string[];
  readonly vals: (PyObject | undefined)[];
  extra: Map<string, PyObject> | null;
  constructor(names: readonly string[]) {
    this.names = names;
    const n = names.length;
    // array literals for the usual few slots: packed from the start, no loop
    let vals: (PyObject | undefined)[];
    if (n === 2) vals = [undefined, undefined];
    else if (n === 1) vals = [undefined];
    else if (n === 3) vals = [undefined, undefined, undefined];
    else {
      vals = [];
      for (let i = 0; i < n; i++) vals.push(undefined);
    }
    this.vals = vals;
    this.extra = null;
  }
  get(name: string): PyObject | undefined {
    const names = this.names;
    for (let i = 0; i < names.length; i++) if (names[i] === name) return this.vals[i];
    return this.extra === null ? undefined : this.extra.get(name);
  }
  set(name: string, v: PyObject): this {
    const names = this.names;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === name) {
        this.vals[i] = v;
        return this;
      }
    }
    (this.extra ??= new Map()).set(name, v);
    return this;
  }
  delete(name: string): boolean {
    const names = this.names;
    for (let i = 0; i < names.length; i++) {
      if (names[i] === name) {
        const had = this.vals[i] !== undefined;
        this.vals[i] = undefined;
        return had;
      }
    }
    return this.extra === null ? false : this.extra.delete(name);
  }
}

/**
 * What every plain instance of a class gets: whether it has a __dict__ and its slot names (null: no
 * slots). Computed from `PyType.slots` on first use and again if `slots` is replaced.
 */
class InstanceLayout {
  constructor(
    readonly slotsFrom: string[] | null,
    readonly hasDict: boolean,
    readonly slotNames: string[] | null,
  ) {}
}

function instanceLayout(type: PyType): InstanceLayout {
  const slots = type.slots;
  let l = type.layout;
  if (l === null || l.slotsFrom !== slots) {
    l = slots === null
      ? new InstanceLayout(null, true, null)
      : new InstanceLayout(slots, slots.includes("__dict__"), slots.filter((s) => s !== "__dict__"));
    type.layout = l;
  }
  return l;
}

/** A plain instance of a user class (or of `object`): attributes in a Map-backed __dict__. */
export class PyInstance {
  /** Same shape as PyObj without extending it (see PyFloat): instances are made in hot loops. */
  type: PyType;
  /** Instance attributes; null for classes with __slots__ and no __dict__. */
  dict: AttrMap | null;
  /** Values of __slots__ members, by slot name; null for classes without __slots__. */
  slotValues: PySlotValues | null;
  constructor(type: PyType) {
    this.type = type;
    let l = type.layout;
    if (l === null || l.slotsFrom !== type.slots) l = instanceLayout(type);
    this.dict = l.hasDict ? new Map() : null;
    this.slotValues = l.slotNames === null ? null : new PySlotValues(l.slotNames);
  }
}

export class PyNoneType extends PyObj {}
export class PyNotImplementedType extends PyObj {}
export class PyEllipsisType extends PyObj {}

/**
 * Not a subclass of PyObj (it has the same shape, `type` first): floats are made by the million in numeric
 * loops, and a constructor with no super() chain is one call that V8 inlines even where its budget is spent.
 */
export class PyFloat {
  type: PyType;
  readonly value: number;
  constructor(value: number, type: PyType = floatType) {
    this.type = type;
    this.value = value;
  }
}

export class PyTuple {
  /** Same shape as PyObj without extending it (see PyFloat). */
  type: PyType;
  readonly items: PyObject[];
  /** Cached hash; undefined until computed. */
  hash: number | undefined;
  constructor(items: PyObject[], type: PyType = tupleType) {
    this.type = type;
    this.items = items;
    this.hash = undefined;
  }
}

export class PyList {
  /** Same shape as PyObj without extending it (see PyFloat). */
  type: PyType;
  items: PyObject[];
  /** Instance attributes for user subclasses of list; null for plain lists. */
  dict: AttrMap | null;
  constructor(items: PyObject[], type: PyType = listType) {
    this.type = type;
    this.items = items;
    this.dict = type === listType ? null : new Map();
  }
}

export class PyComplex extends PyObj {
  constructor(readonly real: number, readonly imag: number, type: PyType = complexType) {
    super(type);
  }
}

export class PyBytes extends PyObj {
  constructor(readonly data: Uint8Array, type: PyType = bytesType) {
    super(type);
  }
}

export class PyByteArray extends PyObj {
  /** Backing store; `length` is the used part. */
  data: Uint8Array;
  length: number;
  constructor(data: Uint8Array, type: PyType = byteArrayType) {
    super(type);
    this.data = data;
    this.length = data.length;
  }
}

export class PyModule extends PyObj {
  readonly dict: AttrMap;
  constructor(name: string, dict: AttrMap = new Map()) {
    super(moduleType);
    this.dict = dict;
    dict.set("__name__", name);
  }
  get name(): string {
    const n = this.dict.get("__name__");
    return typeof n === "string" ? n : "?";
  }
}

export class PyCell extends PyObj {
  /** undefined: empty cell (the variable is unbound). */
  value: PyObject | undefined;
  constructor(value: PyObject | undefined) {
    super(cellType);
    this.value = value;
  }
}

// ---- the type objects of the core, created in dependency order ----

function bareType(name: string, flags: number): PyType {
  return new PyType(name, [], new Map(), null, flags);
}

export const objectType: PyType = bareType("object", TypeFlag.BaseType);
export const typeType: PyType = bareType("type", TypeFlag.BaseType | TypeFlag.HasDict);
objectType.type = typeType;
typeType.type = typeType;
typeType.bases = [objectType];
objectType.subclasses.push(typeType);
objectType.mro = [objectType];
typeType.mro = [typeType, objectType];

/**
 * Makes a builtin type. `flags` default to a subclassable type. The MRO of a single-base builtin is
 * its base's MRO with itself in front (multiple bases only happen for user classes; see class-builder).
 */
export function makeBuiltinType(name: string, base: PyType | null = objectType, flags: number = TypeFlag.BaseType): PyType {
  const bases = base === null ? [] : [base];
  const t = new PyType(name, bases, new Map(), typeType, flags | (base ? base.flags & TypeFlag.Exception : 0));
  t.mro = base === null ? [t] : [t, ...base.mro];
  t.solidBase = t;
  return t;
}

export const intType = makeBuiltinType("int");
export const boolType = makeBuiltinType("bool", intType, TypeFlag.None);
export const floatType = makeBuiltinType("float");
export const complexType = makeBuiltinType("complex");
export const strType = makeBuiltinType("str");
export const bytesType = makeBuiltinType("bytes");
export const byteArrayType = makeBuiltinType("bytearray");
export const tupleType = makeBuiltinType("tuple");
export const listType = makeBuiltinType("list");
export const noneType = makeBuiltinType("NoneType", objectType, TypeFlag.None);
export const notImplementedType = makeBuiltinType("NotImplementedType", objectType, TypeFlag.None);
export const ellipsisType = makeBuiltinType("ellipsis", objectType, TypeFlag.None);
export const moduleType = makeBuiltinType("module", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
export const cellType = makeBuiltinType("cell", objectType, TypeFlag.None);
objectType.solidBase = objectType;
typeType.solidBase = typeType;

export const None = new PyNoneType(noneType);
export const NotImplemented = new PyNotImplementedType(notImplementedType);
export const Ellipsis = new PyEllipsisType(ellipsisType);

objectType.newInstance = (cls) => new PyInstance(cls);
floatType.newInstance = (cls) => new PyFloat(0, cls);
tupleType.newInstance = (cls) => new PyTuple([], cls);
listType.newInstance = (cls) => new PyList([], cls);

/** The Python type of any value. Keep this tiny: it is on every generic path. */
export function typeOf(x: PyObject): PyType {
  switch (typeof x) {
    case "number":
    case "bigint":
      return intType;
    case "string":
      return strType;
    case "boolean":
      return boolType;
    default:
      return x.type;
  }
}

/** The Python type name used in error messages ('int', 'NoneType', 'MyClass'). */
export function typeName(x: PyObject): string {
  return typeOf(x).name;
}

export function isInstance(x: PyObject, t: PyType): boolean {
  return typeOf(x).isSubtypeOf(t);
}

// ---- small constructors used everywhere ----

export function newFloat(v: number): PyFloat {
  return new PyFloat(v);
}

export function newTuple(items: PyObject[]): PyTuple {
  return items.length === 0 ? emptyTuple : new PyTuple(items);
}

export const emptyTuple = new PyTuple([]);

export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

/** Normalizes an integer result: a safe integer becomes a number, anything larger stays a bigint. */
export function normInt(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

export function isInt(x: PyObject): x is number | bigint | boolean {
  const t = typeof x;
  return t === "number" || t === "bigint" || t === "boolean" || (t === "object" && (x as PyObj).type.isSubtypeOf(intType));
}

/** An instance of a user subclass of int (`class Port(int)`): the int value plus a __dict__. */
export class PyIntSub extends PyObj {
  constructor(readonly value: number | bigint, type: PyType, public dict: AttrMap | null = new Map()) {
    super(type);
  }
}

/** An instance of a user subclass of str. */
export class PyStrSub extends PyObj {
  constructor(readonly value: string, type: PyType, public dict: AttrMap | null = new Map()) {
    super(type);
  }
}

intType.newInstance = (cls) => new PyIntSub(0, cls);
strType.newInstance = (cls) => new PyStrSub("", cls);
