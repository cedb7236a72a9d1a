// builtin-function.ts — Python-visible wrappers around TypeScript functions: builtin functions and bound
// builtin methods (builtin_function_or_method), method descriptors of builtin types (list.append), and
// getset descriptors (exc.args); plus the helpers that install them on types and modules.
import { PyObj, PyObject, PyType, KwArgs, makeBuiltinType, TypeFlag, PyModule, type FastCall } from "./object.js";
import type { NativeFn, NativeGenFn } from "./protocol.js";

export const builtinFunctionType = makeBuiltinType("builtin_function_or_method", undefined, TypeFlag.None);
export const methodDescriptorType = makeBuiltinType("method_descriptor", undefined, TypeFlag.None);
export const getSetDescriptorType = makeBuiltinType("getset_descriptor", undefined, TypeFlag.None);
export const classMethodDescriptorType = makeBuiltinType("classmethod_descriptor", undefined, TypeFlag.None);

export type { FastCall };

/**
 * A builtin function, or a builtin method bound to `self`. Calling it with args A calls `fn(A)`, or
 * `fn([self, ...A])` when bound. `isGen` builtins return a NativeGen the VM drives.
 */
export class PyBuiltin extends PyObj {
  constructor(
    readonly name: string,
    readonly fn: NativeFn | NativeGenFn,
    readonly isGen: boolean,
    /** The bound object (a module for module functions shows as `<built-in function x>`); null if unbound. */
    readonly self: PyObject | null = null,
    readonly qualname: string = name,
    /** Module functions are not bound: `self` only names the owner for repr. */
    readonly bound: boolean = false,
  ) {
    super(builtinFunctionType);
    this.fast = null;
  }
  /** The call path without allocation for an unbound builtin (fast-calls.ts), or null. */
  fast: FastCall | null;
}

/** `list.append` as found on the type: binds to an instance on attribute access. */
export class PyMethodDescr extends PyObj {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    /** Receives [self, ...args]. */
    readonly fn: NativeFn | NativeGenFn,
    readonly isGen: boolean,
  ) {
    super(methodDescriptorType);
    this.fast = null;
  }
  /** The call path without allocation (fast-calls.ts; stack[base] is self), or null. */
  fast: FastCall | null;
}

/** A builtin classmethod such as dict.fromkeys / int.from_bytes: receives [cls, ...args]. */
export class PyClassMethodDescr extends PyObj {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly fn: NativeFn | NativeGenFn,
    readonly isGen: boolean,
  ) {
    super(classMethodDescriptorType);
  }
}

/** A computed attribute of builtin objects (`exc.args`, `f.__name__`); a data descriptor when `set` exists. */
export class PyGetSetDescr extends PyObj {
  constructor(
    readonly owner: PyType,
    readonly name: string,
    readonly get: (self: PyObject) => PyObject,
    readonly set: ((self: PyObject, value: PyObject | undefined) => void) | null = null,
  ) {
    super(getSetDescriptorType);
  }
}

type MethodTable = Record<string, NativeFn>;
type GenMethodTable = Record<string, NativeGenFn>;

/** Installs plain methods on a builtin type; keys are the Python names. Each fn gets [self, ...args]. */
export function defineMethods(type: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) type.dict.set(name, new PyMethodDescr(type, name, table[name], false));
  type.changed();
}

/** Installs resumable methods (they may run Python code or block). */
export function defineGenMethods(type: PyType, table: GenMethodTable): void {
  for (const name of Object.keys(table)) type.dict.set(name, new PyMethodDescr(type, name, table[name], true));
  type.changed();
}

export function defineClassMethods(type: PyType, table: MethodTable): void {
  for (const name of Object.keys(table)) type.dict.set(name, new PyClassMethodDescr(type, name, table[name], false));
  type.changed();
}

export function defineGetters(
  type: PyType,
  table: Record<string, (self: PyObject) => PyObject>,
  setters: Record<string, (self: PyObject, value: PyObject | undefined) => void> = {},
): void {
  for (const name of Object.keys(table)) {
    type.dict.set(name, new PyGetSetDescr(type, name, table[name], Object.hasOwn(setters, name) ? setters[name] : null));
  }
  type.changed();
}

/** A module-level builtin function. */
export function builtinFn(name: string, fn: NativeFn, module: PyObject | null = null): PyBuiltin {
  return new PyBuiltin(name, fn, false, module);
}
export function builtinGenFn(name: string, fn: NativeGenFn, module: PyObject | null = null): PyBuiltin {
  return new PyBuiltin(name, fn, true, module);
}

/** Puts plain functions into a module's namespace. */
export function defineModuleFunctions(m: PyModule, table: MethodTable): void {
  for (const name of Object.keys(table)) m.dict.set(name, new PyBuiltin(name, table[name], false, m));
}
export function defineModuleGenFunctions(m: PyModule, table: GenMethodTable): void {
  for (const name of Object.keys(table)) m.dict.set(name, new PyBuiltin(name, table[name], true, m));
}

/** Binds a method descriptor to `self` (what `obj.method` evaluates to). */
export function bindMethodDescr(d: PyMethodDescr, self: PyObject): PyBuiltin {
  return new PyBuiltin(d.name, d.fn, d.isGen, self, `${d.owner.name}.${d.name}`, true);
}

export type { KwArgs };
