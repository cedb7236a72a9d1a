// super.ts — super objects: super(type, obj), super(type, type2) and the zero-argument form (the VM
// supplies the __class__ cell and first argument of the calling frame through `setSuperArgsHook`); their
// attribute lookup skips the MRO up to and including `type`.
import { PyObj, PyObject, PyType, KwArgs, None, TypeFlag, typeOf, typeName, makeBuiltinType } from "../object.js";
import { PyBuiltin, defineGenMethods, defineGetters, defineMethods } from "../builtin-function.js";
import { typeError, runtimeError } from "../exceptions.js";
import { descrGetGen, genericGetAttrGen } from "../ops-attr.js";
import { reprGen, asStr } from "../ops-object.js";
import { PyFunction, PyMethod } from "../function.js";
import { PyMethodDescr, PyClassMethodDescr, PyGetSetDescr, bindMethodDescr } from "../builtin-function.js";
import { PyClassMethod, PyStaticMethod } from "./descriptors.js";

export const superType = makeBuiltinType("super", undefined, TypeFlag.BaseType | TypeFlag.UserGetattr);

export class PySuper extends PyObj {
  constructor(readonly thisType: PyType, readonly obj: PyObject, readonly objType: PyType | null) {
    super(superType);
  }
}

/**
 * Returns [__class__, first argument] of the calling Python frame, or an error message
 * ("super(): __class__ cell not found", "super(): no arguments"). Installed by the VM.
 */
let superArgsHook: (() => [PyObject, PyObject] | string) | null = null;
export function setSuperArgsHook(f: () => [PyObject, PyObject] | string): void {
  superArgsHook = f;
}

function superCheck(t: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtypeOf(t)) return obj;
  const ot = typeOf(obj);
  if (ot.isSubtypeOf(t)) return ot;
  throw typeError("super(type, obj): obj must be an instance or subtype of type");
}

/** super(t, obj) as an object. */
export function makeSuper(t: PyObject, obj: PyObject | undefined): PySuper {
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be type, not ${typeName(t)}`);
  if (obj === undefined || obj === None) return new PySuper(t, None, null);
  return new PySuper(t, obj, superCheck(t, obj));
}

superType.dict.set("__new__", new PyBuiltin("__new__", (args: PyObject[], kwargs: KwArgs | null) => {
  if (kwargs !== null && kwargs.size > 0) throw typeError("super() takes no keyword arguments");
  if (args.length === 1) {
    if (superArgsHook === null) throw runtimeError("super(): no arguments");
    const r = superArgsHook();
    if (typeof r === "string") throw runtimeError(r);
    const [cls, first] = r;
    if (!(cls instanceof PyType)) throw runtimeError("super(): __class__ is not a type (" + typeName(cls) + ")");
    return makeSuper(cls, first);
  }
  if (args.length > 3) throw typeError(`super() takes at most 2 arguments (${args.length - 1} given)`);
  return makeSuper(args[1], args[2]);
}, false, superType));

// super() with no arguments in a method, without the builtin call's argument arrays (fast-calls.ts contract:
// undefined whenever super's __new__ would raise, so that it raises).
superType.fast = (_stack, _base, n) => {
  if (n !== 0 || superArgsHook === null) return undefined;
  const r = superArgsHook();
  if (typeof r === "string") return undefined;
  const cls = r[0], first = r[1];
  if (!(cls instanceof PyType) || first === None) return undefined;
  if (first instanceof PyType && first.isSubtypeOf(cls)) return new PySuper(cls, first, first);
  const ot = typeOf(first);
  return ot.isSubtypeOf(cls) ? new PySuper(cls, first, ot) : undefined;
};

function S(x: PyObject): PySuper {
  return x as PySuper;
}

/** Looks `name` up on the MRO after thisType; returns the raw value or undefined. */
export function superLookup(s: PySuper, name: string): PyObject | undefined {
  if (s.objType === null || name === "__class__") return undefined;
  const mro = s.objType.mro;
  let i = mro.indexOf(s.thisType);
  if (i < 0) return undefined;
  for (i++; i < mro.length; i++) {
    const v = mro[i].dict.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

defineGenMethods(superType, {
  __getattribute__: function* ([self, nameObj]) {
    const s = S(self);
    const name = asStr(nameObj);
    if (name === null) throw typeError(`attribute name must be string, not '${typeName(nameObj)}'`);
    const v = superLookup(s, name);
    if (v === undefined) return yield* genericGetAttrGen(s, name);
    const objType = s.objType!;
    // super(C, C2) with a class: functions stay unbound, classmethods bind to C2 (CPython super_getattro).
    const inst = s.obj === objType ? None : s.obj;
    if (typeof v !== "object") return v;
    if (v instanceof PyFunction) return inst === None ? v : new PyMethod(v, inst);
    if (v instanceof PyMethodDescr) return inst === None ? v : bindMethodDescr(v, inst);
    if (v instanceof PyClassMethod) return new PyMethod(v.func, objType);
    if (v instanceof PyStaticMethod) return v.func;
    if (v instanceof PyClassMethodDescr) return new PyBuiltin(v.name, v.fn, v.isGen, objType, `${v.owner.name}.${v.name}`, true);
    if (v instanceof PyGetSetDescr) return inst === None ? v : v.get(inst);
    if (v instanceof PyBuiltin) return v;
    return yield* descrGetGen(v, inst, objType);
  },
  __repr__: function* ([self]) {
    const s = S(self);
    if (s.objType === null) return `<super: <class '${s.thisType.name}'>, NULL>`;
    return `<super: <class '${s.thisType.name}'>, <${s.objType.name} object>>`;
  },
});
defineMethods(superType, {
  __get__: ([self, obj]) => (obj === None || obj === undefined || S(self).objType !== null ? self : makeSuper(S(self).thisType, obj)),
});
defineGetters(superType, {
  __thisclass__: (self) => S(self).thisType,
  __self__: (self) => S(self).obj,
  __self_class__: (self) => S(self).objType ?? None,
});

export { reprGen };
