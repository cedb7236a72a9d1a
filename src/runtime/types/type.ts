// type.ts (types) — the methods and attributes of `type`: type(x) and type(name, bases, ns), __call__,
// __repr__, __name__/__qualname__/__module__/__doc__/__dict__/__mro__/__bases__/__base__, mro(),
// __subclasses__(), __instancecheck__/__subclasscheck__, __prepare__, and isinstance/issubclass logic.
import {
  PyObject, PyType, PyTuple, KwArgs, None, TypeFlag, typeOf, typeName, typeType, objectType, newTuple, PyList,
} from "../object.js";
import { PyDict } from "../dict.js";
import {
  PyBuiltin, defineGenMethods, defineGetters, defineMethods, defineClassMethods,
} from "../builtin-function.js";
import { typeError } from "../exceptions.js";
import { typeCallDefault, callMethodGen, type Gen } from "../ops-call.js";
import { typeNewGen } from "../class-builder.js";
import { asStr, truthGen } from "../ops-object.js";
import { dictObjectOf } from "./object.js";
import { makeUnion, PyUnion } from "./generic-alias.js";
import type { NativeGen } from "../protocol.js";

function* typeNew(args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const meta = args[0];
  if (!(meta instanceof PyType)) throw typeError(`type.__new__(X): X is not a type object (${typeName(meta)})`);
  const n = args.length - 1;
  if (n === 1 && meta === typeType && (kwargs === null || kwargs.size === 0)) return typeOf(args[1]);
  if (n !== 3) throw typeError("type() takes 1 or 3 arguments");
  return yield* typeNewGen(meta, args[1], args[2], args[3], kwargs);
}
typeType.dict.set("__new__", new PyBuiltin("__new__", typeNew as never, true, typeType, "type.__new__"));

export function typeRepr(t: PyType): string {
  const mod = t.module;
  return mod && mod !== "builtins" ? `<class '${mod}.${t.qualname}'>` : `<class '${t.qualname}'>`;
}

defineMethods(typeType, {
  __init__: (args) => {
    if (args.length !== 2 && args.length !== 4) throw typeError("type.__init__() takes 1 or 3 arguments");
    return None;
  },
  __repr__: ([self]) => typeRepr(self as PyType),
  mro: ([self]) => new PyList((self as PyType).mro.slice()),
  __or__: ([a, b]) => makeUnion(a, b),
  __ror__: ([a, b]) => makeUnion(b, a),
  __subclasses__: ([self]) => new PyList((self as PyType).subclasses.slice()),
  __sizeof__: () => 900,
});
defineGenMethods(typeType, {
  __call__: function* (args, kwargs) {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw typeError(`descriptor '__call__' requires a 'type' object but received a '${typeName(cls)}'`);
    return yield* typeCallDefault(cls, args.slice(1), kwargs);
  },
  __instancecheck__: function* ([self, obj]) {
    return typeOf(obj).isSubtypeOf(self as PyType);
  },
  __subclasscheck__: function* ([self, sub]) {
    if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
    return sub.isSubtypeOf(self as PyType);
  },
});
defineClassMethods(typeType, {
  __prepare__: () => new PyDict(),
});

function heapOnly(t: PyType, what: string): void {
  if (!(t.flags & TypeFlag.Heap)) throw typeError(`cannot set '${what}' attribute of immutable type '${t.name}'`);
}

