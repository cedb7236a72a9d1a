// dict-methods.ts — the methods of dict and its views: construction and update from mappings or pairs,
// get/setdefault/pop/popitem/keys/values/items/copy/clear/fromkeys, item access with __missing__, `|`,
// equality, repr with `{...}` recursion, and dict_keys/dict_values/dict_items (set operations on views).
import {
  PyObj, PyObject, PyType, PyList, PyTuple, KwArgs, None, NotImplemented, TypeFlag, typeOf, typeName,
  makeBuiltinType, newTuple,
} from "../object.js";
import { PyDict, PySet, GenericKey, dictType, setType, normKey, NEEDS_PY } from "../dict.js";
import {
  PyBuiltin, defineMethods, defineGenMethods, defineClassMethods,
} from "../builtin-function.js";
import { typeError, valueError, keyError } from "../exceptions.js";
import { argRange } from "../arg-parse.js";
import { toArrayGen, getIterGen, iterNextGen } from "../ops-iter.js";
import { eqGen } from "../ops-compare.js";
import { getItemGen } from "../ops-item.js";
import { reprItemsGen, dictReprGen } from "../ops-repr.js";
import { callMethodGen, callGen, type Gen } from "../ops-call.js";
import { loadAttrGen, hasAttrGen } from "../ops-attr.js";
import { PyDictIter, DictIterKind } from "./iterators.js";
import { genericAlias } from "./generic-alias.js";
import { containsGen } from "../ops-compare.js";
import { setFromIterableGen, setBinaryGen } from "./set.js";

function D(x: PyObject): PyDict {
  return x as PyDict;
}

dictType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => new PyDict(new Map(), args[0] as PyType), false, dictType, "dict.__new__"));

/** d[k] = v, with Python hashing when needed. */
export function* dictSetGen(d: PyDict, k: PyObject, v: PyObject): Gen<void> {
  const n = normKey(k);
  if (n !== NEEDS_PY && d.buckets === null) d.setNorm(n, k, v);
  else yield* d.setGen(k, v);
}

