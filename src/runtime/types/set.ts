// set.ts (types) — the methods of set and frozenset: construction, add/discard/remove/pop/clear/copy,
// union/intersection/difference/symmetric_difference and their _update forms, subset tests, the
// operators | & - ^ and their in-place forms, comparisons, frozenset hash, and repr.
import {
  PyObject, PyType, PyList, KwArgs, None, NotImplemented, typeOf, typeName, newTuple,
} from "../object.js";
import { PySet, PyDict, setType, frozensetType, normKey, NEEDS_PY, GenericKey, dropGeneric } from "../dict.js";
import { PyBuiltin, defineMethods, defineGenMethods, defineClassMethods } from "../builtin-function.js";
import { typeError, keyError } from "../exceptions.js";
import { noKw } from "../arg-parse.js";
import { toArrayGen } from "../ops-iter.js";
import { reprItemsGen } from "../ops-repr.js";
import { hashGen, setFrozenHash, hashFast } from "../ops-object.js";
import { setAbstractNames, type Gen } from "../ops-call.js";
import { PySetIter } from "./iterators.js";
import { genericAlias } from "./generic-alias.js";
import { asStr } from "../ops-object.js";
import type { NativeGen } from "../protocol.js";
import * as I from "../int-ops.js";
import { setOrder, noteRemoval, noteClear } from "../set-order.js";

function S(x: PyObject): PySet {
  return x as PySet;
}

export function isSetLike(x: PyObject): x is PySet {
  return x instanceof PySet;
}

/** A new set/frozenset of `type` from items (hashing in Python when needed). */
export function* setFromIterableGen(items: PyObject[], type: PyType): Gen<PySet> {
  const s = new PySet(new Map(), type);
  yield* addAllGen(s, items);
  return s;
}

function* addAllGen(s: PySet, items: PyObject[]): Gen<void> {
  for (const x of items) {
    const n = normKey(x);
    if (n !== NEEDS_PY && s.buckets === null) {
      if (!s.map.has(n)) s.map.set(n, x);
    } else yield* s.addGen(x);
  }
}

function* itemsOf(x: PyObject): Gen<PyObject[]> {
  if (x instanceof PySet) return Array.from(x.map.values());
  return yield* toArrayGen(x);
}

function resultType(s: PySet): PyType {
  return typeOf(s).isSubtypeOf(frozensetType) ? frozensetType : setType;
}

/**
 * s OP other for sets: "|", "&", "-", "^" build a new set of s's base kind; "==", "<=", "<", ">=", ">"
 * compare. `anyIterable` accepts any iterable as `other` (the methods), else only sets (the operators).
 */
export function* setBinaryGen(s: PySet, other: PyObject, op: string, anyIterable: boolean): NativeGen {
  if (!anyIterable && !(other instanceof PySet)) return NotImplemented;
  const o = other instanceof PySet ? other : yield* setFromIterableGen(yield* toArrayGen(other), setType);
  switch (op) {
    case "|": {
      const r = new PySet(new Map(), resultType(s));
      yield* addAllGen(r, setOrder(s));
      yield* addAllGen(r, setOrder(o));
      return r;
    }
    case "&": {
      // CPython's set_intersection walks the smaller set in table order (Objects/setobject.c).
      const [small, big] = o.map.size > s.map.size ? [s, o] : [o, s];
      const r = new PySet(new Map(), resultType(s));
      for (const x of setOrder(small)) if (yield* big.hasGen(x)) yield* r.addGen(x);
      return r;
    }
    case "-": {
      const r = new PySet(new Map(), resultType(s));
      for (const x of setOrder(s)) if (!(yield* o.hasGen(x))) yield* r.addGen(x);
      return r;
    }
    case "^": {
      // set_symmetric_difference: a copy of the other set, then s's members toggled in.
      const r = new PySet(new Map(), resultType(s));
      yield* addAllGen(r, setOrder(o));
      for (const x of setOrder(s)) {
        if (yield* r.hasGen(x)) {
          noteRemoval(r);
          yield* r.discardGen(x);
        } else yield* r.addGen(x);
      }
      return r;
    }
    case "==":
      return s.map.size === o.map.size && (yield* subsetGen(s, o));
    case "!=":
      return !(s.map.size === o.map.size && (yield* subsetGen(s, o)));
    case "<=":
      return yield* subsetGen(s, o);
    case "<":
      return s.map.size < o.map.size && (yield* subsetGen(s, o));
    case ">=":
      return yield* subsetGen(o, s);
    case ">":
      return s.map.size > o.map.size && (yield* subsetGen(o, s));
  }
  return NotImplemented;
}

function copyBuckets(from: PySet, to: PySet): void {
  if (from.buckets !== null) {
    to.buckets = new Map();
    for (const [h, b] of from.buckets) to.buckets.set(h, b.slice());
  }
}

function* subsetGen(a: PySet, b: PySet): Gen<boolean> {
  if (a.map.size > b.map.size) return false;
  for (const x of Array.from(a.map.values())) if (!(yield* b.hasGen(x))) return false;
  return true;
}

function* setNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const cls = args[0] as PyType;
  if (cls.isSubtypeOf(frozensetType)) {
    noKw("frozenset", kwargs);
    if (args.length > 2) throw typeError(`frozenset expected at most 1 argument, got ${args.length - 1}`);
    if (args.length === 2 && args[1] instanceof PySet && typeOf(args[1]) === frozensetType && cls === frozensetType) return args[1];
    return yield* setFromIterableGen(args.length === 2 ? yield* toArrayGen(args[1]) : [], cls);
  }
  return new PySet(new Map(), cls);
}
setType.dict.set("__new__", new PyBuiltin("__new__", setNew as never, true, setType, "set.__new__"));
frozensetType.dict.set("__new__", new PyBuiltin("__new__", setNew as never, true, frozensetType, "frozenset.__new__"));

function* setRepr([self]: PyObject[]): Gen<PyObject> {
  const s = S(self);
  const t = typeOf(s);
  const name = t.name;
  if (s.map.size === 0) return `${name}()`;
  const items = setOrder(s);
  if (t === setType) return yield* reprItemsGen(s, items, "{", "}", `${name}(...)`);
  return yield* reprItemsGen(s, items, `${name}({`, "})", `${name}(...)`);
}

const OPS: [string, string][] = [["__or__", "|"], ["__and__", "&"], ["__sub__", "-"], ["__xor__", "^"]];
const CMPS: [string, string][] = [["__eq__", "=="], ["__ne__", "!="], ["__le__", "<="], ["__lt__", "<"], ["__ge__", ">="], ["__gt__", ">"]];

for (const t of [setType, frozensetType]) {
  defineMethods(t, {
    __len__: ([self]) => S(self).map.size,
    __iter__: ([self]) => new PySetIter(S(self)),
    copy: ([self]) => {
      const s = S(self);
      if (typeOf(s) === frozensetType) return s;
      const r = new PySet(new Map(s.map), resultType(s));
      copyBuckets(s, r);
      return r;
    },
  });
  defineGenMethods(t, {
    __repr__: setRepr,
    __contains__: function* ([self, x]) {
      try {
        return yield* S(self).hasGen(x);
      } catch (e) {
        if (x instanceof PySet) return yield* S(self).hasGen(new PySet(x.map, frozensetType));
        throw e;
      }
    },
    union: function* (args) {
      let r: PyObject = new PySet(new Map(S(args[0]).map), resultType(S(args[0])));
      copyBuckets(S(args[0]), r as PySet);
      for (const o of args.slice(1)) yield* addAllGen(r as PySet, yield* itemsOf(o));
      return r;
    },
    intersection: function* (args) {
      let r: PyObject = S(args[0]);
      if (args.length === 1) return yield* setBinaryGen(S(args[0]), new PySet(), "|", true);
      for (const o of args.slice(1)) r = yield* setBinaryGen(r as PySet, o, "&", true);
      return r;
    },
    difference: function* (args) {
      let r: PyObject = yield* setBinaryGen(S(args[0]), new PySet(), "|", true);
      for (const o of args.slice(1)) r = yield* setBinaryGen(r as PySet, o, "-", true);
      return r;
    },
    symmetric_difference: function* ([self, o]) {
      return yield* setBinaryGen(S(self), o, "^", true);
    },
    issubset: function* ([self, o]) {
      return yield* setBinaryGen(S(self), o, "<=", true);
    },
    issuperset: function* ([self, o]) {
      return yield* setBinaryGen(S(self), o, ">=", true);
    },
    isdisjoint: function* ([self, o]) {
      for (const x of yield* itemsOf(o)) if (yield* S(self).hasGen(x)) return false;
      return true;
    },
  });
  for (const [name, op] of OPS) {
    defineGenMethods(t, {
      [name]: function* ([self, o]) {
        return yield* setBinaryGen(S(self), o, op, false);
      },
      [name.replace("__", "__r")]: function* ([self, o]) {
        if (!(o instanceof PySet)) return NotImplemented;
        return yield* setBinaryGen(o, self, op, false);
      },
    });
  }
  for (const [name, op] of CMPS) {
    defineGenMethods(t, {
      [name]: function* ([self, o]) {
        return yield* setBinaryGen(S(self), o, op, false);
      },
    });
  }
  defineClassMethods(t, {
    __class_getitem__: ([cls, item]) => genericAlias(cls, item),
  });
}
setType.dict.set("__hash__", None);
setType.flags |= 1 << 6; // TypeFlag.Unhashable

