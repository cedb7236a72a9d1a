// ops-call.ts — calling any Python object from TypeScript without recursing into the VM: builtins run
// inline, Python functions are handed to the VM as CallRequests, types go through type.__call__
// (__new__ then __init__), other objects through their type's __call__.
//
// Contract with the VM: `callGen` only ever yields CallRequests whose callable is a PyFunction (the VM
// pushes a frame and sends the result back). When the VM receives a CallRequest for anything else (from
// code that used protocol.ts `call`), it drives `callGen(callable, args, kwargs)` instead.
import {
  PyObject, PyObj, PyType, KwArgs, PyInstance, None, typeOf, typeName, typeType, objectType, TypeFlag,
} from "./object.js";
import { CallRequest, type NativeGen, type NativeFn, type NativeGenFn, type Request } from "./protocol.js";
import { PyBuiltin, PyMethodDescr, PyClassMethodDescr } from "./builtin-function.js";
import { PyFunction, PyMethod } from "./function.js";
import { typeError, notCallable } from "./exceptions.js";
import { PyClassMethod, PyStaticMethod } from "./types/descriptors.js";

/** A resumable computation yielding VM requests and returning T. */
export type Gen<T> = Generator<Request, T, any>;

/** Calls any callable; see the file comment for what it yields. */
export function* callGen(f: PyObject, args: PyObject[], kwargs: KwArgs | null = null): NativeGen {
  if (typeof f === "object") {
    if (f instanceof PyFunction) return yield new CallRequest(f, args, kwargs);
    if (f instanceof PyBuiltin) {
      const a = f.bound ? prepend(f.self!, args) : args;
      return f.isGen ? yield* (f.fn as NativeGenFn)(a, kwargs) : (f.fn as NativeFn)(a, kwargs);
    }
    if (f instanceof PyMethod) {
      const fn = f.func;
      const a = prepend(f.self, args);
      if (fn instanceof PyFunction) return yield new CallRequest(fn, a, kwargs);
      return yield* callGen(fn, a, kwargs);
    }
    if (f instanceof PyType) return yield* typeCallGen(f, args, kwargs);
    if (f instanceof PyMethodDescr) {
      checkDescrSelf(f.owner, f.name, args);
      return f.isGen ? yield* (f.fn as NativeGenFn)(args, kwargs) : (f.fn as NativeFn)(args, kwargs);
    }
    if (f instanceof PyClassMethodDescr) {
      return f.isGen ? yield* (f.fn as NativeGenFn)(args, kwargs) : (f.fn as NativeFn)(args, kwargs);
    }
    if (f instanceof PyStaticMethod) return yield* callGen(f.func, args, kwargs);
  }
  const c = typeOf(f).lookup("__call__");
  if (c === undefined || c === None) throw notCallable(f);
  return yield* callMethodGen(c, f, args, kwargs);
}

/**
 * The plain path of a call: the result when `f` is a builtin that needs no Python, or undefined when the
 * caller must use callGen (Python functions, types, resumable builtins, __call__).
 */
export function callFast(f: PyObject, args: PyObject[], kwargs: KwArgs | null): PyObject | undefined {
  if (f instanceof PyBuiltin && !f.isGen) {
    return (f.fn as NativeFn)(f.bound ? prepend(f.self!, args) : args, kwargs);
  }
  return undefined;
}

function prepend(self: PyObject, args: PyObject[]): PyObject[] {
  const a = new Array<PyObject>(args.length + 1);
  a[0] = self;
  for (let i = 0; i < args.length; i++) a[i + 1] = args[i];
  return a;
}

function checkDescrSelf(owner: PyType, name: string, args: PyObject[]): void {
  if (args.length === 0) throw typeError(`unbound method ${owner.name}.${name}() needs an argument`);
  if (!typeOf(args[0]).isSubtypeOf(owner)) {
    throw typeError(`descriptor '${name}' for '${owner.name}' objects doesn't apply to a '${typeName(args[0])}' object`);
  }
}

/**
 * Calls `m` — a raw value found on a type's MRO, not yet bound — as a method of `self`. Functions and
 * builtin method descriptors are called with self prepended (no bound-method object is made); anything
 * else is bound through its descriptor protocol first.
 */