defineGetters(typeType, {
  __name__: (self) => (self as PyType).name,
  __qualname__: (self) => (self as PyType).qualname,
  __module__: (self) => {
    const t = self as PyType;
    const m = t.dict.get("__module__");
    return m !== undefined ? m : t.module;
  },
  __doc__: (self) => {
    const v = (self as PyType).dict.get("__doc__");
    return v === undefined ? None : v;
  },
  __dict__: (self) => dictObjectOf((self as PyType).dict),
  __mro__: (self) => newTuple((self as PyType).mro.slice()),
  __bases__: (self) => newTuple((self as PyType).bases.slice()),
  __base__: (self) => {
    const t = self as PyType;
    if (t.bases.length === 0) return None;
    return t.solidBase !== null && t.bases.includes(t.solidBase) ? t.solidBase : t.bases[0];
  },
  __basicsize__: () => 16,
  __flags__: (self) => (self as PyType).flags,
}, {
  __name__: (self, v) => {
    const t = self as PyType;
    heapOnly(t, "__name__");
    const s = v === undefined ? null : asStr(v);
    if (s === null) throw typeError(`can only assign string to ${t.name}.__name__, not '${v === undefined ? "NoneType" : typeName(v)}'`);
    t.name = s;
  },
  __qualname__: (self, v) => {
    const t = self as PyType;
    heapOnly(t, "__qualname__");
    const s = v === undefined ? null : asStr(v);
    if (s === null) throw typeError(`can only assign string to ${t.name}.__qualname__, not '${v === undefined ? "NoneType" : typeName(v)}'`);
    t.qualname = s;
  },
  __module__: (self, v) => {
    const t = self as PyType;
    heapOnly(t, "__module__");
    if (v === undefined) t.dict.delete("__module__");
    else {
      t.dict.set("__module__", v);
      const s = asStr(v);
      if (s !== null) t.module = s;
    }
    t.changed();
  },
  __doc__: (self, v) => {
    const t = self as PyType;
    heapOnly(t, "__doc__");
    t.dict.set("__doc__", v === undefined ? None : v);
    t.changed();
  },
});

// ---- isinstance / issubclass ----

function* checkClassInfo(cls: PyObject, fn: string): Gen<void> {
  if (cls instanceof PyType || cls instanceof PyTuple) return;
  if (typeOf(cls).lookup("__instancecheck__") !== undefined && fn === "isinstance") return;
  if (typeOf(cls).lookup("__subclasscheck__") !== undefined && fn === "issubclass") return;
  throw typeError(`${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

/** isinstance(obj, cls) with tuples and metaclass __instancecheck__. */
export function* isInstanceGen(obj: PyObject, cls: PyObject): Gen<boolean> {
  if (cls instanceof PyType && typeOf(obj) === cls) return true;
  if (cls instanceof PyTuple || cls instanceof PyUnion) {
    for (const c of cls instanceof PyUnion ? cls.args.items : cls.items) if (yield* isInstanceGen(obj, c)) return true;
    return false;
  }
  yield* checkClassInfo(cls, "isinstance");
  const meta = typeOf(cls);
  if (meta !== typeType) {
    const m = meta.lookup("__instancecheck__");
    if (m !== undefined && m !== typeType.dict.get("__instancecheck__")) {
      return yield* truthGen(yield* callMethodGen(m, cls, [obj]));
    }
  }
  if (!(cls instanceof PyType)) throw typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
  if (typeOf(obj).isSubtypeOf(cls)) return true;
  // obj.__class__ may differ from type(obj) (proxies): CPython checks it too.
  return false;
}

/** issubclass(sub, cls). */
export function* isSubclassGen(sub: PyObject, cls: PyObject): Gen<boolean> {
  if (cls instanceof PyTuple || cls instanceof PyUnion) {
    for (const c of cls instanceof PyUnion ? cls.args.items : cls.items) if (yield* isSubclassGen(sub, c)) return true;
    return false;
  }
  yield* checkClassInfo(cls, "issubclass");
  const meta = typeOf(cls);
  if (meta !== typeType) {
    const m = meta.lookup("__subclasscheck__");
    if (m !== undefined && m !== typeType.dict.get("__subclasscheck__")) {
      return yield* truthGen(yield* callMethodGen(m, cls, [sub]));
    }
  }
  if (!(sub instanceof PyType)) throw typeError("issubclass() arg 1 must be a class");
  if (!(cls instanceof PyType)) throw typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return sub.isSubtypeOf(cls);
}

export { objectType };