/** dict.update(other) / dict(other): a mapping (has keys()) or an iterable of pairs. */
export function* dictUpdateGen(d: PyDict, other: PyObject): Gen<void> {
  if (other instanceof PyDict && !(typeOf(other).flags & TypeFlag.Heap && typeOf(other).lookup("keys") !== dictType.dict.get("keys"))) {
    for (const [n, v] of Array.from(other.map.entries())) {
      const k = other.keyOf(n);
      if (n instanceof GenericKey || d.buckets !== null) yield* d.setGen(k, v);
      else d.setNorm(n, k, v);
    }
    return;
  }
  if (yield* hasAttrGen(other, "keys")) {
    const keys = yield* toArrayGen(yield* callGen(yield* loadAttrGen(other, "keys"), []));
    for (const k of keys) yield* dictSetGen(d, k, yield* getItemGen(other, k));
    return;
  }
  const it = yield* getIterGen(other);
  for (let i = 0; ; i++) {
    const item = yield* iterNextGen(it);
    if (item === undefined) return;
    let pair: PyObject[];
    if (item instanceof PyTuple || item instanceof PyList) pair = item.items;
    else {
      try {
        pair = yield* toArrayGen(item);
      } catch {
        throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
    }
    if (pair.length !== 2) {
      throw valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    }
    yield* dictSetGen(d, pair[0], pair[1]);
  }
}

function* kwUpdate(d: PyDict, kwargs: KwArgs | null): Gen<void> {
  if (kwargs !== null) for (const [k, v] of kwargs) d.setNorm(k, k, v);
}

/** A shallow copy of a dict's entries into a new dict of `type`. */
export function dictCopy(d: PyDict, type: PyType = dictType): PyDict {
  const c = new PyDict(new Map(d.map), type);
  if (d.keys !== null) c.keys = new Map(d.keys);
  if (d.buckets !== null) {
    c.buckets = new Map();
    for (const [h, b] of d.buckets) c.buckets.set(h, b.slice());
  }
  return c;
}

function* dictGetGen(d: PyDict, k: PyObject): Gen<PyObject | undefined> {
  const n = normKey(k);
  if (n !== NEEDS_PY && d.buckets === null) return d.map.get(n);
  return yield* d.getGen(k);
}

defineMethods(dictType, {
  __len__: ([self]) => D(self).map.size,
  __iter__: ([self]) => new PyDictIter(D(self), DictIterKind.Keys),
  __reversed__: ([self]) => new PyDictIter(D(self), DictIterKind.Keys, true),
  keys: ([self]) => new PyDictView(D(self), DictIterKind.Keys),
  values: ([self]) => new PyDictView(D(self), DictIterKind.Values),
  items: ([self]) => new PyDictView(D(self), DictIterKind.Items),
  clear: ([self]) => {
    D(self).clear();
    return None;
  },
  copy: ([self]) => dictCopy(D(self)),
  popitem: ([self]) => {
    const d = D(self);
    if (d.map.size === 0) throw keyError("popitem(): dictionary is empty");
    let last: unknown;
    for (const n of d.map.keys()) last = n;
    const k = d.keyOf(last), v = d.map.get(last)!;
    d.deleteNorm(last);
    return newTuple([k, v]);
  },
  __sizeof__: ([self]) => 48 + 24 * D(self).map.size,
});
dictType.dict.set("__hash__", None);
dictType.flags |= TypeFlag.Unhashable;

defineGenMethods(dictType, {
  __init__: function* (args, kwargs) {
    if (args.length > 2) throw typeError(`dict expected at most 1 argument, got ${args.length - 1}`);
    const d = D(args[0]);
    if (args.length === 2) yield* dictUpdateGen(d, args[1]);
    yield* kwUpdate(d, kwargs);
    return None;
  },
  update: function* (args, kwargs) {
    if (args.length > 2) throw typeError(`update expected at most 1 argument, got ${args.length - 1}`);
    const d = D(args[0]);
    if (args.length === 2) yield* dictUpdateGen(d, args[1]);
    yield* kwUpdate(d, kwargs);
    return None;
  },
  __getitem__: function* ([self, k]) {
    const d = D(self);
    const v = yield* dictGetGen(d, k);
    if (v !== undefined) return v;
    if (d.type !== dictType) {
      const miss = d.type.lookup("__missing__");
      if (miss !== undefined) return yield* callMethodGen(miss, d, [k]);
    }
    throw keyError(k);
  },
  __setitem__: function* ([self, k, v]) {
    yield* dictSetGen(D(self), k, v);
    return None;
  },
  __delitem__: function* ([self, k]) {
    if (!(yield* D(self).deleteGen(k))) throw keyError(k);
    return None;
  },
  __contains__: function* ([self, k]) {
    return (yield* dictGetGen(D(self), k)) !== undefined;
  },
  get: function* (args) {
    argRange("get", args.length - 1, 1, 2);
    const v = yield* dictGetGen(D(args[0]), args[1]);
    return v !== undefined ? v : args.length > 2 ? args[2] : None;
  },
  setdefault: function* (args) {
    argRange("setdefault", args.length - 1, 1, 2);
    const d = D(args[0]);
    const v = yield* dictGetGen(d, args[1]);
    if (v !== undefined) return v;
    const dflt = args.length > 2 ? args[2] : None;
    yield* dictSetGen(d, args[1], dflt);
    return dflt;
  },
  pop: function* (args) {
    argRange("pop", args.length - 1, 1, 2);
    const d = D(args[0]);
    const n = yield* d.findNormGen(args[1]);
    if (n === undefined) {
      if (args.length > 2) return args[2];
      throw keyError(args[1]);
    }
    const v = d.map.get(n)!;
    d.deleteNorm(n);
    return v;
  },
  __repr__: function* ([self]) {
    return yield* dictReprGen(D(self));
  },
  __eq__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    return yield* dictEqGen(D(self), other);
  },
  __ne__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    return !(yield* dictEqGen(D(self), other));
  },
  __or__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const c = dictCopy(D(self), typeOf(self) === dictType ? dictType : dictType);
    yield* dictUpdateGen(c, other);
    return c;
  },
  __ror__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const c = dictCopy(other);
    yield* dictUpdateGen(c, self);
    return c;
  },
  __ior__: function* ([self, other]) {
    yield* dictUpdateGen(D(self), other);
    return self;
  },
});

function* dictEqGen(a: PyDict, b: PyDict): Gen<boolean> {
  if (a.map.size !== b.map.size) return false;
  for (const [n, v] of Array.from(a.map.entries())) {
    const k = a.keyOf(n);
    const w = yield* dictGetGen(b, k);
    if (w === undefined) return false;
    if (v !== w && !(yield* eqGen(v, w))) return false;
  }
  return true;
}