export function* callMethodGen(m: PyObject, self: PyObject, args: PyObject[], kwargs: KwArgs | null = null): NativeGen {
  if (m instanceof PyFunction) return yield new CallRequest(m, prepend(self, args), kwargs);
  if (m instanceof PyMethodDescr) {
    const a = prepend(self, args);
    return m.isGen ? yield* (m.fn as NativeGenFn)(a, kwargs) : (m.fn as NativeFn)(a, kwargs);
  }
  if (m instanceof PyStaticMethod) return yield* callGen(m.func, args, kwargs);
  if (m instanceof PyClassMethod) return yield* callGen(m.func, prepend(typeOf(self), args), kwargs);
  if (m instanceof PyBuiltin) return yield* callGen(m, args, kwargs); // builtins are not descriptors
  const bound = yield* bindGen(m, self);
  return yield* callGen(bound, args, kwargs);
}

/** Calls `typeOf(self).name(self, ...args)`, or returns undefined when the type has no such method. */
export function* callSpecialGen(self: PyObject, name: string, args: PyObject[]): Gen<PyObject | undefined> {
  const m = typeOf(self).lookup(name);
  if (m === undefined) return undefined;
  return yield* callMethodGen(m, self, args, null);
}

/** Applies a descriptor's __get__ (if its type has one) for an instance access; hook set by ops-attr. */
export let bindGen: (d: PyObject, self: PyObject) => Gen<PyObject> = function* (d) {
  return d;
};
export function setBindGen(f: (d: PyObject, self: PyObject) => Gen<PyObject>): void {
  bindGen = f;
}

// ---- type.__call__: making instances ----

/** True when `cls.__init__` is object.__init__ (so extra constructor arguments are an error). */
function isObjectSlot(cls: PyType, name: string): boolean {
  return cls.lookup(name) === objectType.dict.get(name);
}

/** object.__new__(cls, *args): the checks of CPython's Objects/typeobject.c object_new. */
export function objectNew(args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (args.length === 0) throw typeError("object.__new__(): not enough arguments");
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${typeName(cls)})`);
  if (args.length > 1 || (kwargs !== null && kwargs.size > 0)) {
    if (!isObjectSlot(cls, "__new__")) throw typeError("object.__new__() takes exactly one argument (the type to instantiate)");
    if (isObjectSlot(cls, "__init__")) throw typeError(`${cls.name}() takes no arguments`);
  }
  return instantiate(cls);
}

/** A bare instance of `cls` made by its solid base, refusing abstract classes as CPython does. */
export function instantiate(cls: PyType): PyObj {
  if (!(cls.flags & TypeFlag.Heap) && cls.solidBase === objectType && cls !== objectType) {
    throw typeError(`cannot create '${cls.name}' instances`);
  }
  const abs = cls.dict.get("__abstractmethods__");
  if (abs !== undefined && abstractNames !== null) {
    const names = abstractNames(abs);
    if (names.length > 0) {
      const s = names.length > 1 ? "s" : "";
      throw typeError(`Can't instantiate abstract class ${cls.name} with abstract method${s} ${names.join(", ")}`);
    }
  }
  let base = cls.solidBase;
  if (base === objectType) return new PyInstance(cls);
  while (base !== null && base.newInstance === null) base = base.bases[0] ?? null;
  if (base === null) return new PyInstance(cls);
  const obj = base.newInstance!(cls);
  // Instances of user subclasses of builtins whose JS class has no attribute storage get one here.
  if (cls.flags & TypeFlag.Heap && cls.slots === null && !((obj as { dict?: unknown }).dict instanceof Map)) {
    (obj as unknown as { dict: Map<string, PyObject> }).dict = new Map();
  }
  return obj;
}

/**
 * For CALL on a class: the Python function __init__ when `cls(...)` is exactly "a bare instance (object's
 * __new__, a heap class with no abstract methods), then __init__(obj, ...)", else null. Cached per type
 * version (any change to the class or a base's namespace, __abstractmethods__ included, bumps it), so a
 * hot `Vec(x, y)` costs no MRO lookups. The caller checks the metatype is `type` and makes the instance
 * with `new PyInstance(cls)` when `cls.solidBase === objectType`, else with instantiate(cls).
 */
