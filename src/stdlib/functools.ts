// functools.ts — the functools module (native): partial, partialmethod, reduce, update_wrapper/wraps,
// total_ordering, cmp_to_key, cached_property, plus lru_cache/cache/singledispatch from functools-cache.ts.
// Behaviour follows docs.python.org/3.11/library/functools.html and what python3 3.11 prints; everything
// that runs user code (the wrapped function, comparisons, key functions) is resumable.
import {
  PyObject, PyType, PyInstance, PyTuple, KwArgs, None, NotImplemented, TypeFlag, PyModule, objectType, typeOf,
  newTuple, newList,
} from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { typeError, valueError, attributeError, AttributeError, isException } from "../runtime/exceptions.js";
import { defineMethods, defineGenMethods, defineGetters, PyBuiltin, PyMethodDescr } from "../runtime/builtin-function.js";
import { callGen, callMethodGen, isCallable, typeCallGen } from "../runtime/ops-call.js";
import { getAttrGen, setAttrGen, getAttrDefaultGen, instanceDict } from "../runtime/ops-attr.js";
import { richCompareGen, CmpOp } from "../runtime/ops-compare.js";
import { getIterGen, iterNextGen } from "../runtime/ops-iter.js";
import { PyMethod } from "../runtime/function.js";
import type { RuntimeContext } from "../runtime/runtime-context.js";
import { nativeType, genFn, reprOfGen, truthOfGen, equalGen, type Gen } from "./native-helpers.js";
import { lruCacheGen, singledispatchGen } from "./functools-cache.js";
import { namedtupleGen } from "./collections-namedtuple.js";

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];
const WRAPPER_UPDATES = ["__dict__"];

function* strings(x: PyObject): Gen<string[]> {
  const out: string[] = [];
  const it = yield* getIterGen(x);
  for (;;) {
    const v = yield* iterNextGen(it);
    if (v === undefined) return out;
    if (typeof v === "string") out.push(v);
  }
}

function isAttributeError(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(AttributeError);
}

/** update_wrapper: copies the assigned attributes, merges the updated dicts, sets __wrapped__. */
export function* updateWrapper(wrapper: PyObject, wrapped: PyObject, assigned = WRAPPER_ASSIGNMENTS, updated = WRAPPER_UPDATES): Gen<PyObject> {
  for (const name of assigned) {
    let v: PyObject;
    try {
      v = yield* getAttrGen(wrapped, name);
    } catch (e) {
      if (isAttributeError(e)) continue;
      throw e;
    }
    yield* setAttrGen(wrapper, name, v);
  }
  for (const name of updated) {
    const target = yield* getAttrGen(wrapper, name);
    const src = yield* getAttrDefaultGen(wrapped, name, new PyDict());
    yield* callGen(yield* getAttrGen(target, "update"), [src]);
  }
  yield* setAttrGen(wrapper, "__wrapped__", wrapped);
  return wrapper;
}

// ---- partial ----

export const partialType = nativeType("partial", "functools", objectType, TypeFlag.BaseType | TypeFlag.HasDict);

class PyPartial extends PyInstance {
  func: PyObject = None;
  args: PyObject[] = [];
  keywords = new PyDict();
}
partialType.newInstance = (cls) => new PyPartial(cls);

function P(x: PyObject): PyPartial {
  if (!(x instanceof PyPartial)) throw typeError("descriptor requires a 'functools.partial' object");
  return x;
}

function makePartial(cls: PyType, args: PyObject[], kwargs: KwArgs | null): PyPartial {
  if (args.length === 0) throw typeError("type 'partial' takes at least one argument");
  let func = args[0];
  let pargs = args.slice(1);
  const kw = new PyDict();
  if (!isCallable(func)) throw typeError("the first argument must be callable");
  if (func instanceof PyPartial && typeOf(func).lookup("__call__") === partialType.dict.get("__call__")) {
    // partial(partial(f, a), b) is partial(f, a, b): CPython flattens nested partials.
    pargs = func.args.concat(pargs);
    for (const [n, v] of func.keywords.map) kw.setNorm(n, n as PyObject, v);
    func = func.func;
  }
  if (kwargs !== null) for (const [k, v] of kwargs) kw.setNorm(k, k, v);
  const p = cls === partialType ? new PyPartial(cls) : (partialType.newInstance!(cls) as PyPartial);
  p.func = func;
  p.args = pargs;
  p.keywords = kw;
  return p;
}

partialType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[], kwargs: KwArgs | null) =>
  makePartial(args[0] as PyType, args.slice(1), kwargs), false, partialType, "partial.__new__"));

