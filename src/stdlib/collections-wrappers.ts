// collections-wrappers.ts — collections.ChainMap, UserDict, UserList and UserString (native): classes whose
// instances keep their state in ordinary attributes (`maps`, `data`) and delegate to them through the
// generic operations, as docs.python.org/3.11/library/collections.html describes.
import {
  PyObject, PyType, PyInstance, PyList, KwArgs, None, NotImplemented, TypeFlag, typeOf, objectType, newTuple, newList,
} from "../runtime/object.js";
import { PyDict } from "../runtime/dict.js";
import { keyError, typeError, KeyError, isException } from "../runtime/exceptions.js";
import { defineGenMethods, PyBuiltin } from "../runtime/builtin-function.js";
import { PyProperty } from "../runtime/types/descriptors.js";
import { getItemGen, setItemGen } from "../runtime/ops-item.js";
import { loadAttrGen } from "../runtime/ops-attr.js";
import { typeCallGen, callGen } from "../runtime/ops-call.js";
import { containsGen, richCompareGen, cmpNames } from "../runtime/ops-compare.js";
import { binaryOpGen, BinOp } from "../runtime/ops-arith.js";
import { getIterGen, iterNextGen } from "../runtime/ops-iter.js";
import { strGen } from "../runtime/ops-object.js";
import { dictUpdateGen } from "../runtime/types/dict-methods.js";
import { PySlice } from "../runtime/types/slice.js";
import { nativeType, reprOfGen, itemsOf, lenOfGen, truthOfGen, type Gen } from "./native-helpers.js";

function wrapperType(name: string): PyType {
  const t = nativeType(name, "collections", objectType, TypeFlag.BaseType | TypeFlag.HasDict);
  t.newInstance = (cls) => new PyInstance(cls);
  return t;
}

function attr(self: PyObject, name: string): PyObject {
  const v = (self as PyInstance).dict?.get(name);
  if (v === undefined) throw typeError(`'${typeOf(self).name}' object has no '${name}'`);
  return v;
}
const setAttr = (self: PyObject, name: string, v: PyObject) => (self as PyInstance).dict!.set(name, v);

/** Calls `obj.name(*args)`. */
function* callAttr(obj: PyObject, name: string, args: PyObject[], kwargs: KwArgs | null = null): Gen<PyObject> {
  return yield* callGen(yield* loadAttrGen(obj, name), args, kwargs);
}

function isKeyError(e: unknown): boolean {
  return isException(e) && e.type.isSubtypeOf(KeyError);
}

// ---- ChainMap ----

export const chainMapType = wrapperType("ChainMap");
const maps = (self: PyObject): PyObject[] => (attr(self, "maps") as PyList).items;

/** Keys of all maps, first occurrence order as CPython's ChainMap.__iter__ gives (last map first). */
function* chainKeys(self: PyObject): Gen<PyObject[]> {
  const d = new PyDict();
  const ms = maps(self);
  for (let i = ms.length - 1; i >= 0; i--) for (const k of yield* itemsOf(ms[i])) yield* d.setGen(k, None);
  return [...d.map.keys()].map((n) => d.keyOf(n));
}

function* chainGet(self: PyObject, key: PyObject): Gen<PyObject | undefined> {
  for (const m of maps(self)) {
    try {
      return yield* getItemGen(m, key);
    } catch (e) {
      if (!isKeyError(e)) throw e;
    }
  }
  return undefined;
}

function* chainDict(self: PyObject): Gen<PyDict> {
  const d = new PyDict();
  for (const k of yield* chainKeys(self)) yield* d.setGen(k, (yield* chainGet(self, k))!);
  return d;
}

