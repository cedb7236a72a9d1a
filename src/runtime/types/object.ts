// object.ts (types) — the methods and attributes of `object`, the root of every class: __new__/__init__,
// __repr__/__str__/__format__, identity __eq__/__ne__/__hash__, __getattribute__/__setattr__/__delattr__,
// __class__ (get and set), __dict__, __dir__, __init_subclass__, __subclasshook__, __reduce_ex__.
import {
  PyObject, PyType, PyInstance, PyList, NotImplemented, None, TypeFlag, typeOf, typeName, objectType, PyObj,
} from "../object.js";
import { PyDict } from "../dict.js";
import {
  PyBuiltin, defineMethods, defineGenMethods, defineGetters, defineClassMethods,
} from "../builtin-function.js";
import { typeError, attributeError } from "../exceptions.js";
import { objectNew, objectInit, callMethodGen, type Gen } from "../ops-call.js";
import { genericGetAttrGen, genericSetAttrGen, instanceDict, noAttribute } from "../ops-attr.js";
import { defaultRepr, idHash, reprGen, strGen, truthGen, asStr } from "../ops-object.js";
import { objectInitSubclass } from "../class-builder.js";
import { exactlyOne } from "../arg-parse.js";

objectType.dict.set("__new__", new PyBuiltin("__new__", objectNew, false, objectType, "object.__new__"));

/** The __dict__ object of an instance: one PyDict per attribute map, so `o.__dict__ is o.__dict__`. */
const dictViews = new WeakMap<Map<string, PyObject>, PyDict>();
export function dictObjectOf(d: Map<string, PyObject>): PyDict {
  let v = dictViews.get(d);
  if (v === undefined) {
    v = PyDict.fromAttrs(d);
    dictViews.set(d, v);
  }
  return v;
}

function* objectNe([self, other]: PyObject[]): Gen<PyObject> {
  const eq = typeOf(self).lookup("__eq__");
  if (eq === undefined) return NotImplemented;
  const r = yield* callMethodGen(eq, self, [other]);
  if (r === NotImplemented) return r;
  if (typeof r === "boolean") return !r;
  return !(yield* truthGen(r));
}

function* objectFormat([self, spec]: PyObject[]): Gen<PyObject> {
  const s = asStr(spec);
  if (s === null) throw typeError(`format_spec must be str, not ${typeName(spec)}`);
  if (s.length > 0) throw typeError(`unsupported format string passed to ${typeName(self)}.__format__`);
  return yield* strGen(self);
}

defineMethods(objectType, {
  __init__: objectInit,
  __repr__: ([self]) => defaultRepr(self),
  __eq__: ([self, other]) => (self === other ? true : NotImplemented),
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __hash__: ([self]) => idHash(self),
  __sizeof__: () => 16,
  __reduce_ex__: ([self]) => {
    throw typeError(`cannot pickle '${typeName(self)}' object`);
  },
});
defineGenMethods(objectType, {
  __str__: function* ([self]) {
    return yield* reprGen(self);
  },
  __ne__: objectNe,
  __format__: objectFormat,
  __getattribute__: function* (args) {
    const [self, name] = args;
    exactlyOne("__getattribute__", args.length - 1 === 1 ? 1 : args.length - 1);
    const n = asStr(name);
    if (n === null) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    return yield* genericGetAttrGen(self, n);
  },
  __setattr__: function* ([self, name, value]) {
    const n = asStr(name);
    if (n === null) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    yield* genericSetAttrGen(self, n, value);
    return None;
  },
  __delattr__: function* ([self, name]) {
    const n = asStr(name);
    if (n === null) throw typeError(`attribute name must be string, not '${typeName(name)}'`);
    yield* genericSetAttrGen(self, n, undefined);
    return None;
  },
  __dir__: function* ([self]) {
    const names = new Set<string>();
    if (typeof self === "object") {
      const d = instanceDict(self);
      if (d !== null) for (const k of d.keys()) names.add(k);
    }
    for (const t of typeOf(self).mro) for (const k of t.dict.keys()) names.add(k);
    return new PyList(Array.from(names));
  },
});

defineClassMethods(objectType, {
  __init_subclass__: objectInitSubclass,
  __subclasshook__: () => NotImplemented,
});

defineGetters(objectType, {
  __class__: (self) => typeOf(self),
}, {
  __class__: (self, value) => {
    if (value === undefined) throw typeError("can't delete __class__ attribute");
    if (!(value instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${typeName(value)}' object`);
    const cur = typeOf(self);
    if (!(self instanceof PyInstance) || !(value.flags & TypeFlag.Heap) || !(cur.flags & TypeFlag.Heap)) {
      throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    if (value.solidBase !== cur.solidBase || String(value.slots) !== String(cur.slots)) {
      throw typeError(`__class__ assignment: '${value.name}' object layout differs from '${cur.name}'`);
    }
    (self as PyObj).type = value;
  },
});

/** `__dict__` of instances: installed on object so every instance with a dict answers it. */
defineGetters(objectType, {
  __dict__: (self) => {
    const d = typeof self === "object" ? instanceDict(self) : null;
    if (d === null) throw noAttribute(self, "__dict__");
    return dictObjectOf(d);
  },
}, {
  __dict__: (self, value) => {
    const d = typeof self === "object" ? instanceDict(self) : null;
    if (d === null) throw noAttribute(self, "__dict__");
    if (!(value instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${value === undefined ? "NoneType" : typeName(value)}'`);
    d.clear();
    for (const [n, v] of value.map) {
      const k = asStr(value.keyOf(n));
      if (k !== null) d.set(k, v);
    }
  },
});
objectType.dict.set("__doc__", "The base class of the class hierarchy.");
objectType.changed();

export { attributeError };