function mergedKw(p: PyPartial, kwargs: KwArgs | null): KwArgs | null {
  if (p.keywords.map.size === 0) return kwargs;
  const m: KwArgs = new Map();
  for (const [k, v] of p.keywords.map) m.set(k as string, v);
  if (kwargs !== null) for (const [k, v] of kwargs) m.set(k, v);
  return m;
}

defineGenMethods(partialType, {
  __call__: function* (args, kwargs) {
    const p = P(args[0]);
    return yield* callGen(p.func, p.args.concat(args.slice(1)), mergedKw(p, kwargs));
  },
  __repr__: function* ([self]) {
    const p = P(self);
    const parts = [yield* reprOfGen(p.func)];
    for (const a of p.args) parts.push(yield* reprOfGen(a));
    for (const [k, v] of p.keywords.map) parts.push(`${String(k)}=${yield* reprOfGen(v)}`);
    const t = typeOf(p);
    const name = t === partialType ? "functools.partial" : t.qualname;
    return `${name}(${parts.join(", ")})`;
  },
});
defineGetters(partialType, {
  func: (self) => P(self).func,
  args: (self) => newTuple(P(self).args.slice()),
  keywords: (self) => P(self).keywords,
});
defineMethods(partialType, {
  __reduce__: ([self]) => {
    const p = P(self);
    return newTuple([typeOf(p), newTuple([p.func]), newTuple([p.func, newTuple(p.args.slice()), p.keywords, None])]);
  },
});

// ---- partialmethod ----

