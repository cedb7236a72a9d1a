// collections-dicts.ts — collections.defaultdict and collections.OrderedDict (native dict subclasses), as
// docs.python.org/3.11/library/collections.html describes them and python3 3.11 prints them.
// Both keep their entries in the PyDict's Map, whose insertion order is the dict's order; OrderedDict only
// adds reordering (move_to_end, popitem(last=False)), order-sensitive == and its own repr and views.
import { PyObject, PyType, PyTuple, KwArgs, None, NotImplemented, TypeFlag, typeOf, newTuple, newList } from "../runtime/object.js";
import { PyDict, dictType, normKey, NEEDS_PY } from "../runtime/dict.js";
import { typeError, keyError } from "../runtime/exceptions.js";
import { defineGenMethods, defineGetters, defineMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { dictUpdateGen, dictSetGen, dictCopy, PyDictView, dictKeysType, dictValuesType, dictItemsType } from "../runtime/types/dict-methods.js";
import { DictIterKind, PyDictIter } from "../runtime/types/iterators.js";
import { setItemGen, getItemGen } from "../runtime/ops-item.js";
import { isCallable, callGen, typeCallGen, callMethodGen } from "../runtime/ops-call.js";
import { reprActive } from "../runtime/ops-object.js";
import { reprItemsGen } from "../runtime/ops-repr.js";
import { nativeType, reprOfGen, equalGen, truthOfGen, type Gen } from "./native-helpers.js";

/** d.get(k) without __missing__. */
export function* dictGet(d: PyDict, k: PyObject): Gen<PyObject | undefined> {
  const n = normKey(k);
  return n !== NEEDS_PY && d.buckets === null ? d.map.get(n) : yield* d.getGen(k);
}

/** self[k] = v, through a subclass's __setitem__ when it has one. */
export function* storeItem(d: PyDict, k: PyObject, v: PyObject): Gen<void> {
  if (typeOf(d).lookup("__setitem__") === dictType.dict.get("__setitem__")) yield* dictSetGen(d, k, v);
  else yield* setItemGen(d, k, v);
}

/** Entries as [key, value] pairs, snapshot. */
export function entries(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (const [n, v] of d.map) out.push([d.keyOf(n), v]);
  return out;
}

// ---- defaultdict ----

export class PyDefaultDict extends PyDict {
  factory: PyObject = None;
}
export const defaultdictType = nativeType("defaultdict", "collections", dictType);
defaultdictType.newInstance = (cls) => new PyDefaultDict(new Map(), cls);
// dict.__new__ would make a plain PyDict: defaultdict instances need the factory slot.
defaultdictType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[]) => new PyDefaultDict(new Map(), args[0] as PyType), false, defaultdictType, "defaultdict.__new__"));

function DD(x: PyObject): PyDefaultDict {
  if (!(x instanceof PyDefaultDict)) throw typeError("descriptor requires a 'collections.defaultdict' object");
  return x;
}

/** type(dd)(dd.default_factory, entries): copies keep the subclass, as CPython's defdict_copy does. */
function* ddCopy(d: PyDefaultDict): Gen<PyObject> {
  if (typeOf(d) === defaultdictType) {
    const c = dictCopy(d, defaultdictType);
    const r = new PyDefaultDict(c.map, defaultdictType);
    r.keys = c.keys;
    r.buckets = c.buckets;
    r.factory = d.factory;
    return r;
  }
  return yield* typeCallGen(typeOf(d), [d.factory, d], null);
}

defineGenMethods(defaultdictType, {
  __init__: function* (args, kwargs) {
    const d = DD(args[0]);
    let rest = args.slice(1);
    if (rest.length > 0) {
      const f = rest[0];
      if (f !== None && !isCallable(f)) throw typeError("first argument must be callable or None");
      d.factory = f;
      rest = rest.slice(1);
    }
    if (rest.length > 1) throw typeError(`dict expected at most 1 argument, got ${rest.length}`);
    if (rest.length === 1) yield* dictUpdateGen(d, rest[0]);
    if (kwargs !== null) for (const [k, v] of kwargs) d.setNorm(k, k, v);
    return None;
  },
  __missing__: function* ([self, key]) {
    const d = DD(self);
    if (d.factory === None) throw keyError(key);
    const v = yield* callGen(d.factory, []);
    yield* storeItem(d, key, v);
    return v;
  },
  __repr__: function* ([self]) {
    const d = DD(self);
    let f: string;
    if (d.factory === None) f = "None";
    else if (reprActive.has(d.factory)) f = "...";
    else {
      reprActive.add(d.factory);
      try {
        f = yield* reprOfGen(d.factory);
      } finally {
        reprActive.delete(d.factory);
      }
    }
    const body = yield* callMethodGen(dictType.dict.get("__repr__")!, d, []);
    return `${typeOf(d).name}(${f}, ${body as string})`;
  },
  copy: ([self]) => ddCopy(DD(self)),
  __copy__: ([self]) => ddCopy(DD(self)),
  __or__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = yield* ddCopy(DD(self));
    yield* dictUpdateGen(r as PyDict, other);
    return r;
  },
  __ror__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = DD(self);
    const r = yield* typeCallGen(typeOf(d), [d.factory, other], null);
    yield* dictUpdateGen(r as PyDict, d);
    return r;
  },
});
defineMethods(defaultdictType, {
  __reduce__: ([self]) => {
    const d = DD(self);
    return newTuple([typeOf(d), d.factory === None ? newTuple([]) : newTuple([d.factory]), None, None,
      new PyDictIter(d, DictIterKind.Items)]);
  },
});
defineGetters(defaultdictType, { default_factory: (self) => DD(self).factory }, {
  default_factory: (self, v) => {
    DD(self).factory = v === undefined ? None : v;
  },
});