defineMethods(setType, {
  clear: ([self]) => {
    noteClear(S(self));
    S(self).map.clear();
    S(self).buckets = null;
    return None;
  },
  pop: ([self]) => {
    const s = S(self);
    const first = setOrder(s)[0];
    noteRemoval(s);
    for (const [n, v] of s.map) {
      if (v !== first) continue;
      s.map.delete(n);
      if (n instanceof GenericKey) dropGeneric(s, n);
      return v;
    }
    throw keyError("pop from an empty set");
  },
});
defineGenMethods(setType, {
  __init__: function* (args, kwargs) {
    noKw("set", kwargs);
    if (args.length > 2) throw typeError(`set expected at most 1 argument, got ${args.length - 1}`);
    const s = S(args[0]);
    s.map.clear();
    s.buckets = null;
    if (args.length === 2) yield* addAllGen(s, yield* toArrayGen(args[1]));
    return None;
  },
  add: function* ([self, x]) {
    yield* S(self).addGen(x);
    return None;
  },
  discard: function* ([self, x]) {
    noteRemoval(S(self));
    yield* S(self).discardGen(frozenIfSet(x));
    return None;
  },
  remove: function* ([self, x]) {
    noteRemoval(S(self));
    if (!(yield* S(self).discardGen(frozenIfSet(x)))) throw keyError(x);
    return None;
  },
  update: function* (args) {
    for (const o of args.slice(1)) yield* addAllGen(S(args[0]), yield* itemsOf(o));
    return None;
  },
  intersection_update: function* (args) {
    yield* inplace(S(args[0]), yield* callIntersection(args));
    return None;
  },
  difference_update: function* (args) {
    const s = S(args[0]);
    noteRemoval(s);
    for (const o of args.slice(1)) for (const x of yield* itemsOf(o)) yield* s.discardGen(x);
    return None;
  },
  symmetric_difference_update: function* ([self, o]) {
    yield* inplace(S(self), (yield* setBinaryGen(S(self), o, "^", true)) as PySet);
    return None;
  },
  __ior__: function* ([self, o]) {
    if (!(o instanceof PySet)) return NotImplemented;
    yield* addAllGen(S(self), Array.from(o.map.values()));
    return self;
  },
  __iand__: function* ([self, o]) {
    if (!(o instanceof PySet)) return NotImplemented;
    yield* inplace(S(self), (yield* setBinaryGen(S(self), o, "&", false)) as PySet);
    return self;
  },
  __isub__: function* ([self, o]) {
    if (!(o instanceof PySet)) return NotImplemented;
    noteRemoval(S(self));
    for (const x of Array.from(o.map.values())) yield* S(self).discardGen(x);
    return self;
  },
  __ixor__: function* ([self, o]) {
    if (!(o instanceof PySet)) return NotImplemented;
    yield* inplace(S(self), (yield* setBinaryGen(S(self), o, "^", false)) as PySet);
    return self;
  },
});

function frozenIfSet(x: PyObject): PyObject {
  return x instanceof PySet && typeOf(x).isSubtypeOf(setType) ? new PySet(x.map, frozensetType) : x;
}

function* callIntersection(args: PyObject[]): Gen<PySet> {
  let r: PySet = S(args[0]);
  for (const o of args.slice(1)) r = (yield* setBinaryGen(r, o, "&", true)) as PySet;
  return r;
}

function* inplace(s: PySet, r: PySet): Gen<void> {
  if (s === r) return;
  noteRemoval(s);
  s.map.clear();
  for (const [n, v] of r.map) s.map.set(n, v);
  s.buckets = r.buckets;
}

// frozenset hash: CPython's frozenset_hash (Objects/setobject.c) over the item hashes.
const M64 = (1n << 64n) - 1n;
function shuffle(h: bigint): bigint {
  return ((h ^ 89869747n) ^ ((h << 16n) & M64)) * 3644798167n & M64;
}
function frozenHashOf(hashes: I.Int[]): I.Int {
  let hash = 0n;
  for (const h of hashes) hash ^= shuffle(BigInt.asUintN(64, BigInt(h)));
  hash ^= (BigInt(hashes.length) + 1n) * 1927868237n & M64;
  hash = (hash ^ ((hash >> 11n) ^ (hash >> 25n))) & M64;
  hash = (hash * 69069n + 907133923n) & M64;
  if (hash === M64) hash = 590923713n;
  return I.normBig(BigInt.asIntN(64, hash));
}
setFrozenHash((s) => {
  if (s.hash !== undefined) return s.hash;
  const hs: I.Int[] = [];
  for (const v of s.map.values()) {
    const h = hashFast(v);
    if (h === undefined) return undefined;
    hs.push(h);
  }
  const h = frozenHashOf(hs);
  s.hash = h as number;
  return h;
});
defineGenMethods(frozensetType, {
  __hash__: function* ([self]) {
    const hs: I.Int[] = [];
    for (const v of Array.from(S(self).map.values())) hs.push(yield* hashGen(v));
    return frozenHashOf(hs);
  },
});

// abc's __abstractmethods__ is a frozenset of names; type.__call__ reports them sorted.
setAbstractNames((v) => {
  if (!(v instanceof PySet)) return [];
  const names: string[] = [];
  for (const x of v.map.values()) {
    const s = asStr(x);
    if (s !== null) names.push(s);
  }
  return names.sort();
});

export { PyList, PyDict, newTuple, typeName };