export function plainInit(cls: PyType): PyFunction | null {
  if (cls.initVersion === cls.version) return cls.initFn as PyFunction | null;
  let r: PyFunction | null = null;
  const init = cls.lookup("__init__");
  if (init instanceof PyFunction && cls.flags & TypeFlag.Heap && cls.lookup("__new__") === objectType.dict.get("__new__")) {
    const abs = cls.dict.get("__abstractmethods__");
    if (abs === undefined || abstractNames === null || abstractNames(abs).length === 0) r = init;
  }
  cls.initFn = r;
  cls.initVersion = cls.version;
  return r;
}

/** Sorted names of an __abstractmethods__ value (set by abc); registered by the set type's module. */
export let abstractNames: ((v: PyObject) => string[]) | null = null;
export function setAbstractNames(f: (v: PyObject) => string[]): void {
  abstractNames = f;
}

/** object.__init__(self, *args): CPython's object_init checks. */
export function objectInit(args: PyObject[], kwargs: KwArgs | null): PyObject {
  if (args.length > 1 || (kwargs !== null && kwargs.size > 0)) {
    const cls = typeOf(args[0]);
    if (!isObjectSlot(cls, "__init__")) throw typeError("object.__init__() takes exactly one argument (the instance to initialize)");
    if (isObjectSlot(cls, "__new__")) throw typeError(`${cls.name}() takes no arguments`);
  }
  return None;
}

/** type.__call__(cls, *args, **kwargs). */
export function* typeCallGen(cls: PyType, args: PyObject[], kwargs: KwArgs | null): NativeGen {
  const meta = cls.type;
  if (meta !== typeType) {
    const c = meta.lookup("__call__");
    if (c !== typeType.dict.get("__call__") && c !== undefined) return yield* callMethodGen(c, cls, args, kwargs);
  }
  return yield* typeCallDefault(cls, args, kwargs);
}

/** The body of type.__call__ once a metaclass __call__ (if any) has chosen to run it. */
export function* typeCallDefault(cls: PyType, args: PyObject[], kwargs: KwArgs | null): NativeGen {
  if (cls === typeType && args.length === 1 && (kwargs === null || kwargs.size === 0)) return typeOf(args[0]);
  let newFn = cls.lookup("__new__");
  if (newFn instanceof PyStaticMethod) newFn = newFn.func;
  let obj: PyObject;
  if (newFn === objectType.dict.get("__new__")) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) objectNew(prepend(cls, args), kwargs);
    obj = instantiate(cls);
  } else {
    if (newFn === undefined) throw typeError(`cannot create '${cls.name}' instances`);
    obj = yield* callGen(newFn, prepend(cls, args), kwargs);
  }
  const ot = typeOf(obj);
  if (!ot.isSubtypeOf(cls)) return obj;
  const init = ot.lookup("__init__");
  if (init === undefined || init === objectType.dict.get("__init__")) {
    if (args.length > 0 || (kwargs !== null && kwargs.size > 0)) objectInit(prepend(obj, args), kwargs);
    return obj;
  }
  const r = yield* callMethodGen(init, obj, args, kwargs);
  if (r !== None) throw typeError(`__init__() should return None, not '${typeName(r)}'`);
  return obj;
}

/**
 * For the VM's CALL fast path on a class: when `cls(...)` needs only object.__new__ and its __init__ is a
 * Python function, returns [bare instance, __init__]; the VM then calls __init__(obj, *args) in a frame
 * and raises TypeError "__init__() should return None, not 'X'" itself. Otherwise null (use callGen).
 */
export function newInstanceFast(cls: PyType): [PyObj, PyFunction] | null {
  if (cls.type !== typeType) return null;
  const init = cls.lookup("__init__");
  if (!(init instanceof PyFunction) || cls.lookup("__new__") !== objectType.dict.get("__new__")) return null;
  return [instantiate(cls), init];
}

/** callable(x). */
export function isCallable(x: PyObject): boolean {
  if (typeof x !== "object") return false;
  if (x instanceof PyFunction || x instanceof PyBuiltin || x instanceof PyType || x instanceof PyMethod ||
    x instanceof PyMethodDescr || x instanceof PyClassMethodDescr || x instanceof PyStaticMethod) return true;
  const c = x.type.lookup("__call__");
  return c !== undefined && c !== None;
}