defineGenMethods(chainMapType, {
  __init__: function* (args) {
    setAttr(args[0], "maps", newList(args.length > 1 ? args.slice(1) : [new PyDict()]));
    return None;
  },
  __getitem__: function* ([self, key]) {
    const v = yield* chainGet(self, key);
    if (v !== undefined) return v;
    return yield* callAttr(self, "__missing__", [key]);
  },
  __missing__: function* ([, key]) {
    throw keyError(key);
  },
  get: function* ([self, key, dflt]) {
    const v = (yield* containsGen(self, key)) ? yield* getItemGen(self, key) : undefined;
    return v !== undefined ? v : dflt ?? None;
  },
  __len__: function* ([self]) {
    return (yield* chainKeys(self)).length;
  },
  __iter__: function* ([self]) {
    return yield* getIterGen(newList(yield* chainKeys(self)));
  },
  __contains__: function* ([self, key]) {
    for (const m of maps(self)) if (yield* containsGen(m, key)) return true;
    return false;
  },
  __bool__: function* ([self]) {
    for (const m of maps(self)) if (yield* truthOfGen(m)) return true;
    return false;
  },
  __repr__: function* ([self]) {
    const parts: string[] = [];
    for (const m of maps(self)) parts.push(yield* reprOfGen(m));
    return `${typeOf(self).name}(${parts.join(", ")})`;
  },
  copy: function* ([self]) {
    const ms = maps(self);
    return yield* typeCallGen(typeOf(self), [yield* callAttr(ms[0], "copy", []), ...ms.slice(1)], null);
  },
  new_child: function* (args, kwargs) {
    const self = args[0];
    let m = args.length > 1 ? args[1] : None;
    if (m === None) m = new PyDict();
    if (kwargs !== null && kwargs.size > 0) yield* callAttr(m, "update", [], kwargs);
    return yield* typeCallGen(typeOf(self), [m, ...maps(self)], null);
  },
  __setitem__: function* ([self, key, v]) {
    yield* setItemGen(maps(self)[0], key, v);
    return None;
  },
  __delitem__: function* ([self, key]) {
    try {
      yield* setItemGen(maps(self)[0], key, undefined);
    } catch (e) {
      if (isKeyError(e)) throw keyError(`Key not found in the first mapping: ${yield* reprOfGen(key)}`);
      throw e;
    }
    return None;
  },
  popitem: function* ([self]) {
    try {
      return yield* callAttr(maps(self)[0], "popitem", []);
    } catch (e) {
      if (isKeyError(e)) throw keyError("No keys found in the first mapping.");
      throw e;
    }
  },
  pop: function* (args) {
    try {
      return yield* callAttr(maps(args[0])[0], "pop", args.slice(1));
    } catch (e) {
      if (isKeyError(e)) throw keyError(`Key not found in the first mapping: ${yield* reprOfGen(args[1])}`);
      throw e;
    }
  },
  clear: function* ([self]) {
    yield* callAttr(maps(self)[0], "clear", []);
    return None;
  },
  keys: function* ([self]) {
    return yield* callAttr(yield* chainDict(self), "keys", []);
  },
  values: function* ([self]) {
    return yield* callAttr(yield* chainDict(self), "values", []);
  },
  items: function* ([self]) {
    return yield* callAttr(yield* chainDict(self), "items", []);
  },
  __eq__: function* ([self, other]) {
    const d = yield* chainDict(self);
    const o = new PyDict();
    yield* dictUpdateGen(o, yield* callAttr(other, "items", []));
    return yield* richCompareGen(d, o, 2);
  },
  __or__: function* ([self, other]) {
    if (!(other instanceof PyDict)) return NotImplemented;
    const ms = maps(self);
    const first = yield* callAttr(ms[0], "copy", []);
    yield* dictUpdateGen(first as PyDict, other);
    return yield* typeCallGen(typeOf(self), [first, ...ms.slice(1)], null);
  },
  __ior__: function* ([self, other]) {
    yield* callAttr(maps(self)[0], "update", [other]);
    return self;
  },
});
// parents builds an instance of the (sub)class, so it is a property over a resumable builtin.
chainMapType.dict.set("parents", new PyProperty(new PyBuiltin("parents", function* (args: PyObject[]): Gen<PyObject> {
  return yield* typeCallGen(typeOf(args[0]), maps(args[0]).slice(1), null);
}, true), None, None, None));
chainMapType.dict.set("__hash__", None);
chainMapType.flags |= TypeFlag.Unhashable;
chainMapType.changed();

// ---- UserDict / UserList / UserString: `data` holds a real dict / list / str ----

export const userDictType = wrapperType("UserDict");
export const userListType = wrapperType("UserList");
export const userStringType = wrapperType("UserString");

const data = (self: PyObject) => attr(self, "data");

defineGenMethods(userDictType, {
  __init__: function* (args, kwargs) {
    setAttr(args[0], "data", new PyDict());
    if (args.length > 1 && args[1] !== None) yield* callAttr(args[0], "update", [args[1]]);
    if (kwargs !== null && kwargs.size > 0) yield* callAttr(args[0], "update", [], kwargs);
    return None;
  },
  __getitem__: function* ([self, key]) {
    const d = data(self);
    if (yield* containsGen(d, key)) return yield* getItemGen(d, key);
    const miss = typeOf(self).lookup("__missing__");
    if (miss !== undefined) return yield* callAttr(self, "__missing__", [key]);
    throw keyError(key);
  },
  update: function* (args, kwargs) {
    const self = args[0];
    const src = args.length > 1 ? args[1] : None;
    const pairs = new PyDict();
    if (src !== None) yield* dictUpdateGen(pairs, src);
    if (kwargs !== null) for (const [k, v] of kwargs) pairs.setNorm(k, k, v);
    for (const [n, v] of Array.from(pairs.map)) yield* setItemGen(self, pairs.keyOf(n), v);
    return None;
  },
  get: function* ([self, key, dflt]) {
    return (yield* containsGen(self, key)) ? yield* getItemGen(self, key) : dflt ?? None;
  },
  copy: function* ([self]) {
    return yield* typeCallGen(typeOf(self), [data(self)], null);
  },
  __repr__: ([self]) => reprOfGen(data(self)),
});

