// collections-counter.ts — collections.Counter (native dict subclass): counting from iterables and
// mappings, most_common (a stable sort by count, so ties keep insertion order), elements, total, the
// multiset operators and comparisons of docs.python.org/3.11/library/collections.html#collections.Counter.
// Counts are arbitrary Python objects: arithmetic and comparisons go through the generic operations.
import { PyObject, PyList, PyTuple, None, NotImplemented, typeOf, newTuple, newList } from "../runtime/object.js";
import { PyDict, dictType, normKey, NEEDS_PY } from "../runtime/dict.js";
import { notImplementedError, typeError, isException, TypeError } from "../runtime/exceptions.js";
import { defineGenMethods, defineClassMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { dictUpdateGen } from "../runtime/types/dict-methods.js";
import { binaryOpFast, binaryOpGen, BinOp } from "../runtime/ops-arith.js";
import { compareFast, compareBoolGen, CmpOp } from "../runtime/ops-compare.js";
import { getItemGen } from "../runtime/ops-item.js";
import { typeCallGen, callMethodGen, callGen } from "../runtime/ops-call.js";
import { loadAttrGen, hasAttrGen } from "../runtime/ops-attr.js";
import { sortItemsGen } from "../runtime/ops-repr.js";
import { getIterGen, iterNext, iterNextGen, ITER_SLOW } from "../runtime/ops-iter.js";
import { PyListIter } from "../runtime/types/iterators.js";
import { nativeType, reprOfGen, itemsOf, intArg, isNone, type Gen } from "./native-helpers.js";
import { dictGet, storeItem, entries } from "./collections-dicts.js";

export const counterType = nativeType("Counter", "collections", dictType);

function C(x: PyObject): PyDict {
  if (!(x instanceof PyDict)) throw typeError("descriptor requires a 'collections.Counter' object");
  return x;
}

function* arith(a: PyObject, b: PyObject, op: number): Gen<PyObject> {
  const r = binaryOpFast(a, b, op);
  return r !== undefined ? r : yield* binaryOpGen(a, b, op);
}

function* cmp(a: PyObject, b: PyObject, op: number): Gen<boolean> {
  const r = compareFast(a, b, op);
  return r !== undefined ? r : yield* compareBoolGen(a, b, op);
}

/** True for the mappings Counter.update reads with items(): dicts and anything with keys() and items(). */
function* isMapping(x: PyObject): Gen<boolean> {
  if (x instanceof PyDict) return true;
  return (yield* hasAttrGen(x, "keys")) && (yield* hasAttrGen(x, "items")) && (yield* hasAttrGen(x, "__getitem__"));
}

function* mappingItems(x: PyObject): Gen<[PyObject, PyObject][]> {
  if (x instanceof PyDict && typeOf(x).lookup("items") === dictType.dict.get("items")) return entries(x);
  const items = yield* itemsOf(yield* callGen(yield* loadAttrGen(x, "items"), []));
  const out: [PyObject, PyObject][] = [];
  for (const it of items) {
    const pair = yield* itemsOf(it);
    out.push([pair[0], pair[1]]);
  }
  return out;
}

/** update (sign 1) or subtract (sign -1) with one positional argument and keywords. */
function* addCounts(self: PyDict, src: PyObject | undefined, kwargs: Map<string, PyObject> | null, sign: 1 | -1): Gen<void> {
  const op = sign === 1 ? BinOp.Add : BinOp.Sub;
  if (!isNone(src)) {
    if (yield* isMapping(src!)) {
      if (sign === 1 && self.map.size === 0 && typeOf(self).lookup("__setitem__") === dictType.dict.get("__setitem__")) {
        yield* dictUpdateGen(self, src!);
      } else {
        for (const [k, n] of yield* mappingItems(src!)) {
          const cur = (yield* dictGet(self, k)) ?? 0;
          yield* storeItem(self, k, yield* arith(cur, n, op));
        }
      }
    } else {
      // Counting plain keys into a Counter whose __setitem__ is dict's: Map operations on small-int
      // counts, no generator per item; anything else takes the general path.
      const plain = typeOf(self).lookup("__setitem__") === dictType.dict.get("__setitem__");
      const it = yield* getIterGen(src!);
      for (;;) {
        let k = iterNext(it);
        if (k === ITER_SLOW) k = yield* iterNextGen(it);
        if (k === undefined) break;
        const n = plain && self.buckets === null ? normKey(k) : NEEDS_PY;
        const cur = n === NEEDS_PY ? undefined : self.map.get(n);
        if (n !== NEEDS_PY && (cur === undefined || (typeof cur === "number" && cur < 2 ** 52 && cur > -(2 ** 52)))) {
          self.setNorm(n, k, (cur ?? 0) + sign);
          continue;
        }
        const c = (yield* dictGet(self, k)) ?? 0;
        yield* storeItem(self, k, yield* arith(c, 1, op));
      }
    }
  }
  if (kwargs !== null && kwargs.size > 0) {
    for (const [k, n] of kwargs) {
      const cur = (yield* dictGet(self, k)) ?? 0;
      yield* storeItem(self, k, yield* arith(cur, n, op));
    }
  }
}

/** Items sorted by count, largest first; equal counts keep insertion order. */
function* byCount(self: PyDict): Gen<PyObject[]> {
  const items: PyObject[] = entries(self).map(([k, v]) => newTuple([k, v]));
  yield* sortItemsGen(items, countKey, true);
  return items;
}
const countKey = new PyBuiltin("_count", (args) => (args[0] as PyTuple).items[1], false);

function newCounter(): PyDict {
  return new PyDict(new Map(), counterType);
}

/** Builds `Counter()` filled from pairs whose count passes `keep` (the binary/unary operators). */
function* combine(self: PyDict, other: PyObject, pick: (a: PyObject, b: PyObject) => Gen<PyObject>, otherOnly: (b: PyObject) => Gen<PyObject | null>): Gen<PyObject> {
  if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
  const o = other as PyDict;
  const r = newCounter();
  for (const [k, n] of entries(self)) {
    const m = yield* getItemGen(o, k);
    const v = yield* pick(n, m);
    if (yield* cmp(v, 0, CmpOp.Gt)) yield* storeItem(r, k, v);
  }
  for (const [k, m] of entries(o)) {
    if ((yield* dictGet(self, k)) !== undefined) continue;
    const v = yield* otherOnly(m);
    if (v !== null) yield* storeItem(r, k, v);
  }
  return r;
}

function* keepPositive(self: PyDict): Gen<PyObject> {
  for (const [k, n] of entries(self)) {
    if (!(yield* cmp(n, 0, CmpOp.Gt))) yield* self.deleteGen(k);
  }
  return self;
}

function* allCounts(a: PyDict, b: PyDict, op: number): Gen<boolean> {
  for (const [x, y] of [[a, b], [b, a]]) {
    for (const [k] of entries(x)) {
      const l = yield* getItemGen(a, k), r = yield* getItemGen(b, k);
      if (!(yield* cmp(l, r, op))) return false;
    }
  }
  return true;
}

defineGenMethods(counterType, {
  __init__: function* (args, kwargs) {
    if (args.length > 2) throw typeError(`expected at most 1 arguments, got ${args.length - 1}`);
    const self = C(args[0]);
    const upd = typeOf(self).lookup("update");
    if (upd === counterType.dict.get("update")) yield* addCounts(self, args[1], kwargs, 1);
    else yield* callMethodGen(upd!, self, args.length > 1 ? [args[1]] : [], kwargs);
    return None;
  },
  __missing__: function* () {
    return 0;
  },
  update: function* (args, kwargs) {
    if (args.length > 2) throw typeError(`expected at most 1 arguments, got ${args.length - 1}`);
    yield* addCounts(C(args[0]), args[1], kwargs, 1);
    return None;
  },
  subtract: function* (args, kwargs) {
    if (args.length > 2) throw typeError(`expected at most 1 arguments, got ${args.length - 1}`);
    yield* addCounts(C(args[0]), args[1], kwargs, -1);
    return None;
  },
  total: function* ([self]) {
    let t: PyObject = 0;
    for (const [, n] of entries(C(self))) t = yield* arith(t, n, BinOp.Add);
    return t;
  },
  most_common: function* (args, kwargs) {
    const self = C(args[0]);
    const n = args.length > 1 ? args[1] : kwargs?.get("n");
    const items = yield* byCount(self);
    if (isNone(n)) return newList(items);
    const k = Number(intArg(n!));
    return newList(k <= 0 ? [] : items.slice(0, k));
  },
  elements: function* ([self]) {
    const out: PyObject[] = [];
    for (const [k, n] of entries(C(self))) {
      const c = Number(intArg(n));
      for (let i = 0; i < c; i++) out.push(k);
    }
    return new PyListIter(out);
  },
  copy: function* ([self]) {
    return yield* typeCallGen(typeOf(self), [self], null);
  },
  __delitem__: function* ([self, k]) {
    yield* C(self).deleteGen(k);
    return None;
  },
  __repr__: function* ([self]) {
    const d = C(self);
    const name = typeOf(d).name;
    if (d.map.size === 0) return `${name}()`;
    let shown: PyDict;
    try {
      shown = new PyDict();
      for (const it of yield* byCount(d)) yield* shown.setGen((it as PyTuple).items[0], (it as PyTuple).items[1]);
    } catch (e) {
      // Counts that do not compare with each other are shown in insertion order (a TypeError from sort).
      if (!(isException(e) && e.type.isSubtypeOf(TypeError))) throw e;
      shown = new PyDict();
      for (const [k, v] of entries(d)) yield* shown.setGen(k, v);
    }
    return `${name}(${yield* reprOfGen(shown)})`;
  },
  __eq__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return yield* allCounts(C(self), other as PyDict, CmpOp.Eq);
  },
  __ne__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return !(yield* allCounts(C(self), other as PyDict, CmpOp.Eq));
  },
  __le__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return yield* allCounts(C(self), other as PyDict, CmpOp.Le);
  },
  __lt__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return (yield* allCounts(C(self), other as PyDict, CmpOp.Le)) && !(yield* allCounts(C(self), other as PyDict, CmpOp.Eq));
  },
  __ge__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return yield* allCounts(C(self), other as PyDict, CmpOp.Ge);
  },
  __gt__: function* ([self, other]) {
    if (!typeOf(other).isSubtypeOf(counterType)) return NotImplemented;
    return (yield* allCounts(C(self), other as PyDict, CmpOp.Ge)) && !(yield* allCounts(C(self), other as PyDict, CmpOp.Eq));
  },
  __add__: ([self, other]) => combine(C(self), other, (a, b) => arith(a, b, BinOp.Add),
    function* (b) { return (yield* cmp(b, 0, CmpOp.Gt)) ? b : null; }),
  __sub__: ([self, other]) => combine(C(self), other, (a, b) => arith(a, b, BinOp.Sub),
    function* (b) { return (yield* cmp(b, 0, CmpOp.Lt)) ? yield* arith(0, b, BinOp.Sub) : null; }),
  __or__: ([self, other]) => combine(C(self), other, function* (a, b) { return (yield* cmp(a, b, CmpOp.Lt)) ? b : a; },
    function* (b) { return (yield* cmp(b, 0, CmpOp.Gt)) ? b : null; }),
  __and__: ([self, other]) => combine(C(self), other, function* (a, b) { return (yield* cmp(a, b, CmpOp.Lt)) ? a : b; },
    function* () { return null; }),
  __pos__: function* ([self]) {
    const r = newCounter();
    for (const [k, n] of entries(C(self))) if (yield* cmp(n, 0, CmpOp.Gt)) yield* storeItem(r, k, n);
    return r;
  },
  __neg__: function* ([self]) {
    const r = newCounter();
    for (const [k, n] of entries(C(self))) if (yield* cmp(n, 0, CmpOp.Lt)) yield* storeItem(r, k, yield* arith(0, n, BinOp.Sub));
    return r;
  },
  __iadd__: function* ([self, other]) {
    const d = C(self);
    for (const [k, n] of yield* mappingItems(other)) yield* storeItem(d, k, yield* arith(yield* getItemGen(d, k), n, BinOp.Add));
    return yield* keepPositive(d);
  },
  __isub__: function* ([self, other]) {
    const d = C(self);
    for (const [k, n] of yield* mappingItems(other)) yield* storeItem(d, k, yield* arith(yield* getItemGen(d, k), n, BinOp.Sub));
    return yield* keepPositive(d);
  },
  __ior__: function* ([self, other]) {
    const d = C(self);
    for (const [k, n] of yield* mappingItems(other)) {
      if (yield* cmp(n, yield* getItemGen(d, k), CmpOp.Gt)) yield* storeItem(d, k, n);
    }
    return yield* keepPositive(d);
  },
  __iand__: function* ([self, other]) {
    const d = C(self);
    for (const [k, n] of entries(d)) {
      const m = yield* getItemGen(other, k);
      if (yield* cmp(m, n, CmpOp.Lt)) yield* storeItem(d, k, m);
    }
    return yield* keepPositive(d);
  },
});
defineClassMethods(counterType, {
  fromkeys: () => {
    throw notImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  },
});

export { PyList };