// ---- OrderedDict ----

export const orderedDictType = nativeType("OrderedDict", "collections", dictType);
const odictKeysType = nativeType("odict_keys", "collections", dictKeysType, TypeFlag.None);
const odictValuesType = nativeType("odict_values", "collections", dictValuesType, TypeFlag.None);
const odictItemsType = nativeType("odict_items", "collections", dictItemsType, TypeFlag.None);

function OD(x: PyObject): PyDict {
  if (!(x instanceof PyDict)) throw typeError("descriptor requires a 'collections.OrderedDict' object");
  return x;
}

/** Rebuilds the Map with entry `norm` first (Maps only append, so the rest is re-inserted after it). */
function moveToFront(d: PyDict, norm: unknown): void {
  const v = d.map.get(norm)!;
  const rest = Array.from(d.map.entries()).filter(([n]) => n !== norm);
  d.map.clear();
  d.map.set(norm, v);
  for (const [n, x] of rest) d.map.set(n, x);
}

function* findNorm(d: PyDict, key: PyObject): Gen<unknown> {
  const n = yield* d.findNormGen(key);
  if (n === undefined) throw keyError(key);
  return n;
}

function odView(d: PyDict, kind: DictIterKind): PyDictView {
  const v = new PyDictView(d, kind);
  v.type = kind === DictIterKind.Keys ? odictKeysType : kind === DictIterKind.Values ? odictValuesType : odictItemsType;
  return v;
}

for (const [t, kind] of [[odictKeysType, DictIterKind.Keys], [odictValuesType, DictIterKind.Values], [odictItemsType, DictIterKind.Items]] as const) {
  defineGenMethods(t, {
    __repr__: function* ([self]) {
      const d = (self as PyDictView).dict;
      const items = entries(d).map(([k, v]) => (kind === DictIterKind.Keys ? k : kind === DictIterKind.Values ? v : newTuple([k, v])));
      return yield* reprItemsGen(self, items, `${t.name}([`, "])", "...");
    },
  });
}

defineMethods(orderedDictType, {
  keys: ([self]) => odView(OD(self), DictIterKind.Keys),
  values: ([self]) => odView(OD(self), DictIterKind.Values),
  items: ([self]) => odView(OD(self), DictIterKind.Items),
  __reversed__: ([self]) => new PyDictIter(OD(self), DictIterKind.Keys, true),
});

defineGenMethods(orderedDictType, {
  move_to_end: function* (args, kwargs) {
    const d = OD(args[0]);
    const last = args.length > 2 ? args[2] : kwargs?.get("last");
    const n = yield* findNorm(d, args[1]);
    if (last === undefined || (yield* truthOfGen(last))) {
      const v = d.map.get(n)!;
      d.map.delete(n);
      d.map.set(n, v);
    } else moveToFront(d, n);
    return None;
  },
  popitem: function* (args, kwargs) {
    const d = OD(args[0]);
    const lastArg = args.length > 1 ? args[1] : kwargs?.get("last");
    const last = lastArg === undefined ? true : yield* truthOfGen(lastArg);
    if (d.map.size === 0) throw keyError("dictionary is empty");
    const all = Array.from(d.map.keys());
    const n = last ? all[all.length - 1] : all[0];
    const k = d.keyOf(n), v = d.map.get(n)!;
    d.deleteNorm(n);
    return newTuple([k, v]);
  },
  __repr__: function* ([self]) {
    const d = OD(self);
    const name = typeOf(d).name;
    if (d.map.size === 0) return `${name}()`;
    if (reprActive.has(d)) return "...";
    reprActive.add(d);
    try {
      const pairs = entries(d).map(([k, v]) => newTuple([k, v]));
      return `${name}(${yield* reprOfGen(newList(pairs))})`;
    } finally {
      reprActive.delete(d);
    }
  },
  __eq__: function* ([self, other]) {
    const d = OD(self);
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = yield* callMethodGen(dictType.dict.get("__eq__")!, d, [other]);
    if (r !== true || !typeOf(other).isSubtypeOf(orderedDictType)) return r;
    const a = entries(d), b = entries(other);
    for (let i = 0; i < a.length; i++) if (!(yield* equalGen(a[i][0], b[i][0]))) return false;
    return true;
  },
  __ne__: function* ([self, other]) {
    const r = yield* callMethodGen(orderedDictType.dict.get("__eq__")!, self, [other]);
    return r === NotImplemented ? r : !(yield* truthOfGen(r));
  },
  copy: ([self]) => odCopy(OD(self)),
  __copy__: ([self]) => odCopy(OD(self)),
  __or__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = (yield* odCopy(OD(self))) as PyDict;
    yield* dictUpdateGen(r, other);
    return r;
  },
  __ror__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const r = (yield* typeCallGen(typeOf(self), [other], null)) as PyDict;
    yield* dictUpdateGen(r, OD(self));
    return r;
  },
});
orderedDictType.dict.set("__hash__", None);

function* odCopy(d: PyDict): Gen<PyObject> {
  if (typeOf(d) === orderedDictType) return dictCopy(d, orderedDictType);
  return yield* typeCallGen(typeOf(d), [d], null);
}

export { PyTuple, getItemGen, type PyType, type KwArgs };