defineGenMethods(userListType, {
  __init__: function* ([self, init]) {
    setAttr(self, "data", newList(init === undefined || init === None ? [] : yield* itemsOf(init instanceof PyInstance && typeOf(init).isSubtypeOf(userListType) ? data(init) : init)));
    return None;
  },
  __getitem__: function* ([self, i]) {
    const r = yield* getItemGen(data(self), i);
    return i instanceof PySlice ? yield* typeCallGen(typeOf(self), [r], null) : r;
  },
  __add__: function* ([self, other]) {
    const o = other instanceof PyInstance && typeOf(other).isSubtypeOf(userListType) ? data(other) : newList(yield* itemsOf(other));
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(data(self), o, BinOp.Add)], null);
  },
  __radd__: function* ([self, other]) {
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(newList(yield* itemsOf(other)), data(self), BinOp.Add)], null);
  },
  __iadd__: function* ([self, other]) {
    yield* callAttr(data(self), "extend", [other instanceof PyInstance && typeOf(other).isSubtypeOf(userListType) ? data(other) : other]);
    return self;
  },
  __mul__: function* ([self, n]) {
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(data(self), n, BinOp.Mul)], null);
  },
  copy: function* ([self]) {
    return yield* typeCallGen(typeOf(self), [data(self)], null);
  },
  __repr__: ([self]) => reprOfGen(data(self)),
});

defineGenMethods(userStringType, {
  __init__: function* ([self, seq]) {
    setAttr(self, "data", seq instanceof PyInstance && typeOf(seq).isSubtypeOf(userStringType) ? data(seq) : yield* strGen(seq));
    return None;
  },
  __str__: function* ([self]) {
    return data(self);
  },
  __repr__: ([self]) => reprOfGen(data(self)),
  __getitem__: function* ([self, i]) {
    return yield* typeCallGen(typeOf(self), [yield* getItemGen(data(self), i)], null);
  },
  __add__: function* ([self, other]) {
    const o = other instanceof PyInstance && typeOf(other).isSubtypeOf(userStringType) ? data(other) : typeof other === "string" ? other : yield* strGen(other);
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(data(self), o, BinOp.Add)], null);
  },
  __radd__: function* ([self, other]) {
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(yield* strGen(other), data(self), BinOp.Add)], null);
  },
  __mul__: function* ([self, n]) {
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(data(self), n, BinOp.Mul)], null);
  },
  __mod__: function* ([self, args]) {
    return yield* typeCallGen(typeOf(self), [yield* binaryOpGen(data(self), args, BinOp.Mod)], null);
  },
});

/** Methods that only forward to `data` (results kept as they are unless `wrap` lists the name). */
function forward(t: PyType, names: string[], wrap: Set<string>): void {
  for (const name of names) {
    defineGenMethods(t, {
      [name]: function* (args, kwargs) {
        const self = args[0];
        const d = data(self);
        const fixed = args.slice(1).map((a) => (a instanceof PyInstance && typeOf(a).isSubtypeOf(t) ? data(a) : a));
        const r = yield* callAttr(d, name, fixed, kwargs);
        return wrap.has(name) ? yield* typeCallGen(typeOf(self), [r], null) : r;
      },
    });
  }
}
const CMP = cmpNames.slice();
forward(userDictType, ["__len__", "__iter__", "__contains__", "__setitem__", "__delitem__", "keys", "values", "items", "pop",
  "popitem", "setdefault", "clear", "__eq__", "__ne__"], new Set());
forward(userListType, ["__len__", "__iter__", "__contains__", "__setitem__", "__delitem__", "__reversed__", "append", "insert",
  "pop", "remove", "clear", "count", "index", "reverse", "sort", "extend", ...CMP], new Set());
const STR_WRAP = ["capitalize", "casefold", "center", "expandtabs", "ljust", "lower", "lstrip", "removeprefix", "removesuffix",
  "replace", "rjust", "rstrip", "strip", "swapcase", "title", "translate", "upper", "zfill"];
forward(userStringType, ["__len__", "__iter__", "__contains__", "__hash__", "__reversed__", ...CMP, ...STR_WRAP, "count",
  "encode", "endswith", "find", "format", "format_map", "index", "isalpha", "isalnum", "isascii", "isdecimal", "isdigit",
  "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "join", "partition", "rfind",
  "rindex", "rpartition", "rsplit", "split", "splitlines", "startswith"], new Set(STR_WRAP));
userDictType.dict.set("__hash__", None);
userListType.dict.set("__hash__", None);
for (const t of [userDictType, userListType]) {
  t.flags |= TypeFlag.Unhashable;
  t.changed();
}

export { newTuple, iterNextGen, lenOfGen };