defineClassMethods(dictType, {
  __class_getitem__: ([cls, item]) => genericAlias(cls, item),
});
// fromkeys must be a classmethod: wrap the builtin so `dict.fromkeys` and `d.fromkeys` both work.
import { PyClassMethodDescr } from "../builtin-function.js";
dictType.dict.set("fromkeys", new PyClassMethodDescr(dictType, "fromkeys", function* (args: PyObject[]) {
  const cls = args[0] as PyType;
  argRange("fromkeys", args.length - 1, 1, 2);
  const keys = yield* toArrayGen(args[1]);
  const value = args.length > 2 ? args[2] : None;
  const d = cls === dictType ? new PyDict() : (yield* callGen(cls, [])) as PyDict;
  for (const k of keys) {
    if (cls === dictType) yield* dictSetGen(d, k, value);
    else yield* callMethodGen(typeOf(d).lookup("__setitem__")!, d, [k, value]);
  }
  return d;
} as never, true));
dictType.changed();

// ---- views ----

export const dictKeysType = makeBuiltinType("dict_keys", undefined, TypeFlag.None);
export const dictValuesType = makeBuiltinType("dict_values", undefined, TypeFlag.None);
export const dictItemsType = makeBuiltinType("dict_items", undefined, TypeFlag.None);

export class PyDictView extends PyObj {
  constructor(readonly dict: PyDict, readonly kind: DictIterKind) {
    super(kind === DictIterKind.Keys ? dictKeysType : kind === DictIterKind.Values ? dictValuesType : dictItemsType);
  }
}

function V(x: PyObject): PyDictView {
  return x as PyDictView;
}

function viewItems(v: PyDictView): PyObject[] {
  const d = v.dict, out: PyObject[] = [];
  for (const [n, val] of d.map) {
    out.push(v.kind === DictIterKind.Keys ? d.keyOf(n) : v.kind === DictIterKind.Values ? val : newTuple([d.keyOf(n), val]));
  }
  return out;
}

for (const t of [dictKeysType, dictValuesType, dictItemsType]) {
  defineMethods(t, {
    __len__: ([self]) => V(self).dict.map.size,
    __iter__: ([self]) => new PyDictIter(V(self).dict, V(self).kind),
    __reversed__: ([self]) => {
      const v = V(self);
      return new PyListIterRev(viewItems(v));
    },
  });
  defineGenMethods(t, {
    __repr__: function* ([self]) {
      const v = V(self);
      return yield* reprItemsGen(v, viewItems(v), `${t.name}([`, "])", "...");
    },
  });
}
import { PyListIter } from "./iterators.js";
class PyListIterRev extends PyListIter {
  constructor(items: PyObject[]) {
    super(items.reverse());
  }
}

defineGenMethods(dictKeysType, {
  __contains__: function* ([self, k]) {
    return (yield* dictGetGen(V(self).dict, k)) !== undefined;
  },
});
defineGenMethods(dictItemsType, {
  __contains__: function* ([self, kv]) {
    if (!(kv instanceof PyTuple) || kv.items.length !== 2) return false;
    const v = yield* dictGetGen(V(self).dict, kv.items[0]);
    return v !== undefined && (v === kv.items[1] || (yield* eqGen(v, kv.items[1])));
  },
});
defineGenMethods(dictValuesType, {
  __contains__: function* ([self, x]) {
    return yield* containsGen(new PyList(viewItems(V(self))), x);
  },
});

// Set-like operations on keys and items views produce sets (CPython dictviews_* functions).
for (const t of [dictKeysType, dictItemsType]) {
  for (const [name, op] of [["__and__", "&"], ["__or__", "|"], ["__sub__", "-"], ["__xor__", "^"]] as const) {
    defineGenMethods(t, {
      [name]: function* ([self, other]) {
        const s = yield* setFromIterableGen(viewItems(V(self)), setType);
        return yield* setBinaryGen(s, other, op, true);
      },
      [name.replace("__", "__r")]: function* ([self, other]) {
        const s = yield* setFromIterableGen(yield* toArrayGen(other), setType);
        return yield* setBinaryGen(s, new PyList(viewItems(V(self))), op, true);
      },
    });
  }
  defineGenMethods(t, {
    __eq__: function* ([self, other]) {
      if (!(other instanceof PyDictView || other instanceof PySet)) return NotImplemented;
      const a = yield* setFromIterableGen(viewItems(V(self)), setType);
      const b = yield* setFromIterableGen(other instanceof PyDictView ? viewItems(other) : Array.from(other.map.values()), setType);
      return yield* setBinaryGen(a, b, "==", false);
    },
    isdisjoint: function* ([self, other]) {
      const a = yield* setFromIterableGen(viewItems(V(self)), setType);
      for (const x of yield* toArrayGen(other)) if (yield* a.hasGen(x)) return false;
      return true;
    },
  });
}

export { typeName };