const partialMethodType = nativeType("partialmethod", "functools", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
class PyPartialMethod extends PyInstance {
  func: PyObject = None;
  args: PyObject[] = [];
  kwargs: KwArgs | null = null;
}
partialMethodType.newInstance = (cls) => new PyPartialMethod(cls);
defineGenMethods(partialMethodType, {
  __init__: function* (args, kwargs) {
    const pm = args[0] as PyPartialMethod;
    if (args.length < 2) throw typeError("partialmethod.__init__() missing 1 required positional argument: 'func'");
    const f = args[1];
    if (!isCallable(f) && (yield* getAttrDefaultGen(f, "__get__", None)) === None) {
      throw typeError(`${yield* reprOfGen(f)} is not callable or a descriptor`);
    }
    pm.func = f;
    pm.args = args.slice(2);
    pm.kwargs = kwargs !== null && kwargs.size > 0 ? new Map(kwargs) : null;
    return None;
  },
  __get__: function* ([self, obj, cls]) {
    const pm = self as PyPartialMethod;
    if (obj === None || obj === undefined) {
      return new PyBuiltin("_method", function* (a: PyObject[], kw: KwArgs | null) {
        const merged: KwArgs = new Map(pm.kwargs ?? []);
        if (kw !== null) for (const [k, v] of kw) merged.set(k, v);
        return yield* callGen(pm.func, [a[0], ...pm.args, ...a.slice(1)], merged);
      }, true);
    }
    const getter = typeOf(pm.func).lookup("__get__");
    const bound = getter === undefined ? pm.func : yield* callMethodGen(getter, pm.func, [obj, cls ?? typeOf(obj)]);
    return makePartial(partialType, [bound, ...pm.args], pm.kwargs);
  },
});

// ---- total_ordering ----

const ORDER_OPS = ["__lt__", "__le__", "__gt__", "__ge__"];
const OP_OF: Record<string, number> = { __lt__: CmpOp.Lt, __le__: CmpOp.Le, __gt__: CmpOp.Gt, __ge__: CmpOp.Ge };

/**
 * How each missing operation follows from the root one (docs: total_ordering). `r` is the root's result;
 * "not"/"and-ne"/"or-eq" are the three shapes: not r, (not r or r) and self != other, r or self == other.
 */
const DERIVED: Record<string, [string, "not" | "notAndNe" | "andNe" | "orEq" | "notOrEq"][]> = {
  __lt__: [["__gt__", "notAndNe"], ["__le__", "orEq"], ["__ge__", "not"]],
  __le__: [["__ge__", "notOrEq"], ["__lt__", "andNe"], ["__gt__", "not"]],
  __gt__: [["__lt__", "notAndNe"], ["__ge__", "orEq"], ["__le__", "not"]],
  __ge__: [["__le__", "notOrEq"], ["__gt__", "andNe"], ["__lt__", "not"]],
};

function* totalOrdering(cls: PyObject): Gen<PyObject> {
  if (!(cls instanceof PyType)) throw typeError("total_ordering expects a class");
  const roots = ORDER_OPS.filter((op) => cls.lookup(op) !== objectType.dict.get(op));
  if (roots.length === 0) throw valueError("must define at least one ordering operation: < > <= >=");
  // CPython picks max(roots) by name: __lt__ > __le__ > __gt__ > __ge__.
  const root = roots.slice().sort().reverse()[0];
  for (const [name, shape] of DERIVED[root]) {
    if (roots.includes(name)) continue;
    const fn = function* (args: PyObject[]): Gen<PyObject> {
      const [self, other] = args;
      const r = yield* callMethodGen(typeOf(self).lookup(root)!, self, [other]);
      if (r === NotImplemented) return r;
      switch (shape) {
        case "not": return !(yield* truthOfGen(r));
        case "notAndNe": return (yield* truthOfGen(r)) ? false : !(yield* equalGen(self, other));
        case "andNe": return (yield* truthOfGen(r)) ? !(yield* equalGen(self, other)) : r;
        case "orEq": return (yield* truthOfGen(r)) ? r : yield* richCompareGen(self, other, CmpOp.Eq);
        default: return (yield* truthOfGen(r)) ? yield* richCompareGen(self, other, CmpOp.Eq) : true;
      }
    };
    yield* setAttrGen(cls, name, new PyMethodDescr(cls, name, fn, true));
  }
  return cls;
}
void OP_OF;

// ---- cmp_to_key ----

const keyWrapperType = nativeType("KeyWrapper", "functools", objectType, TypeFlag.None);
class PyKeyWrapper extends PyInstance {
  constructor(readonly cmp: PyObject, readonly obj: PyObject) {
    super(keyWrapperType);
  }
}
const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
for (let op = 0; op < 6; op++) {
  defineGenMethods(keyWrapperType, {
    [CMP_NAMES[op]]: function* ([self, other]) {
      if (!(other instanceof PyKeyWrapper)) throw typeError("other argument must be K instance");
      const k = self as PyKeyWrapper;
      const r = yield* callGen(k.cmp, [k.obj, other.obj]);
      return yield* richCompareGen(r, 0, op);
    },
  });
}
defineGetters(keyWrapperType, { obj: (self) => (self as PyKeyWrapper).obj });
keyWrapperType.dict.set("__hash__", None);
keyWrapperType.flags |= TypeFlag.Unhashable;
keyWrapperType.changed();

// ---- cached_property ----

const cachedPropertyType = nativeType("cached_property", "functools", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
cachedPropertyType.newInstance = (cls) => new PyInstance(cls);
const cpAttr = (self: PyObject, name: string) => (self as PyInstance).dict!.get(name) ?? None;
defineGenMethods(cachedPropertyType, {
  __init__: function* ([self, func]) {
    const d = (self as PyInstance).dict!;
    d.set("func", func);
    d.set("attrname", None);
    d.set("__doc__", yield* getAttrDefaultGen(func, "__doc__", None));
    d.set("__module__", yield* getAttrDefaultGen(func, "__module__", None));
    return None;
  },
  __set_name__: function* ([self, , name]) {
    const cur = cpAttr(self, "attrname");
    if (cur === None) (self as PyInstance).dict!.set("attrname", name);
    else if (cur !== name) {
      throw typeError(`Cannot assign the same cached_property to two different names (${yield* reprOfGen(cur)} and ${yield* reprOfGen(name)}).`);
    }
    return None;
  },
  __get__: function* ([self, instance]) {
    if (instance === None || instance === undefined) return self;
    const name = cpAttr(self, "attrname");
    if (name === None) throw typeError("Cannot use cached_property instance without calling __set_name__ on it.");
    const d = typeof instance === "object" ? instanceDict(instance) : null;
    if (d === null) {
      throw typeError(`No '__dict__' attribute on ${yield* reprOfGen(typeOf(instance).name)} instance to cache ${yield* reprOfGen(name)} property.`);
    }
    const cached = d.get(name as string);
    if (cached !== undefined) return cached;
    const v = yield* callGen(cpAttr(self, "func"), [instance]);
    d.set(name as string, v);
    return v;
  },
});

// ---- singledispatchmethod ----

const sdMethodType = nativeType("singledispatchmethod", "functools", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
sdMethodType.newInstance = (cls) => new PyInstance(cls);
const sdAttr = (self: PyObject, name: string) => (self as PyInstance).dict!.get(name) ?? None;
defineGenMethods(sdMethodType, {
  __init__: function* ([self, func]) {
    if (!isCallable(func) && typeOf(func).lookup("__get__") === undefined) {
      throw typeError(`${yield* reprOfGen(func)} is not callable or a descriptor`);
    }
    const d = (self as PyInstance).dict!;
    d.set("dispatcher", yield* singledispatchGen(func, (w, f) => updateWrapper(w, f)));
    d.set("func", func);
    return None;
  },
  register: function* (args) {
    const reg = yield* getAttrGen(sdAttr(args[0], "dispatcher"), "register");
    return yield* callGen(reg, args.slice(1));
  },
  __get__: function* ([self, obj, cls]) {
    const dispatcher = sdAttr(self, "dispatcher");
    return new PyBuiltin("_method", function* (a: PyObject[], kw: KwArgs | null) {
      if (a.length === 0) throw typeError("singledispatchmethod method requires at least 1 positional argument");
      const method = yield* callGen(yield* getAttrGen(dispatcher, "dispatch"), [typeOf(a[0])]);
      const getter = typeOf(method).lookup("__get__");
      const bound = getter === undefined ? method : yield* callMethodGen(getter, method, [obj ?? None, cls ?? None]);
      return yield* callGen(bound, a, kw);
    }, true);
  },
});

// ---- the module ----

export function createFunctools(rt: RuntimeContext): PyModule {
  const m = new PyModule("functools");
  m.dict.set("__all__", newList(["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering",
    "cache", "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch", "singledispatchmethod",
    "cached_property"]));
  m.dict.set("WRAPPER_ASSIGNMENTS", newTuple(WRAPPER_ASSIGNMENTS.slice()));
  m.dict.set("WRAPPER_UPDATES", newTuple(WRAPPER_UPDATES.slice()));
  m.dict.set("partial", partialType);
  m.dict.set("partialmethod", partialMethodType);
  m.dict.set("cached_property", cachedPropertyType);
  m.dict.set("KeyWrapper", keyWrapperType);
  m.dict.set("singledispatchmethod", sdMethodType);

  // CacheInfo is a namedtuple made once per interpreter; type() runs no Python for a tuple subclass.
  const info = namedtupleGen(rt, ["CacheInfo", newList(["hits", "misses", "maxsize", "currsize"])], new Map([["module", "functools"]]));
  const step = info.next();
  if (!step.done) throw typeError("gilpy: CacheInfo could not be built");
  const cacheInfoType = step.value as PyType;
  m.dict.set("_CacheInfo", cacheInfoType);

  const uw = genFn(m, "update_wrapper", function* (args, kwargs) {
    const wrapper = args[0] ?? kwargs?.get("wrapper"), wrapped = args[1] ?? kwargs?.get("wrapped");
    if (wrapper === undefined || wrapped === undefined) throw typeError("update_wrapper() missing required argument");
    const assigned = args[2] ?? kwargs?.get("assigned");
    const updated = args[3] ?? kwargs?.get("updated");
    return yield* updateWrapper(wrapper, wrapped,
      assigned === undefined ? WRAPPER_ASSIGNMENTS : yield* strings(assigned),
      updated === undefined ? WRAPPER_UPDATES : yield* strings(updated));
  });
  genFn(m, "wraps", function* (args, kwargs) {
    const kw: KwArgs = new Map([["wrapped", args[0] ?? kwargs?.get("wrapped") ?? None]]);
    kw.set("assigned", args[1] ?? kwargs?.get("assigned") ?? m.dict.get("WRAPPER_ASSIGNMENTS")!);
    kw.set("updated", args[2] ?? kwargs?.get("updated") ?? m.dict.get("WRAPPER_UPDATES")!);
    return makePartial(partialType, [uw], kw);
  });
  genFn(m, "reduce", function* (args) {
    if (args.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${args.length}`);
    if (args.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${args.length}`);
    const it = yield* getIterGen(args[1]);
    let acc: PyObject | undefined = args[2];
    for (;;) {
      const v = yield* iterNextGen(it);
      if (v === undefined) break;
      acc = acc === undefined ? v : yield* callGen(args[0], [acc, v]);
    }
    if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
    return acc;
  });
  genFn(m, "lru_cache", (args, kwargs) => lruCacheGen(args, kwargs, cacheInfoType, (w, f) => updateWrapper(w, f)));
  genFn(m, "cache", function* (args) {
    const decorate = yield* lruCacheGen([None], null, cacheInfoType, (w, f) => updateWrapper(w, f));
    return yield* callGen(decorate, [args[0]]);
  });
  genFn(m, "total_ordering", (args) => totalOrdering(args[0]));
  genFn(m, "cmp_to_key", function* (args, kwargs) {
    const cmp = args[0] ?? kwargs?.get("mycmp");
    if (cmp === undefined) throw typeError("cmp_to_key() missing required argument 'mycmp' (pos 1)");
    return new PyBuiltin("K", (a: PyObject[]) => new PyKeyWrapper(cmp, a[0]), false);
  });
  genFn(m, "singledispatch", (args) => singledispatchGen(args[0], (w, f) => updateWrapper(w, f)));
  void PyTuple;
  void PyMethod;
  void typeCallGen;
  void attributeError;
  return m;
}
